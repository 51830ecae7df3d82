// One JSON line of `scan --jsonl` input → the text to analyse, or why not (CONTRACT §2).

/** The input's id as given (a string or a number), null when absent. */
export type ScanId = string | number | null;

import type { PageFacts } from '../../core/facts/types';

/** `facts`: an activity page's own facts, when the text came from a saved tracker page. */
export type ScanInput = { id: ScanId; text: string; facts?: PageFacts } | { id: ScanId; error: string };

function idOf(value: unknown): ScanId {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return id;
  return null;
}

export function parseJsonlLine(line: string): ScanInput {
  if (line.trim() === '') return { id: null, error: 'blank line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  const id = idOf(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id, error: 'expected a JSON object' };
  const text = (value as { text?: unknown }).text;
  if (typeof text !== 'string') return { id, error: 'missing string "text"' };
  return { id, text };
}
