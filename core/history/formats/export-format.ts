import type { CsvHeader } from '../csv-header';
import type { RawActivity } from '../raw-activity';
import type { HistorySource } from '../types';

/** One kind of activities export: how to recognise its header and read a row of it. */
export interface ExportFormat {
  source: HistorySource;
  /** The export's name, for messages. */
  name: string;
  recognises(header: CsvHeader): boolean;
  read(header: CsvHeader, row: readonly string[]): RawActivity;
}

/** The non-empty cells of `names`, joined as paragraphs so their sentences stay apart. */
export function joinNotes(header: CsvHeader, row: readonly string[], names: readonly string[]): string {
  return names
    .map((name) => header.cell(row, name))
    .filter((cell): cell is string => cell !== undefined)
    .join('\n\n');
}
