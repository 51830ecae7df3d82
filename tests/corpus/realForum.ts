// Loads ../shared/real-forum (real posts labelled by an annotator who never saw the detector) onto
// the corpus shape, so `evaluate` scores it like the corpus. Its lines name each mention by a quote
// (located in the text, in order) with one or more accepted regions, and carry their own kinds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAUSE_IDS, RED_FLAG_IDS, REGIONS, STATUSES } from '../../core/vocabulary';
import { checkKeys, CorpusError, idList, isObject, oneOf, type CorpusPost, type ExpectedMention, type Kind } from './corpus';

export const REAL_FORUM_FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'real-forum', 'real-forum.jsonl');

/** Its kinds onto the corpus's; any other kind is a post like those of a forum. */
const KIND_OF: Record<string, Kind> = { trap: 'trap', negated: 'negation', 'red-flag': 'red-flag', long: 'long', reply: 'reply' };

const POST_KEYS = new Set(['id', 'kind', 'source', 'text', 'mentions', 'causes', 'redFlags', 'note']);
const MENTION_KEYS = new Set(['quote', 'status', 'regions', 'note']);

function parseMention(raw: unknown, text: string, from: number, index: number): ExpectedMention {
  const what = `mention ${index + 1}`;
  if (!isObject(raw)) throw new CorpusError(`${what} must be an object`);
  checkKeys(raw, MENTION_KEYS, what);
  const { quote, regions } = raw;
  if (typeof quote !== 'string' || quote.trim() === '') throw new CorpusError(`${what}: quote must be a non-empty string`);
  if (!Array.isArray(regions) || regions.length === 0) throw new CorpusError(`${what}: regions must be a non-empty array`);
  const [region, ...alsoRegions] = regions.map((r) => oneOf(REGIONS, r, `${what} region`));
  // Quotes come in text order; a repeated quote is its next occurrence.
  let start = text.indexOf(quote, from);
  if (start < 0) start = text.indexOf(quote);
  if (start < 0) throw new CorpusError(`${what}: ${JSON.stringify(quote)} is not in the text`);
  return { find: quote, start, end: start + quote.length, region: region!, alsoRegions, status: oneOf(STATUSES, raw.status, `${what} status`) };
}

function parseLine(line: string, where: string): CorpusPost {
  const raw = JSON.parse(line) as unknown;
  if (!isObject(raw)) throw new CorpusError('a line must be a JSON object');
  checkKeys(raw, POST_KEYS, 'post');
  const { id, kind, text } = raw;
  if (typeof id !== 'string' || id.trim() === '') throw new CorpusError('id must be a non-empty string');
  if (typeof kind !== 'string') throw new CorpusError('kind must be a string');
  if (typeof text !== 'string' || text.trim() === '') throw new CorpusError('text must be a non-empty string');
  if (!Array.isArray(raw.mentions)) throw new CorpusError('mentions must be an array');
  const mentions: ExpectedMention[] = [];
  raw.mentions.forEach((m, index) => mentions.push(parseMention(m, text, mentions.at(-1)?.end ?? 0, index)));
  return {
    id,
    kind: KIND_OF[kind] ?? 'forum',
    text,
    mentions,
    causes: idList(CAUSE_IDS, raw.causes, 'causes'),
    redFlags: idList(RED_FLAG_IDS, raw.redFlags, 'redFlags'),
    where,
  };
}

export function parseRealForum(content: string, name: string): CorpusPost[] {
  return content.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const where = `${name}:${index + 1}`;
    try {
      return [parseLine(line, where)];
    } catch (error) {
      throw new CorpusError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** The labelled real posts, or undefined when ../shared/real-forum is absent. */
export function loadRealForum(file: string = REAL_FORUM_FILE): CorpusPost[] | undefined {
  return existsSync(file) ? parseRealForum(readFileSync(file, 'utf8'), file) : undefined;
}
