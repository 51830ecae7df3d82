import type { Run } from './types';

/**
 * `stored` with `incoming` added, by id: a run imported again replaces its earlier copy (the
 * export may have better facts now), never doubles it. Ordered by start time.
 */
export function mergeRuns(stored: readonly Run[], incoming: readonly Run[]): Run[] {
  const byId = new Map(stored.map((run) => [run.id, run]));
  for (const run of incoming) byId.set(run.id, run);
  return [...byId.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
