// Streams an export file through the CSV parser in small chunks, reading each chunk's rows in
// slices of a few milliseconds, so the page stays responsive and can show progress.
import Papa from 'papaparse';
import { ExportReader, isQuotingError, type ImportResult } from '../../core/history';
import { forEachInSlices } from '../../page/yield-to-page';

const CHUNK_BYTES = 64 * 1024;

/** The runs of `file`; rejects with an `ImportError` for a file to refuse. `onProgress` gets 0..1. */
export function importFile(file: File, onProgress: (done: number) => void, win: Window = window): Promise<ImportResult> {
  const reader = new ExportReader();
  return new Promise((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(file, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: true,
      chunk(results, parser) {
        if (results.errors.some(isQuotingError)) reader.markBroken();
        parser.pause();
        forEachInSlices(win, results.data, (row) => reader.push(row))
          .then(() => {
            onProgress(Math.min(1, results.meta.cursor / Math.max(1, file.size)));
            parser.resume();
          })
          .catch((error: unknown) => {
            failed = true;
            parser.abort();
            reject(error);
          });
      },
      complete() {
        if (failed) return;
        try {
          resolve(reader.finish());
        } catch (error) {
          reject(error);
        }
      },
      error: (error) => reject(error),
    });
  });
}
