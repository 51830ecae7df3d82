import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, knowledge } from '../../../core/knowledge';
import {
  SEED_DIR,
  SHINGLES_FILE,
  buildFromSeed,
  findOverlaps,
  hashShingle,
  hashTexts,
  shingles,
  words,
  type ShingleFile,
} from '../../../scripts/seed-shingles';
import { collectStrings } from './strings';

const committed = JSON.parse(readFileSync(SHINGLES_FILE, 'utf8')) as ShingleFile;
const live = existsSync(SEED_DIR) ? buildFromSeed() : null;
/** The live seed when this checkout sits next to it, the committed hashes otherwise. */
const seedHashes = new Set((live ?? committed).hashes);

describe('seed shingles', () => {
  it('normalises case, punctuation, apostrophes and whitespace', () => {
    expect(words("It’s  a Mid-Back\tthing —  isn't it?")).toEqual(['its', 'a', 'mid', 'back', 'thing', 'isnt', 'it']);
    expect(shingles('one two three four five six seven')).toEqual([]);
    expect(shingles('one two three four five six seven eight nine')).toHaveLength(2);
  });

  it('committed file is well formed and holds hashes only', () => {
    expect(committed.words).toBe(8);
    expect(committed.hashes.length).toBeGreaterThan(100);
    for (const h of committed.hashes) expect(h).toMatch(/^[0-9a-f]{12}$/);
    expect(committed.hashes).toEqual([...committed.hashes].sort());
  });

  it.skipIf(!live)('committed hashes match the live seed (regenerate with `npx tsx scripts/seed-shingles.ts`)', () => {
    expect(live).not.toBeNull();
    expect(committed.files).toEqual(live?.files);
    expect(committed.hashes).toEqual(live?.hashes);
  });

  it.skipIf(!live)('would catch any sentence lifted from the live seed', () => {
    const seedText = readFileSync(`${SEED_DIR}/${live?.files[0] ?? ''}`, 'utf8');
    const runs = shingles(seedText);
    for (const i of [0, Math.floor(runs.length / 2), runs.length - 1]) {
      const run = runs[i] ?? '';
      expect(findOverlaps(`Some words first. ${run.toUpperCase()}!`, seedHashes)).toContain(run);
      expect(findOverlaps(run.split(' ').slice(0, 7).join(' '), seedHashes)).toEqual([]);
    }
  });

  it('detects a copied run in a fake corpus too (no seed needed)', () => {
    const fake = new Set(hashTexts(['alpha beta gamma delta epsilon zeta eta theta iota kappa']));
    expect(findOverlaps('x Gamma, delta; epsilon zeta eta theta iota kappa y', fake)).toEqual([
      'gamma delta epsilon zeta eta theta iota kappa',
    ]);
    expect(hashShingle('a b c d e f g h')).toMatch(/^[0-9a-f]{12}$/);
  });

  for (const locale of LOCALES) {
    it(`no knowledge text (${locale}) shares 8 consecutive words with the seed`, () => {
      const copied = collectStrings(knowledge(locale))
        .map(({ path, text }) => ({ path, runs: findOverlaps(text, seedHashes) }))
        .filter((hit) => hit.runs.length > 0);
      expect(copied).toEqual([]);
    });
  }
});
