// Reads an export file without freezing the page: the file is read off the main thread, then
// split into rows a piece (16 KB) at a time, and its rows (the costly part: each run's notes
// go through the detector) read in slices of a few milliseconds, with progress between them.
import { csvRowPieces, readerFor, type ImportResult } from '../../core/history';
import { forEachInSlices, yieldToPage } from '../../page/yield-to-page';

/** The runs of `file`; rejects with an `ImportError` for a file to refuse. `onProgress` gets 0..1. */
export async function importFile(file: File, onProgress: (done: number) => void, win: Window = window): Promise<ImportResult> {
  const text = await file.text();
  const reader = readerFor(text);
  let read = 0;
  for (const rows of csvRowPieces(text, reader)) {
    await forEachInSlices(win, rows, (row) => reader.push(row));
    read += rows.reduce((chars, row) => chars + row.reduce((n, cell) => n + cell.length + 1, 0), 0);
    onProgress(Math.min(1, read / text.length));
    await yieldToPage(win);
  }
  onProgress(1);
  return reader.finish();
}
