// The double's rows: per table, in insertion order. Lookups are stored as references, everything else as
// the converted column value.

export interface LookupValue {
  id: string;
  /** Logical name of the referenced table (a customer lookup points at account or contact). */
  logicalName: string;
}

export type StoredRow = Record<string, unknown>;

export const isLookupValue = (v: unknown): v is LookupValue =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LookupValue).id === 'string' &&
  typeof (v as LookupValue).logicalName === 'string';

export class RowStore {
  private readonly tables = new Map<string, Map<string, StoredRow>>();
  private version = 1000;

  private table(logicalName: string): Map<string, StoredRow> {
    let t = this.tables.get(logicalName);
    if (!t) this.tables.set(logicalName, (t = new Map()));
    return t;
  }

  get(logicalName: string, id: string): StoredRow | undefined {
    return this.tables.get(logicalName)?.get(id.toLowerCase());
  }

  has(logicalName: string, id: string): boolean {
    return this.get(logicalName, id) !== undefined;
  }

  all(logicalName: string): StoredRow[] {
    return [...(this.tables.get(logicalName)?.values() ?? [])];
  }

  put(logicalName: string, id: string, row: StoredRow): void {
    this.table(logicalName).set(id.toLowerCase(), row);
  }

  delete(logicalName: string, id: string): void {
    this.tables.get(logicalName)?.delete(id.toLowerCase());
  }

  /** The next row version (versionnumber, the ETag). */
  nextVersion(): number {
    return ++this.version;
  }
}
