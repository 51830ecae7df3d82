// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseActivityType } from '../../../core/facts/parse-activity-type';
import { parseDurationS } from '../../../core/facts/parse-duration';
import { parseDistanceKm } from '../../../core/facts/parse-length';
import { parsePercent } from '../../../core/facts/parse-percent';
import { parseSpeedKph } from '../../../core/facts/parse-speed';
import { parseTemperatureC } from '../../../core/facts/parse-temperature';
import { MAX_STAT_CHARS, statText } from '../../../core/facts/stat-text';
import { pickAdapter } from '../../../sites';
import { readPageFacts } from '../../../sites/page-facts';
import { loadFixture } from '../sites/load-fixture';

// Linear time on page text, by operation counts rather than timings: every regular expression
// run is recorded with the length of the text it was given. A parser that hands a regular
// expression only bounded text, a bounded number of times, is linear in its input whatever the
// expression does (the one unbounded pass is `statText`'s loop, which uses none).

interface RegexWork {
  calls: number;
  longest: number;
}

function regexWork(run: () => void): RegexWork {
  const exec = RegExp.prototype.exec;
  const work: RegexWork = { calls: 0, longest: 0 };
  const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
    work.calls += 1;
    work.longest = Math.max(work.longest, String(text).length);
    return exec.call(this, text);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return work;
}

const WHITESPACE = [' ', '\t', '\n', '\u00a0', '\u2003', '\u202f', '\u3000', '\ufeff'];
const ODD = ['\u200b', '\u0301', '\u{1f3c3}', '\u202e', '\ud800', '-', '–', ':', '1', 'h', 'm'];

const PARSERS: [string, (text: string) => unknown][] = [
  ['parseDurationS', parseDurationS],
  ['parseDistanceKm', (t) => parseDistanceKm(t)],
  ['parsePercent', (t) => parsePercent(t)],
  ['parseSpeedKph', (t) => parseSpeedKph(t)],
  ['parseTemperatureC', (t) => parseTemperatureC(t)],
  ['parseActivityType', parseActivityType],
];

describe('page text is parsed in linear time', () => {
  afterEach(() => vi.restoreAllMocks());

  it('statText collapses whitespace like /\\s+/ and gives up past its bound', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WHITESPACE, ...ODD, 'a', 'b'), { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        const squashed = text.replace(/\s+/g, ' ').trim();
        expect(statText(text, 1000)).toBe(squashed);
        expect(statText(text, 10)).toBe(squashed.length > 10 ? undefined : squashed);
      }),
    );
  });

  it('reads a stat padded with long whitespace the same, and no regex sees the padding', () => {
    for (const [value, expected] of [['1:02:03', 3723], ['2h 41m', 9660], ['45m 10s', 2710]] as const) {
      for (const pad of WHITESPACE) {
        const padded = `${pad.repeat(100_000)}${value.replace(' ', pad.repeat(50_000))}${pad.repeat(100_000)}`;
        const work = regexWork(() => expect(parseDurationS(padded)).toBe(expected));
        expect(work.calls).toBeGreaterThan(0);
        expect(work.longest).toBeLessThanOrEqual(MAX_STAT_CHARS);
      }
    }
  });

  it.each(PARSERS)('%s: regex work does not grow with the text (long whitespace, odd Unicode)', (_, parse) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ODD, ...WHITESPACE), { maxLength: 40 }),
        fc.constantFrom(...WHITESPACE),
        (odd, pad) => {
          const small = regexWork(() => parse(`${odd.join('')}${pad.repeat(10)}-`));
          const large = regexWork(() => parse(`${odd.join('')}${pad.repeat(200_000)}-`));
          expect(large.calls).toBe(small.calls);
          expect(large.longest).toBeLessThanOrEqual(200);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a 1 MB run of spaces in every Strava stat leaves the facts as they were, read with bounded regex work', () => {
    const plain = loadFixture('strava');
    const expected = readPageFacts(pickAdapter(plain.url, plain.doc).adapter.id, plain.doc);
    const { doc, url } = loadFixture('strava');
    const spaces = ' '.repeat(1024 * 1024);
    const stats = doc.querySelectorAll('.inline-stats li, .more-stats .row, .weather-stat, .gear, #heading .title');
    expect(stats.length).toBeGreaterThan(5);
    for (const stat of stats) {
      for (const element of stat.querySelectorAll('*')) element.prepend(spaces);
      stat.append(spaces);
    }
    const id = pickAdapter(url, doc).adapter.id;
    let facts: unknown;
    const work = regexWork(() => {
      facts = readPageFacts(id, doc);
    });
    expect(facts).toEqual(expected);
    expect(work.longest).toBeLessThanOrEqual(200);
  });
});
