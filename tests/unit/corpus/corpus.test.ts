import { describe, expect, it } from 'vitest';
import { RED_FLAG_CUES } from '../../../core/analysis/lexicon/redFlagCues';
import { CAUSE_IDS, RED_FLAG_IDS } from '../../../core/vocabulary';
import { HELD_OUT_DIR, loadCorpus, parseCorpus, type CorpusPost, type Kind } from '../../corpus/corpus';

const MINIMUMS = { total: 420, trap: 100, negation: 60, 'red-flag': 40, long: 20, causePosts: 5, redFlagPosts: 3 };

describe('the labelled corpus', () => {
  const corpus = loadCorpus();
  const ofKind = (kind: Kind): CorpusPost[] => corpus.filter((post) => post.kind === kind);

  it('has the minimum number of posts of each kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MINIMUMS.total);
    expect(ofKind('trap').length).toBeGreaterThanOrEqual(MINIMUMS.trap);
    expect(ofKind('negation').length).toBeGreaterThanOrEqual(MINIMUMS.negation);
    expect(ofKind('red-flag').length).toBeGreaterThanOrEqual(MINIMUMS['red-flag']);
    expect(ofKind('long').length).toBeGreaterThanOrEqual(MINIMUMS.long);
  });

  it('labels every cause id in at least 5 posts and every red flag in at least 3', () => {
    for (const id of CAUSE_IDS) {
      expect(corpus.filter((post) => post.causes.includes(id)).length, id).toBeGreaterThanOrEqual(MINIMUMS.causePosts);
    }
    // A red flag whose cue phrases are not written yet has no labelled posts yet either.
    for (const id of RED_FLAG_IDS.filter((flag) => RED_FLAG_CUES[flag].length > 0)) {
      expect(corpus.filter((post) => post.redFlags.includes(id)).length, id).toBeGreaterThanOrEqual(MINIMUMS.redFlagPosts);
    }
  });

  it('has long posts of 150 to 500 words over several paragraphs', () => {
    for (const post of ofKind('long')) {
      const words = post.text.split(/\s+/).filter(Boolean).length;
      expect(words, post.id).toBeGreaterThanOrEqual(150);
      expect(words, post.id).toBeLessThanOrEqual(500);
      expect(post.text.split(/\n\s*\n/).length, post.id).toBeGreaterThan(1);
    }
  });

  it('has negated mentions, pseudo-negations that stay active, and negated red-flag cues', () => {
    const negations = ofKind('negation');
    expect(negations.filter((post) => post.mentions.some((m) => m.status === 'negated')).length).toBeGreaterThanOrEqual(40);
    expect(negations.filter((post) => post.mentions.some((m) => m.status === 'active')).length).toBeGreaterThanOrEqual(10);
    const deniedFlags = corpus.filter((post) => /\bno (numbness|chest pain|fever)\b/i.test(post.text) && post.redFlags.length === 0);
    expect(deniedFlags.length).toBeGreaterThanOrEqual(3);
  });
});

describe('parseCorpus', () => {
  const line = (fields: Record<string, unknown>): string =>
    JSON.stringify({ id: 'p1', kind: 'forum', text: 'my mid back hurts', mentions: [], causes: [], redFlags: [], ...fields });
  const parse = (...lines: string[]) => parseCorpus([{ name: 'x.jsonl', content: lines.join('\n') }]);

  it('resolves find and nth to spans', () => {
    const [post] = parse(
      line({ text: 'back pain? no back pain now', mentions: [{ find: 'back pain', nth: 2, region: 'unspecified', status: 'negated' }] }),
    );
    expect(post!.mentions[0]).toMatchObject({ start: 14, end: 23, region: 'unspecified', status: 'negated' });
  });

  it.each([
    ['a find that is not in the text', line({ mentions: [{ find: 'lower back', region: 'lower', status: 'active' }] }), /x\.jsonl:1: .*"lower back" is not in the text/],
    ['an nth past the last occurrence', line({ mentions: [{ find: 'back', nth: 2, region: 'mid', status: 'active' }] }), /occurrence 2 of "back"/],
    ['an unknown cause id', line({ mentions: [{ find: 'mid back hurts', region: 'mid', status: 'active' }], causes: ['gravity'] }), /causes id "gravity" is not one of/],
    ['an unknown region', line({ mentions: [{ find: 'mid back', region: 'middle', status: 'active' }] }), /region "middle"/],
    ['an unknown key', line({ cause: [] }), /unknown keys: cause/],
    ['a trap with a mention', line({ kind: 'trap', mentions: [{ find: 'mid back hurts', region: 'mid', status: 'active' }] }), /a trap has no mentions/],
    ['causes without an active mention', line({ causes: ['hills'] }), /only on posts with an active mention/],
    ['invalid JSON', '{"id": ', /x\.jsonl:1: /],
  ])('rejects %s, naming the line', (_, text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  it('rejects a duplicate id, naming both lines', () => {
    expect(() => parse(line({}), '', line({}))).toThrow(/x\.jsonl:3: id p1 is already used at x\.jsonl:1/);
  });
});

describe('the held-out posts', () => {
  const corpus = loadCorpus();
  const heldOut = loadCorpus(HELD_OUT_DIR);

  it('hold replies, long posts and activity notes, with mentions, causes and red flags to score', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['reply', 'long', 'activity'] as const) expect(heldOut.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
    expect(heldOut.flatMap((p) => p.mentions).length).toBeGreaterThanOrEqual(100);
    expect(heldOut.flatMap((p) => p.causes).length).toBeGreaterThanOrEqual(100);
    expect(heldOut.flatMap((p) => p.redFlags).length).toBeGreaterThanOrEqual(10);
  });

  it('share no id and no text with the corpus', () => {
    const ids = new Set(corpus.map((p) => p.id));
    const texts = new Set(corpus.map((p) => p.text));
    expect(heldOut.filter((p) => ids.has(p.id) || texts.has(p.text)).map((p) => p.id)).toEqual([]);
  });
});
