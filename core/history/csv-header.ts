/**
 * A CSV header whose names may repeat (Strava writes "Distance" twice: once in the account's
 * units, once in metres). `index(name, n)` is the column of the n-th (1-based) `name`.
 */
export class CsvHeader {
  private readonly columns = new Map<string, number[]>();

  constructor(readonly names: readonly string[]) {
    names.forEach((raw, i) => {
      const name = raw.replace(/^\uFEFF/, '').trim();
      const list = this.columns.get(name);
      if (list) list.push(i);
      else this.columns.set(name, [i]);
    });
  }

  has(...names: string[]): boolean {
    return names.every((name) => this.columns.has(name));
  }

  index(name: string, occurrence = 1): number | undefined {
    return this.columns.get(name)?.[occurrence - 1];
  }

  /** How many times `name` appears. */
  count(name: string): number {
    return this.columns.get(name)?.length ?? 0;
  }

  /** The cell of the n-th `name` in `row`, trimmed; undefined when absent or empty. */
  cell(row: readonly string[], name: string, occurrence = 1): string | undefined {
    const i = this.index(name, occurrence);
    const value = i === undefined ? undefined : row[i]?.trim();
    return value ? value : undefined;
  }
}
