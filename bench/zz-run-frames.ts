import { ChromiumSession } from '../tests/e2e/support/chromium';
import { frameRows } from './page-frames';
const sizes = (process.env.SIZES ?? '1000').split(',').map(Number);
const session = await ChromiumSession.launch();
try {
  for (const row of await frameRows(session, sizes)) console.log(`${row.name.padEnd(50)} ${String(row.value).padStart(8)} ${row.unit} ${row.note ?? ''}`);
} finally { await session.close(); }
