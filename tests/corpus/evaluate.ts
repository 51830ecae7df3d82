// Scores an `analyze` function against the labelled corpus. Pure: no DOM, no I/O.
//
// - Mentions: a predicted mention matches an expected one when their spans overlap;
//   matching is one-to-one, greedy by largest overlap. Region and status accuracy
//   are over matched pairs.
// - Causes and red flags are compared as sets per post (micro-averaged). Like the
//   product, a post's causes and red flags count only when the analysis found an
//   active mention in it; the corpus labels them the same way.
// - Tier accuracy: over red flags both labelled with a tier and found, the share found at
//   that tier.
// - Empty denominators score 1: nothing was there to get wrong.
import type { Analysis, Mention, Span } from '../../core/types';
import { KINDS, type CorpusPost, type ExpectedMention, type Kind } from './corpus';

export type Analyze = (text: string) => Analysis;

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  posts: number;
  mentions: Scores;
  /** Matched mentions whose region / status agree, as a fraction of matched mentions. */
  regionAccuracy: number;
  statusAccuracy: number;
  /** Posts with any predicted mention / posts, over the kind `trap` only. */
  trapFalsePositiveRate: number;
  causes: Scores;
  redFlags: Scores;
  /** Found red flags whose labelled tier (where one is labelled) is the tier found. */
  tierAccuracy: number;
  /** How many found red flags had a labelled tier: tierAccuracy's denominator. */
  tiersScored: number;
}

export type MissType =
  | 'false-positive'
  | 'false-negative'
  | 'wrong-region'
  | 'wrong-status'
  | 'cause-false-positive'
  | 'cause-false-negative'
  | 'red-flag-false-positive'
  | 'red-flag-false-negative'
  | 'red-flag-wrong-tier';

export interface Miss {
  id: string;
  kind: Kind;
  type: MissType;
  detail: string;
  excerpt: string;
}

export interface Report extends Figures {
  byKind: Array<Figures & { kind: Kind }>;
  misses: Miss[];
}

