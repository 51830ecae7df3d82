import Papa from 'papaparse';
import { ExportReader, type ImportResult } from './export-reader';

/** Whether a CSV parser's error means the file's quoting is broken (cut short, not CSV). */
export const isQuotingError = (error: { type: string }) => error.type === 'Quotes';

/** The runs of a whole export held in memory; throws an `ImportError` for a file to refuse. */
export function parseExport(text: string): ImportResult {
  const reader = new ExportReader();
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.some(isQuotingError)) reader.markBroken();
  for (const row of parsed.data) reader.push(row);
  return reader.finish();
}
