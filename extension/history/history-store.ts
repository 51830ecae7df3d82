// The runs, in the extension's own IndexedDB: on this device only, tens of thousands of runs
// without touching `storage.local`'s quota. One object store keyed by run id.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeLogged, mergeRuns, type Run } from '../../core/history';

interface HistoryDb extends DBSchema {
  runs: { key: string; value: Run };
}

export const HISTORY_DB_NAME = 'backlight-history';
const VERSION = 1;
/** Runs written per task while saving. */
const PUT_BATCH = 250;

export interface SaveResult {
  added: number;
  updated: number;
}

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<HistoryDb>) {}

  static async open(): Promise<HistoryStore> {
    const db = await openDB<HistoryDb>(HISTORY_DB_NAME, VERSION, {
      upgrade(database) {
        database.createObjectStore('runs', { keyPath: 'id' });
      },
    });
    return new HistoryStore(db);
  }

  /** Every run, ordered by start. */
  async runs(): Promise<Run[]> {
    return mergeRuns([], await this.db.getAll('runs'));
  }

  /** Adds `runs`, replacing stored runs of the same id, in one transaction: all or nothing. */
  async save(runs: readonly Run[]): Promise<SaveResult> {
    const tx = this.db.transaction('runs', 'readwrite');
    const stored = new Set(await tx.store.getAllKeys());
    const unique = new Map(runs.map((run) => [run.id, run]));
    const queue = [...unique.values()];
    const writes: Promise<unknown>[] = [];
    try {
      // Each `put` copies its run at once (about 40 µs): a batch at a time, the next one issued
      // from the last one's success event, so the page gets the main thread between batches
      // while the transaction stays open.
      for (let i = 0; i < queue.length; i += PUT_BATCH) {
        for (const run of queue.slice(i, i + PUT_BATCH)) writes.push(tx.store.put(run));
        await writes[writes.length - 1];
      }
    } catch (error) {
      // A run the store refuses (no key) throws at once; the writes before it must go too.
      if (!tx.error) tx.abort();
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
    await Promise.all([...writes, tx.done]);
    const updated = [...unique.keys()].filter((id) => stored.has(id)).length;
    return { added: unique.size - updated, updated };
  }

  /** Adds a run logged from its activity page, merged into the stored run of the same id. */
  async saveLogged(run: Run): Promise<void> {
    const tx = this.db.transaction('runs', 'readwrite');
    const stored = await tx.store.get(run.id);
    await Promise.all([tx.store.put(mergeLogged(stored, run)), tx.done]);
  }

  async count(): Promise<number> {
    return this.db.count('runs');
  }

  /** Empties the store. */
  async clear(): Promise<void> {
    await this.db.clear('runs');
  }

  close(): void {
    this.db.close();
  }
}
