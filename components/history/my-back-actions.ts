import type { ImportResult, Run } from '../../core/history';
import type { SaveResult } from '../../extension/history/history-store';

/** What the "My back" tab needs from the browser; tests pass fakes. */
export interface MyBackActions {
  /** Every stored run, ordered by start. */
  load(): Promise<Run[]>;
  /** Reads an export file; rejects with an `ImportError` for a file to refuse. */
  read(file: File, onProgress: (done: number) => void): Promise<ImportResult>;
  save(runs: readonly Run[]): Promise<SaveResult>;
  clear(): Promise<void>;
  download(fileName: string, mimeType: string, text: string): void;
}
