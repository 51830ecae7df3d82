import { parse } from '@vanillaes/csv';
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
 * The pieces of an export's text, each split into rows by @vanillaes/csv (RFC 4180: quoted
 * commas, quotes and line breaks), for `reader` to read one piece at a time. A piece that is not
 * valid CSV (a quote inside an unquoted field) marks the reader broken and gives no rows.
 */
export function* csvRowPieces(text: string, reader: ExportReader): Generator<string[][]> {
  const body = text.replace(/^\uFEFF/, '');
  // The header first, on its own (no export's header has a line break): a file is recognised
  // by it even when a row further down is broken.
  const headerEnd = body.indexOf('\n') + 1 || body.length;
  for (const piece of [body.slice(0, headerEnd), ...csvPieces(body.slice(headerEnd))]) {
    let rows: string[][] = [];
    try {
      rows = parse(piece) as string[][];
    } catch {
      reader.markBroken();
    }
    yield rows;
  }
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
  for (const rows of csvRowPieces(text, reader)) for (const row of rows) reader.push(row);
  return reader.finish();
}
