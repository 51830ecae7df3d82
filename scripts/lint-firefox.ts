/**
 * `tsx scripts/lint-firefox.ts [dir]`: Mozilla's add-on linter (`web-ext lint`, the checks AMO runs
 * on upload) on the built Firefox extension, offline. Lists every finding and exits non-zero on
 * any error or warning.
 *
 * One warning is accepted: Preact's own `dangerouslySetInnerHTML` branch (`dom.innerHTML =
 * props.__html`), bundled into each chunk that renders Preact. Backlight never passes
 * `dangerouslySetInnerHTML` (tests/unit/release checks), so that line never runs. The flagged
 * source text itself is checked, so any other `innerHTML` assignment still fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Finding {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? '.output/firefox-mv2');

const run = spawnSync(
  resolve(root, 'node_modules/.bin/web-ext'),
  ['lint', '--no-config-discovery', '--no-input', '--source-dir', sourceDir, '--output', 'json'],
  { encoding: 'utf8' },
);
if (!run.stdout.trim().startsWith('{')) {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const report = JSON.parse(run.stdout) as LintReport;

function isPreactInnerHtml(finding: Finding): boolean {
  if (finding.code !== 'UNSAFE_VAR_ASSIGNMENT' || !finding.file || !finding.line || !finding.column) return false;
  const line = readFileSync(resolve(sourceDir, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  return /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(line.slice(finding.column - 1));
}

function describe(kind: string, f: Finding): string {
  const where = f.file ? ` (${f.file}${f.line ? `:${f.line}:${f.column ?? 0}` : ''})` : '';
  return `  ${kind} ${f.code}${where}: ${f.message}\n      ${(f.description ?? '').replace(/\s+/g, ' ')}`;
}

const accepted = report.warnings.filter(isPreactInnerHtml);
const failures = [
  ...report.errors.map((f) => describe('error', f)),
  ...report.warnings.filter((f) => !accepted.includes(f)).map((f) => describe('warning', f)),
];

for (const f of report.notices) console.log(describe('notice', f));
for (const f of accepted) console.log(`  accepted: Preact's dangerouslySetInnerHTML branch in ${f.file}`);
if (failures.length > 0) {
  console.error(`web-ext lint: ${failures.length} problem(s) in ${sourceDir}\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`web-ext lint: no errors or warnings in ${sourceDir} (besides ${accepted.length} accepted above)`);
