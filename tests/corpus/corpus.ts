// The labelled corpus: JSON Lines files in this folder, one post per line.
// Parsing resolves each `find` (+ `nth`) to a span and rejects anything that is
// not a contract id, naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CAUSE_IDS,
  RED_FLAG_IDS,
  RED_FLAG_TIERS,
  REGIONS,
  STATUSES,
  type CauseId,
  type MentionStatus,
  type RedFlagId,
  type RedFlagTier,
  type Region,
} from '../../core/vocabulary';

export const KINDS = ['forum', 'reply', 'activity', 'trap', 'negation', 'red-flag', 'long'] as const;
export type Kind = (typeof KINDS)[number];

export interface ExpectedMention {
  find: string;
  start: number;
  end: number;
  region: Region;
  /** Other regions also counted right, where the text is genuinely ambiguous. */
  alsoRegions?: readonly Region[];
  status: MentionStatus;
}

export interface CorpusPost {
  id: string;
  kind: Kind;
  text: string;
  mentions: ExpectedMention[];
  causes: CauseId[];
  redFlags: RedFlagId[];
  /** The tier a labelled red flag has in this post, where the annotator gave one. */
  tiers?: Partial<Record<RedFlagId, RedFlagTier>>;
  /** `file:line`, for error messages. */
  where: string;
}

export interface CorpusFile {
  name: string;
  content: string;
}

export const CORPUS_DIR = import.meta.dirname;
/**
 * Posts written by an annotator who never saw the detector, kept out of every tuning: the
 * detector is scored on them, never fitted to them. `loadCorpus()` does not read them.
 */
export const HELD_OUT_DIR = join(CORPUS_DIR, 'held-out');

const POST_KEYS = new Set(['id', 'kind', 'text', 'mentions', 'causes', 'redFlags', 'tiers', 'note']);
const MENTION_KEYS = new Set(['find', 'nth', 'region', 'status']);

export class CorpusError extends Error {}

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function oneOf<T extends string>(allowed: readonly T[], value: unknown, what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CorpusError(`${what} ${JSON.stringify(value)} is not one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

export function idList<T extends string>(allowed: readonly T[], value: unknown, what: string): T[] {
  if (!Array.isArray(value)) throw new CorpusError(`${what} must be an array`);
  const ids = value.map((item) => oneOf(allowed, item, `${what} id`));
  if (new Set(ids).size !== ids.length) throw new CorpusError(`${what} lists an id twice`);
  return ids;
}

export function checkKeys(object: Json, allowed: Set<string>, what: string): void {
  const unknown = Object.keys(object).filter((key) => !allowed.has(key));
  if (unknown.length > 0) throw new CorpusError(`${what} has unknown keys: ${unknown.join(', ')}`);
}

/** Start offset of the nth (1-based) occurrence of `find` in `text`, or -1. */
export function nthIndexOf(text: string, find: string, nth: number): number {
  let at = -1;
  for (let seen = 0; seen < nth; seen++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function parseMention(raw: unknown, text: string, index: number): ExpectedMention {
  const what = `mention ${index + 1}`;
  if (!isObject(raw)) throw new CorpusError(`${what} must be an object`);
  checkKeys(raw, MENTION_KEYS, what);
  const { find, nth = 1 } = raw;
  if (typeof find !== 'string' || find.trim() === '') throw new CorpusError(`${what}: find must be a non-empty string`);
  if (!Number.isInteger(nth) || (nth as number) < 1) throw new CorpusError(`${what}: nth must be a positive integer`);
  const start = nthIndexOf(text, find, nth as number);
  if (start < 0) throw new CorpusError(`${what}: occurrence ${String(nth)} of ${JSON.stringify(find)} is not in the text`);
  return {
    find,
    start,
    end: start + find.length,
    region: oneOf(REGIONS, raw.region, `${what} region`),
    status: oneOf(STATUSES, raw.status, `${what} status`),
  };
}

/** `{"numbness-weakness": "emergency"}`: each key one of the post's red flags, each value a tier. */
function parseTiers(raw: unknown, redFlags: readonly RedFlagId[]): Partial<Record<RedFlagId, RedFlagTier>> {
  if (!isObject(raw)) throw new CorpusError('tiers must be an object');
  const tiers: Partial<Record<RedFlagId, RedFlagTier>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const flag = oneOf(RED_FLAG_IDS, key, 'tiers key');
    if (!redFlags.includes(flag)) throw new CorpusError(`tiers names ${flag}, which redFlags does not list`);
    tiers[flag] = oneOf(RED_FLAG_TIERS, value, `tier of ${flag}`);
  }
  return tiers;
}

function parseFields(raw: unknown, where: string): CorpusPost {
  if (!isObject(raw)) throw new CorpusError('a line must be a JSON object');
  checkKeys(raw, POST_KEYS, 'post');
  const { id, text, note } = raw;
  if (typeof id !== 'string' || id.trim() === '') throw new CorpusError('id must be a non-empty string');
  if (typeof text !== 'string' || text.trim() === '') throw new CorpusError('text must be a non-empty string');
  if (note !== undefined && typeof note !== 'string') throw new CorpusError('note must be a string');
  if (!Array.isArray(raw.mentions)) throw new CorpusError('mentions must be an array');
  const mentions = raw.mentions.map((mention, index) => parseMention(mention, text, index));
  const redFlags = idList(RED_FLAG_IDS, raw.redFlags, 'redFlags');
  const post: CorpusPost = {
    id,
    kind: oneOf(KINDS, raw.kind, 'kind'),
    text,
    mentions,
    causes: idList(CAUSE_IDS, raw.causes, 'causes'),
    redFlags,
    where,
  };
  if (raw.tiers !== undefined) post.tiers = parseTiers(raw.tiers, redFlags);
  return post;
}

function checkConsistency(post: CorpusPost): void {
  const spans = [...post.mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new CorpusError(`mentions ${JSON.stringify(spans[i - 1]!.find)} and ${JSON.stringify(spans[i]!.find)} overlap`);
  }
  if (post.kind === 'trap' && post.mentions.length > 0) throw new CorpusError('a trap has no mentions');
  const active = post.mentions.some((mention) => mention.status === 'active');
  if (!active && (post.causes.length > 0 || post.redFlags.length > 0)) {
    throw new CorpusError('causes and redFlags are labelled only on posts with an active mention');
  }
}

/** Parses one line; throws a CorpusError naming `where`. */
export function parsePost(line: string, where: string): CorpusPost {
  try {
    const post = parseFields(JSON.parse(line) as unknown, where);
    checkConsistency(post);
    return post;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError(`${where}: ${reason}`);
  }
}

export function parseCorpus(files: readonly CorpusFile[]): CorpusPost[] {
  const posts: CorpusPost[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    file.content.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const post = parsePost(line, `${file.name}:${index + 1}`);
      const first = seen.get(post.id);
      if (first) throw new CorpusError(`${post.where}: id ${post.id} is already used at ${first}`);
      seen.set(post.id, post.where);
      posts.push(post);
    });
  }
  return posts;
}

/** The folder's `.jsonl` files, by name. */
export function readCorpusFiles(dir: string = CORPUS_DIR): CorpusFile[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  return names.map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusPost[] {
  return parseCorpus(readCorpusFiles(dir));
}
