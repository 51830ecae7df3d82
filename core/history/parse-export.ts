import { csvParseRows } from 'd3-dsv';
import { csvPieces } from './csv-pieces';
import { ExportReader, type ImportResult } from './export-reader';

/**
 * Whether `text` has an odd number of double quotes. In CSV every quoted field opens and closes
 * and a quote inside one is doubled, so an odd count means a field was cut off or the file is
 * not CSV; the parser would otherwise read everything after it as one field.
 */
export function hasUnbalancedQuotes(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/**
 * The pieces of an export's text, each split into rows by d3-dsv (RFC 4180: quoted commas,
 * quotes and line breaks), for a reader that reads them one piece at a time.
 */
export function* csvRowPieces(text: string): Generator<string[][]> {
  for (const piece of csvPieces(text.replace(/^\uFEFF/, ''))) yield csvParseRows(piece);
}

/** A reader for `text`, told whether its quoting is broken. */
export function readerFor(text: string): ExportReader {
  const reader = new ExportReader();
  if (hasUnbalancedQuotes(text)) reader.markBroken();
  return reader;
}

/** The runs of a whole export held in memory; throws an `ImportError` for a file to refuse. */
export function parseExport(text: string): ImportResult {
  const reader = readerFor(text);
  for (const rows of csvRowPieces(text)) for (const row of rows) reader.push(row);
  return reader.finish();
}
