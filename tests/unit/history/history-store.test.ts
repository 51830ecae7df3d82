import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExport, runsToCsv, runsToJson, sizeOf, type Run } from '../../../core/history';
import { HistoryStore } from '../../../extension/history/history-store';
import { syntheticStravaExport } from '../../fixtures/history/strava-export';

const runs = parseExport(syntheticStravaExport(60).csv).runs;

describe('HistoryStore (IndexedDB)', () => {
  let store: HistoryStore | undefined;
  afterEach(async () => {
    await store?.clear();
    store?.close();
  });

  it('keeps runs across openings, merges a re-import by id, and empties on delete', async () => {
    store = await HistoryStore.open();
    expect(await store.save(runs.slice(0, 40))).toEqual({ added: 40, updated: 0 });
    store.close();
    store = await HistoryStore.open();
    expect(await store.save(runs)).toEqual({ added: runs.length - 40, updated: 40 });
    const stored = await store.runs();
    expect(stored).toHaveLength(runs.length);
    expect(stored.map((r) => r.start)).toEqual([...stored.map((r) => r.start)].sort());
    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('stores nothing of a save that fails part-way', async () => {
    store = await HistoryStore.open();
    await store.save(runs.slice(0, 5));
    const broken = [...runs.slice(5, 10), { ...runs[10]!, id: undefined } as unknown as Run];
    await expect(store.save(broken)).rejects.toThrow();
    expect(await store.count()).toBe(5);
  });
});

describe('exporting the runs', () => {
  it('gives every run back as JSON and as CSV, one row each', () => {
    const json = JSON.parse(runsToJson(runs)) as { runs: Run[] };
    expect(json.runs).toEqual(runs);
    const lines = runsToCsv(runs).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id,source,start,activityType,distanceKm/);
    expect(lines).toHaveLength(runs.length + 1);
    expect(sizeOf(runs)).toBeGreaterThan(runs.length * 100);
  });
});
