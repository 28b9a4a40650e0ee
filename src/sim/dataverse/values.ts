// Payload values checked and converted the way the Web API reads them: JSON type per EDM type, text length,
// option ranges. Returns the stored value.
import { errors } from './errors';
import { type ColumnMeta, type TableMeta, edmType } from './metadata/model';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

export const isGuid = (s: string): boolean => GUID.test(s);

/** Checks one column value of a create/update payload; returns what the row stores. */
export function convertValue(t: TableMeta, c: ColumnMeta, value: unknown): unknown {
  if (value === null) return null;
  if (typeof value === 'object')
    throw errors.unexpectedNode(t.setName, Array.isArray(value) ? 'StartArray' : 'StartObject');
  const wrong = () => errors.cannotConvert(t.setName, String(value), edmType(c.kind));
  switch (c.kind) {
    case 'string':
    case 'memo':
      if (typeof value !== 'string') throw wrong();
      if (c.maxLength !== undefined && value.length > c.maxLength)
        throw errors.textTooLong(c.logicalName, t.logicalName, c.maxLength);
      return value;
    case 'integer':
    case 'bigint':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw wrong();
      if (c.kind === 'integer' && (value < -2147483648 || value > 2147483647)) throw wrong();
      return value;
    case 'decimal':
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong();
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'primarykey':
    case 'lookup':
      if (typeof value !== 'string' || !isGuid(value)) throw wrong();
      return value.toLowerCase();
    case 'dateonly': {
      if (typeof value !== 'string' || !validDate(value)) throw wrong();
      return value;
    }
    case 'datetime': {
      if (typeof value !== 'string' || !DATETIME.test(value) || Number.isNaN(Date.parse(value))) throw wrong();
      return isoSeconds(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
    }
    case 'picklist':
    case 'state':
    case 'status':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw wrong();
      checkOption(t, c, value);
      return value;
    case 'multiselect': {
      if (typeof value !== 'string') throw wrong();
      const parts = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const values: number[] = [];
      for (const p of parts) {
        const n = Number(p);
        if (!/^-?\d+$/.test(p)) throw wrong();
        checkOption(t, c, n);
        if (!values.includes(n)) values.push(n);
      }
      return values.length ? values.join(',') : null;
    }
  }
}

function checkOption(t: TableMeta, c: ColumnMeta, value: number): void {
  const accepted = (c.options ?? []).map((o) => o.value);
  if (!accepted.includes(value)) throw errors.outOfRange(value, c.logicalName, t.logicalName, accepted);
}

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]) && d.getUTCMonth() + 1 === Number(m[2]);
}

/** `2025-01-15T10:00:00Z`: UTC, whole seconds, as the Web API returns date-times. */
export function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}
