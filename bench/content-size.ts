// Content-script size: what every supported page downloads and parses, the page analysis that the
// background injects only once a page has marks (to find their red flags) or its popup asks, and the
// page UI (knowledge, card, toasts) it injects once a card or toast shows.
// Gzipped with node:zlib at level 9, as stores and CDNs serve it. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_PARTS } from '../page/page-ui-names';
import { round, type BenchRow } from './bench-row';

const BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');
const KB = 1024;

function sizeRows(name: string, file: string, note: string): BenchRow[] {
  const bytes = readFileSync(resolve(BUILD, file));
  return [
    { name: `${name}, gzipped`, value: round(gzipSync(bytes, { level: 9 }).length / KB), unit: 'KB', note: `${file}; ${note}` },
    { name: `${name}, raw`, value: round(bytes.length / KB), unit: 'KB' },
  ];
}

export function contentSizeBench(): Promise<BenchRow[]> {
  return Promise.resolve([
    ...sizeRows('content script', 'content-script.js', 'loaded on every supported page'),
    ...sizeRows('page analysis chunk', PAGE_PARTS.analysis.file.slice(1), 'analysis and activity facts; injected once a page has marks (for its red flags) or its popup asks'),
    ...sizeRows('page UI chunk', PAGE_PARTS.ui.file.slice(1), 'knowledge, card and toasts; injected once a card or toast shows'),
  ]);
}
