// `npm run bench`: runs each benchmark section and prints its rows as a table.
// Add a section by adding an entry to SECTIONS.
import { detectorBench, type BenchRow } from '../bench/detector';

const SECTIONS: { title: string; run: () => Promise<BenchRow[]> }[] = [{ title: 'Detector', run: detectorBench }, { title: 'Popup first render', run: () => import('../bench/popup').then((m) => m.popupBench()) }, { title: 'Page (built extension in real Chromium; npm run build first)', run: () => import('../bench/page').then((m) => m.pageBench()) }];

for (const section of SECTIONS) {
  const rows = await section.run();
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${section.title}`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(width)}  ${String(row.value).padStart(9)} ${row.unit.padEnd(5)} ${row.note ?? ''}`);
  }
}
