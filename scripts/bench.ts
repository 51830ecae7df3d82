// `npm run bench`: runs each benchmark section, prints its rows as a table and writes them all,
// with the machine they ran on, to BENCHMARKS.md. Add a section by adding an entry to SECTIONS.
// `npm run bench -- detector` runs only the sections whose title holds a word given, and prints
// them without writing BENCHMARKS.md (which keeps every section).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { BenchRow } from '../bench/bench-row';
import { detectorBench } from '../bench/detector';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../tests/e2e/support/browsers';

const SECTIONS: { title: string; run: () => Promise<BenchRow[]> }[] = [
  { title: 'Detector', run: detectorBench },
  { title: 'Activity facts from hostile page text', run: () => import('../bench/page-facts').then((m) => m.pageFactsBench()) },
  { title: 'Popup first render', run: () => import('../bench/popup').then((m) => m.popupBench()) },
  { title: 'Page (built extension in real Chromium; npm run build first)', run: () => import('../bench/page').then((m) => m.pageBench()) },
  { title: 'Frame cost of the marks (built extension in real Chromium; npm run build first)', run: () => import('../bench/page-frames').then((m) => m.frameBench()) },
  { title: 'Content-script size (npm run build first)', run: () => import('../bench/content-size').then((m) => m.contentSizeBench()) },
  { title: 'My back: importing exports (built extension in real Chromium; npm run build first)', run: () => import('../bench/my-back').then((m) => m.myBackBench()) },
];

const picks = process.argv.slice(2).map((word) => word.toLowerCase());
const picked = picks.length === 0 ? SECTIONS : SECTIONS.filter(({ title }) => picks.some((word) => title.toLowerCase().includes(word)));
if (picked.length === 0) {
  console.error(`No section's title holds ${picks.join(' or ')}; the sections are:\n${SECTIONS.map(({ title }) => `  ${title}`).join('\n')}`);
  process.exit(2);
}

const results: { title: string; rows: BenchRow[] }[] = [];
for (const section of picked) {
  const rows = await section.run();
  results.push({ title: section.title, rows });
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${section.title}`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(width)}  ${String(row.value).padStart(9)} ${row.unit.padEnd(5)} ${row.note ?? ''}`);
  }
}

/** The first line a browser prints for `--version`, or why there is none. */
function browserVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0]!;
  } catch {
    return `not found at ${path}`;
  }
}

if (picks.length > 0) process.exit(0);

const cell = (text: string) => text.replace(/\|/g, '\\|');
const cpu = cpus();
const markdown = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (after `npm run build`); timings are measured, never asserted in tests.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM`,
  `- Node ${process.version}; ${browserVersion(CHROMIUM_PATH)}; ${browserVersion(FIREFOX_PATH)}`,
  '- Commands: `npm run build && npm run bench`',
  ...results.flatMap(({ title, rows }) => [
    '',
    `## ${title}`,
    '',
    '| measure | value | unit | note |',
    '|---|--:|---|---|',
    ...rows.map((row) => `| ${cell(row.name)} | ${row.value} | ${row.unit} | ${cell(row.note ?? '')} |`),
  ]),
  '',
].join('\n');
writeFileSync(resolve(import.meta.dirname, '../BENCHMARKS.md'), markdown);
console.log('\nWrote BENCHMARKS.md');
