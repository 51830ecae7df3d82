// Reads an activities export row by row (all at once in `parseExport`, or chunk by chunk as the
// options page streams a file), and judges the whole: a file that is not a known export, or
// whose rows are mostly unreadable, is refused as a whole so that nothing of it is stored.
import { CsvHeader } from './csv-header';
import { formatOf, type ExportFormat } from './formats';
import { toRun } from './raw-activity';
import type { Run } from './types';

export type ImportProblem = 'wrong-file' | 'corrupt' | 'no-runs';

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem);
  }
}

export interface ImportResult {
  format: ExportFormat;
  runs: Run[];
  /** Activities that are not runs (rides, swims…), left out. */
  notRuns: number;
  /** Rows that could not be read, left out. */
  unreadable: number;
}

/** Above this share of unreadable rows, the file is taken for corrupt rather than odd. */
const MAX_UNREADABLE_SHARE = 0.1;

export class ExportReader {
  private header: CsvHeader | undefined;
  private format: ExportFormat | undefined;
  private readonly runs: Run[] = [];
  private notRuns = 0;
  private unreadable = 0;
  private broken = false;

  /** The next row; the first is the header. Throws `ImportError('wrong-file')` on an unknown header. */
  push(row: readonly string[]): void {
    if (!this.header) {
      this.header = new CsvHeader(row);
      this.format = formatOf(this.header);
      if (!this.format) throw new ImportError('wrong-file');
      return;
    }
    if (row.length === 1 && !row[0]?.trim()) return;
    // Exports write every column on every row: a row that doesn't is cut or shifted.
    if (row.length !== this.header.names.length) {
      this.unreadable++;
      return;
    }
    const outcome = toRun(this.format!.source, this.format!.read(this.header, row));
    if ('run' in outcome) this.runs.push(outcome.run);
    else if (outcome.skipped === 'not-a-run') this.notRuns++;
    else this.unreadable++;
  }

  /** The file's quoting is broken: it was cut short or is not CSV. */
  markBroken(): void {
    this.broken = true;
  }

  /** The runs read; throws an `ImportError` for a file that must change nothing. */
  finish(): ImportResult {
    if (!this.format) throw new ImportError('wrong-file');
    const rows = this.runs.length + this.notRuns + this.unreadable;
    if (this.broken || this.unreadable > rows * MAX_UNREADABLE_SHARE) throw new ImportError('corrupt');
    if (this.runs.length === 0) throw new ImportError('no-runs');
    return { format: this.format, runs: this.runs, notRuns: this.notRuns, unreadable: this.unreadable };
  }
}
