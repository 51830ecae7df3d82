import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleText } from '../../../core/knowledge';
import { REPO_ROOT } from '../../../scripts/seed-shingles';

const CORE = join(REPO_ROOT, 'core');
const KNOWLEDGE = join(CORE, 'knowledge');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

describe('knowledge module boundaries', () => {
  it('is self-contained: imports only its own files and core/vocabulary, core/types or core/redFlagTiers', () => {
    const bad: string[] = [];
    for (const file of tsFiles(KNOWLEDGE)) {
      for (const spec of importsOf(file)) {
        const target = spec.startsWith('.') ? join(file, '..', spec) : spec;
        const ok =
          target.startsWith(KNOWLEDGE + '/') ||
          [join(CORE, 'vocabulary'), join(CORE, 'types'), join(CORE, 'redFlagTiers')].includes(target);
        if (!ok) bad.push(`${relative(REPO_ROOT, file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is not imported by the rest of core/ (the detector loads without it)', () => {
    const bad = tsFiles(CORE)
      .filter((file) => !file.startsWith(KNOWLEDGE))
      .filter((file) => importsOf(file).some((spec) => /(^|\/)knowledge(\/|$)/.test(spec)))
      .map((file) => relative(REPO_ROOT, file));
    expect(bad).toEqual([]);
  });

  it('makes every locale translate every id (checked by tsc)', () => {
    // A locale missing one cause's text must not type-check.
    const missing = {} as Omit<LocaleText['causes'], 'treadmill'>;
    // @ts-expect-error every cause id needs text
    const causes: LocaleText['causes'] = missing;
    expect(causes).toBeDefined();
  });
});