interface Tally {
  posts: number;
  mentions: [tp: number, fp: number, fn: number];
  regionOk: number;
  statusOk: number;
  traps: number;
  trapsHit: number;
  causes: [tp: number, fp: number, fn: number];
  redFlags: [tp: number, fp: number, fn: number];
  tiers: [right: number, scored: number];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

function scores([tp, fp, fn]: [number, number, number]): Scores {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const overlap = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one matching of overlapping spans, greedy by largest overlap: [expected index, predicted index][]. */
export function matchSpans(
  expected: readonly Pick<Span, 'start' | 'end'>[],
  predicted: readonly Pick<Span, 'start' | 'end'>[],
): Array<[number, number]> {
  const candidates: Array<{ e: number; p: number; size: number }> = [];
  expected.forEach((e, ei) =>
    predicted.forEach((p, pi) => {
      const size = overlap(e, p);
      if (size > 0) candidates.push({ e: ei, p: pi, size });
    }),
  );
  candidates.sort((a, b) => b.size - a.size || a.e - b.e || a.p - b.p);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { e, p } of candidates) {
    if (usedE.has(e) || usedP.has(p)) continue;
    usedE.add(e);
    usedP.add(p);
    pairs.push([e, p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function excerpt(text: string, span?: Pick<Span, 'start' | 'end'>): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  if (!span) return flat(text.length > 100 ? `${text.slice(0, 100)}…` : text);
  const from = Math.max(0, span.start - 35);
  const to = Math.min(text.length, span.end + 35);
  const before = `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`;
  const after = `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`;
  return flat(`${before}[${text.slice(span.start, span.end)}]${after}`);
}

function compareSets<T extends string>(expected: readonly T[], predicted: readonly T[]) {
  const want = new Set(expected);
  const got = new Set(predicted);
  return {
    tp: [...got].filter((id) => want.has(id)).length,
    extra: [...got].filter((id) => !want.has(id)),
    missing: [...want].filter((id) => !got.has(id)),
  };
}

function scorePost(post: CorpusPost, analysis: Analysis, tally: Tally, misses: Miss[]): void {
  const miss = (type: MissType, detail: string, span?: Span | ExpectedMention): void => {
    misses.push({ id: post.id, kind: post.kind, type, detail, excerpt: excerpt(post.text, span) });
  };
  const predicted: readonly Mention[] = analysis.mentions;
  const pairs = matchSpans(post.mentions, predicted);
  const matchedE = new Set(pairs.map(([e]) => e));
  const matchedP = new Set(pairs.map(([, p]) => p));
  for (const [e, p] of pairs) {
    const want = post.mentions[e]!;
    const got = predicted[p]!;
    if (want.region === got.region || want.alsoRegions?.includes(got.region)) tally.regionOk++;
    else miss('wrong-region', `${JSON.stringify(got.text)}: expected ${[want.region, ...(want.alsoRegions ?? [])].join(' or ')}, got ${got.region}`, got);
    if (want.status === got.status) tally.statusOk++;
    else miss('wrong-status', `${JSON.stringify(got.text)}: expected ${want.status}, got ${got.status}`, got);
  }
  predicted.forEach((got, p) => {
    if (!matchedP.has(p)) miss('false-positive', `${JSON.stringify(got.text)} (${got.region}, ${got.status})`, got);
  });
  post.mentions.forEach((want, e) => {
    if (!matchedE.has(e)) miss('false-negative', `${JSON.stringify(want.find)} (${want.region}, ${want.status})`, want);
  });
  tally.mentions[0] += pairs.length;
  tally.mentions[1] += predicted.length - pairs.length;
  tally.mentions[2] += post.mentions.length - pairs.length;
  if (post.kind === 'trap') {
    tally.traps++;
    if (predicted.length > 0) tally.trapsHit++;
  }

  const reportable = predicted.some((mention) => mention.status === 'active');
  const causes = compareSets(post.causes, reportable ? analysis.causes.map((cause) => cause.id) : []);
  tally.causes[0] += causes.tp;
  tally.causes[1] += causes.extra.length;
  tally.causes[2] += causes.missing.length;
  for (const id of causes.extra) miss('cause-false-positive', id);
  for (const id of causes.missing) miss('cause-false-negative', id);

  const flags = compareSets(post.redFlags, reportable ? analysis.redFlags.map((flag) => flag.id) : []);
  tally.redFlags[0] += flags.tp;
  tally.redFlags[1] += flags.extra.length;
  tally.redFlags[2] += flags.missing.length;
  for (const id of flags.extra) miss('red-flag-false-positive', id);
  for (const id of flags.missing) miss('red-flag-false-negative', id);
  if (reportable) scoreTiers(post, analysis, tally, miss);
}

function scoreTiers(post: CorpusPost, analysis: Analysis, tally: Tally, miss: (type: MissType, detail: string, span?: Span) => void): void {
  for (const hit of analysis.redFlags) {
    const want = post.tiers?.[hit.id];
    if (want === undefined) continue;
    tally.tiers[1]++;
    if (hit.tier === want) tally.tiers[0]++;
    else miss('red-flag-wrong-tier', `${hit.id}: expected ${want}, got ${hit.tier}`, hit);
  }
}

const emptyTally = (): Tally => ({
  posts: 0,
  mentions: [0, 0, 0],
  regionOk: 0,
  statusOk: 0,
  traps: 0,
  trapsHit: 0,
  causes: [0, 0, 0],
  redFlags: [0, 0, 0],
  tiers: [0, 0],
});

function figures(tally: Tally): Figures {
  const matched = tally.mentions[0];
  return {
    posts: tally.posts,
    mentions: scores(tally.mentions),
    regionAccuracy: ratio(tally.regionOk, matched),
    statusAccuracy: ratio(tally.statusOk, matched),
    trapFalsePositiveRate: tally.traps === 0 ? 0 : tally.trapsHit / tally.traps,
    causes: scores(tally.causes),
    redFlags: scores(tally.redFlags),
    tierAccuracy: ratio(tally.tiers[0], tally.tiers[1]),
    tiersScored: tally.tiers[1],
  };
}

function addInto(total: Tally, part: Tally): void {
  total.posts += part.posts;
  total.regionOk += part.regionOk;
  total.statusOk += part.statusOk;
  total.traps += part.traps;
  total.trapsHit += part.trapsHit;
  for (let i = 0; i < 3; i++) {
    total.mentions[i]! += part.mentions[i]!;
    total.causes[i]! += part.causes[i]!;
    total.redFlags[i]! += part.redFlags[i]!;
  }
  total.tiers[0] += part.tiers[0];
  total.tiers[1] += part.tiers[1];
}

export function evaluate(corpus: readonly CorpusPost[], analyze: Analyze): Report {
  const byKind = new Map<Kind, Tally>();
  const misses: Miss[] = [];
  for (const post of corpus) {
    let analysis: Analysis;
    try {
      analysis = analyze(post.text);
    } catch (error) {
      throw new Error(`analyze failed on ${post.id} (${post.where})`, { cause: error });
    }
    const tally = byKind.get(post.kind) ?? emptyTally();
    byKind.set(post.kind, tally);
    tally.posts++;
    scorePost(post, analysis, tally, misses);
  }
  const total = emptyTally();
  for (const tally of byKind.values()) addInto(total, tally);
  return {
    ...figures(total),
    byKind: KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({ kind, ...figures(byKind.get(kind)!) })),
    misses,
  };
}
