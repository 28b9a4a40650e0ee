// Matching rows against expectations: dotted paths into nested values, partial comparison of objects,
// `where` picking exactly one row, `fields` comparing only the keys listed, and counts.
import type { Path } from './refs';
import type { Count, Json, RowExpectation, TableExpectation } from './types';

/** One expectation that does not hold, at the path of the expectation in the scenario file. */
export interface Mismatch {
  path: Path;
  message: string;
  expected?: unknown;
  actual?: unknown;
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The value at a dotted path (`details.dealValue`, `team.0.email`). A key that itself contains dots
 * (`@odata.etag`, `x@OData.Community.Display.V1.FormattedValue`) is found before splitting it.
 */
export function valueAt(root: unknown, dotted: string): { found: boolean; value?: unknown } {
  const parts = dotted.split('.');
  let node: unknown = root;
  let i = 0;
  while (i < parts.length) {
    if (node === null || typeof node !== 'object') return { found: false };
    let j = parts.length;
    for (; j > i; j--) if (Object.hasOwn(node as object, parts.slice(i, j).join('.'))) break;
    if (j === i) return { found: false };
    node = (node as Record<string, unknown>)[parts.slice(i, j).join('.')];
    i = j;
  }
  return { found: true, value: node };
}

/** Whether `actual` has `expected`: objects compare the listed keys only, GUIDs ignore case and braces, null matches absent. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === 'string' && typeof actual === 'string' && GUID.test(expected) && GUID.test(actual)) {
    return expected.replace(/[{}]/g, '').toLowerCase() === actual.replace(/[{}]/g, '').toLowerCase();
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  }
  if (isObject(expected)) {
    return isObject(actual) && Object.entries(expected).every(([k, v]) => matches(v, valueAt(actual, k).value));
  }
  return Object.is(expected, actual);
}

/** Whether a row has every `where` value. */
export const rowMatches = (row: unknown, where: Record<string, Json>) =>
  Object.entries(where).every(([k, v]) => matches(v, valueAt(row, k).value));

export function countHolds(count: Count, n: number): boolean {
  if (typeof count === 'number') return n === count;
  return (count.min === undefined || n >= count.min) && (count.max === undefined || n <= count.max);
}

export const describeCount = (count: Count) =>
  typeof count === 'number'
    ? String(count)
    : [count.min !== undefined ? `>= ${count.min}` : '', count.max !== undefined ? `<= ${count.max}` : ''].filter(Boolean).join(' and ');

export function checkCount(count: Count | undefined, n: number, path: Path, what: string): Mismatch[] {
  if (count === undefined || countHolds(count, n)) return [];
  return [{ path, message: `${what}: expected ${describeCount(count)}, found ${n}`, expected: count, actual: n }];
}

function checkRow(rows: unknown[], e: RowExpectation, path: Path, what: string): Mismatch[] {
  const hits = rows.filter((r) => rowMatches(r, e.where));
  if (hits.length !== 1) {
    // Show what the rows hold for the `where` keys, so a near miss is visible.
    const seen = rows.slice(0, 10).map((r) => Object.fromEntries(Object.keys(e.where).map((k) => [k, valueAt(r, k).value ?? null])));
    if (rows.length > 10) seen.push({ '...': `${rows.length - 10} more row(s)` });
    return [
      {
        path: [...path, 'where'],
        message: `${what}: 'where' must match exactly one row, it matched ${hits.length} of ${rows.length}`,
        expected: e.where,
        actual: seen,
      },
    ];
  }
  const row = hits[0];
  const out: Mismatch[] = [];
  for (const [key, expected] of Object.entries(e.fields ?? {})) {
    const { found, value } = valueAt(row, key);
    if (!matches(expected, value)) {
      out.push({
        path: [...path, 'fields', key],
        message: `${what}: field '${key}' differs${found ? '' : ' (the row has no such field)'}`,
        expected,
        actual: found ? value : undefined,
      });
    }
  }
  return out;
}

/** A table expectation over `rows`; `what` names the table in messages (e.g. `dataverse.opportunities`). */
export function checkTable(rows: unknown[], e: TableExpectation | undefined, path: Path, what: string): Mismatch[] {
  if (!e) return [];
  return [
    ...checkCount(e.count, rows.length, [...path, 'count'], `${what} count`),
    ...(e.rows ?? []).flatMap((r, i) => checkRow(rows, r, [...path, 'rows', i], `${what} row ${i + 1}`)),
  ];
}
