// WDL values (Float boxes, Decimal, bigint) to plain JSON data, for run history, adapters and HTTP answers.
import { STATUS_CODES } from 'node:http';
import { Decimal, Float, type Value } from '../../expr';

/**
 * Plain JSON data: integral floats and decimals become numbers, bigints numbers when
 * safe and strings beyond. Objects and arrays are copied only when something changes.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    return value;
  }
  if (value instanceof Float) return value.value;
  if (value instanceof Decimal) return Number(value.toString());
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const p = plain(value[i]);
      if (p !== value[i]) (copy ??= value.slice())[i] = p;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const p = plain(v);
    if (p !== v) (copy ??= { ...value })[k] = p;
  }
  return copy ?? value;
}

/** Plain JSON data as a WDL value (JSON data already is one). */
export const asValue = (data: unknown): Value => (data === undefined ? null : (data as Value));

/** `TooManyRequests` for 429: the HTTP reason phrase without spaces, as Logic Apps names status codes. */
export function statusName(code: number): string {
  return (STATUS_CODES[code] ?? `Status${code}`).replace(/[^A-Za-z]/g, '');
}
