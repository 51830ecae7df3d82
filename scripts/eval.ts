// `npm run eval [-- --misses N] [-- --json]`: scores core/analyze.ts against the labelled
// corpus in tests/corpus and prints the figures and its misses, then the figures alone for the
// held-out posts (tests/corpus/held-out): their misses stay unseen, so nobody tunes to them.
// Then, when ../shared/real-forum is there, its real posts (a development set) with their misses.
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { HELD_OUT_DIR, loadCorpus, parseCorpus, readCorpusFiles } from '../tests/corpus/corpus';
import { evaluate, type Figures, type Miss, type Report } from '../tests/corpus/evaluate';
import { loadRealForum, REAL_FORUM_FILE } from '../tests/corpus/realForum';

const { values } = parseArgs({
  options: {
    misses: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
});
const missLimit = Number(values.misses);
if (!Number.isInteger(missLimit) || missLimit < 0) {
  console.error(`--misses wants a whole number, got ${JSON.stringify(values.misses)}`);
  process.exit(2);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows
    .map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '))
    .join('\n');
}

function row(name: string, f: Figures, trap: boolean): string[] {
  return [
    name,
    String(f.posts),
    pct(f.mentions.precision),
    pct(f.mentions.recall),
    pct(f.mentions.f1),
    pct(f.regionAccuracy),
    pct(f.statusAccuracy),
    trap ? pct(f.trapFalsePositiveRate) : '-',
    pct(f.causes.precision),
    pct(f.causes.recall),
    pct(f.redFlags.precision),
    pct(f.redFlags.recall),
    f.tiersScored > 0 ? pct(f.tierAccuracy) : '-',
  ];
}

const HEADER = ['kind', 'posts', 'ment P', 'ment R', 'ment F1', 'region', 'status', 'trap FP', 'cause P', 'cause R', 'flag P', 'flag R', 'tier'];

function printFigures(report: Report): void {
  const rows = report.byKind.map((f) => row(f.kind, f, f.kind === 'trap'));
  console.log(table([HEADER, ...rows, row('ALL', report, true)]));
  const { mentions, causes, redFlags } = report;
  console.log(
    `\nmentions tp ${mentions.tp} fp ${mentions.fp} fn ${mentions.fn} · causes tp ${causes.tp} fp ${causes.fp} fn ${causes.fn} (F1 ${pct(causes.f1)})` +
      ` · red flags tp ${redFlags.tp} fp ${redFlags.fp} fn ${redFlags.fn}` +
      ` · tiers right ${Math.round(report.tierAccuracy * report.tiersScored)} of ${report.tiersScored}`,
  );
}

/** One line of figures per held-out file, so a set written later (never tuned on) is quoted alone. */
function printHeldOutFiles(): void {
  const rows = readCorpusFiles(HELD_OUT_DIR).map((file) => row(file.name, evaluate(parseCorpus([file]), analyze), true));
  console.log(table([['file', ...HEADER.slice(1)], ...rows]));
}

function printMisses(report: Report): void {
  const shown: Miss[] = report.misses.slice(0, missLimit);
  console.log(`\nmisses: ${report.misses.length}${shown.length < report.misses.length ? ` (first ${shown.length}; --misses N for more)` : ''}`);
  for (const miss of shown) console.log(`  ${miss.id.padEnd(10)} ${miss.type.padEnd(24)} ${miss.detail}\n  ${''.padEnd(10)} ${miss.excerpt}`);
}

const report = evaluate(loadCorpus(), analyze);
const heldOut = evaluate(loadCorpus(HELD_OUT_DIR), analyze);
const realPosts = loadRealForum();
const realForum = realPosts && evaluate(realPosts, analyze);
if (values.json) {
  const { misses: _, ...heldOutFigures } = heldOut;
  const real = realForum && { ...realForum, misses: realForum.misses.slice(0, missLimit) };
  console.log(JSON.stringify({ ...report, misses: report.misses.slice(0, missLimit), heldOut: heldOutFigures, realForum: real }, null, 2));
} else {
  console.log('Corpus (the detector is tuned on it)\n');
  printFigures(report);
  console.log('\nHeld-out (never tuned on; misses not shown)\n');
  printFigures(heldOut);
  console.log('\nHeld-out, by file\n');
  printHeldOutFiles();
  printMisses(report);
  if (realForum) {
    console.log(`\nReal forum posts (${REAL_FORUM_FILE}, a development set)\n`);
    printFigures(realForum);
    printMisses(realForum);
  } else {
    console.log(`\nReal forum posts: ${REAL_FORUM_FILE} is absent, skipped.`);
  }
}
