// Per-format readers for `npm run scan -- FILE`: each turns a source into the
// texts to analyse. Add a format by adding a reader here.
import type { Readable } from 'node:stream';
import { lines } from './lines';
import { parseJsonlLine, type ScanInput } from './parseJsonlLine';
import { readHtml } from './readHtml';

export type Reader = (source: Readable, name: string) => AsyncIterable<ScanInput>;

async function* readText(source: Readable, name: string): AsyncIterable<ScanInput> {
  let text = '';
  source.setEncoding('utf8');
  for await (const chunk of source) text += chunk as string;
  yield { id: name, text };
}

async function* readJsonl(source: Readable): AsyncIterable<ScanInput> {
  let lineNumber = 0;
  for await (const line of lines(source)) {
    lineNumber++;
    const input = parseJsonlLine(line);
    yield input.id === null ? { ...input, id: `line ${lineNumber}` } : input;
  }
}

export const READERS: Record<string, Reader> = {
  txt: readText,
  text: readText,
  md: readText,
  jsonl: readJsonl,
  html: readHtml,
  htm: readHtml,
};

export function readerFor(format: string): Reader | undefined {
  return READERS[format.toLowerCase()];
}
