// `npm run --silent scan -- --jsonl`: JSON lines on stdin → one JSON line per
// input line on stdout, in order (CONTRACT §2). A line that is not valid JSON,
// is not an object, lacks a string "text", or is blank gets
// {"id": <id or null>, "error": "<reason>"}, so output line N always answers
// input line N.
//
// `npm run scan -- FILE [--format txt|jsonl|html]`: a human-readable report. The
// format comes from the file extension (or --format; stdin "-" defaults to txt).
// An .html page is read with the extension's site adapters, one report per post.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { formatReport } from './scan/formatReport';
import { lines } from './scan/lines';
import { parseJsonlLine } from './scan/parseJsonlLine';
import { READERS, readerFor } from './scan/readers';
import { write } from './scan/write';

async function scanJsonl(): Promise<void> {
  for await (const line of lines(process.stdin)) {
    const input = parseJsonlLine(line);
    const output = 'error' in input ? input : { id: input.id, ...analyze(input.text) };
    await write(`${JSON.stringify(output)}\n`);
  }
}

async function scanFile(file: string, format: string | undefined): Promise<void> {
  const chosen = format ?? (file === '-' ? 'txt' : extname(file).slice(1));
  const reader = readerFor(chosen);
  if (!reader) {
    console.error(`scan: no reader for "${chosen}" (known: ${Object.keys(READERS).join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const source = file === '-' ? process.stdin : createReadStream(file);
  for await (const input of reader(source, file === '-' ? 'stdin' : file)) {
    const id = String(input.id ?? '?');
    await write(`${'error' in input ? `== ${id}\n  error: ${input.error}` : formatReport(id, analyze(input.text, { facts: input.facts }))}\n\n`);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jsonl: { type: 'boolean', default: false }, format: { type: 'string' } },
});

if (values.jsonl) await scanJsonl();
else if (positionals.length === 1) await scanFile(positionals[0]!, values.format);
else {
  console.error('usage: npm run --silent scan -- --jsonl  |  npm run scan -- FILE|- [--format txt|jsonl|html]');
  process.exitCode = 2;
}
