// Runtime values of the Workflow Definition Language, and how they print.
//
// Representation (JSON-compatible, so context data can be used as is):
// - null, boolean, string, arrays and plain objects are themselves;
// - Integer: a JS number that is a safe integer, or a bigint for the rest of
//   the int64 range (e.g. `ticks()`);
// - Float: a JS number that is not a safe integer (2.5, 1e300), or a `Float`
//   box for an integral float (`1.0`, `mul(1.5, 2)`), so `div(7, 2.0)` stays
//   a float division; JSON output prints a boxed float as a plain number;
// - Decimal: a `Decimal` (from `decimal()`), exact;
// - binary and XML content: the runtime's content envelope
//   `{"$content-type": "...", "$content": "<base64>"}`.

import { Decimal } from './decimal';
import { formatDouble } from './dotnet-format/double';

export { Decimal };

/** An integral-valued float, kept distinct from the integer of the same value. */
export class Float {
  constructor(readonly value: number) {}

  toJSON(): number {
    return this.value;
  }
}

export interface JsonObject {
  [key: string]: Value;
}

/** Sets an own property, even one named `__proto__`. */
export function setOwn(object: JsonObject, key: string, value: Value): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

export type Value = null | boolean | string | number | bigint | Float | Decimal | Value[] | JsonObject;

/** Power Automate's names of value types, as used in its error messages. */
export type TypeName = 'Null' | 'Boolean' | 'String' | 'Integer' | 'Float' | 'Decimal' | 'Array' | 'Object';

/** A double as a WDL float: boxed when integral so it is not mistaken for an integer. */
export function toFloat(n: number): number | Float {
  return Number.isSafeInteger(n) ? new Float(n) : n;
}

export function isObject(value: Value | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Float) && !(value instanceof Decimal);
}

export function isNumeric(value: Value | undefined): value is number | bigint | Float | Decimal {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof Float || value instanceof Decimal;
}

export function isInteger(value: Value | undefined): value is number | bigint {
  return typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value));
}

export function typeName(value: Value | undefined): TypeName {
  if (value === null || value === undefined) return 'Null';
  switch (typeof value) {
    case 'boolean':
      return 'Boolean';
    case 'string':
      return 'String';
    case 'bigint':
      return 'Integer';
    case 'number':
      return Number.isSafeInteger(value) ? 'Integer' : 'Float';
  }
  if (Array.isArray(value)) return 'Array';
  if (value instanceof Float) return 'Float';
  if (value instanceof Decimal) return 'Decimal';
  return 'Object';
}

/** A content envelope: `{"$content-type", "$content"}` with base64 content. */
export interface Content extends JsonObject {
  '$content-type': string;
  $content: string;
}

export function isContent(value: Value | undefined): value is Content {
  return isObject(value) && typeof value.$content === 'string' && typeof value['$content-type'] === 'string';
}

export function makeContent(bytes: Uint8Array, contentType: string): Content {
  return { '$content-type': contentType, $content: Buffer.from(bytes).toString('base64') };
}

/** The bytes of a content envelope. */
export function contentBytes(value: Content): Buffer {
  return Buffer.from(value.$content, 'base64');
}

/**
 * A value as text, the way `string()` and `@{...}` interpolation print it:
 * null as '', booleans as `True`/`False`, numbers in invariant culture,
 * content as its decoded text, arrays and objects as compact JSON.
 */
export function toText(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return Number.isSafeInteger(value) ? String(value) : formatDouble(value);
    case 'bigint':
      return value.toString();
  }
  if (value instanceof Float) return formatDouble(value.value);
  if (value instanceof Decimal) return value.toString();
  if (isContent(value)) return contentBytes(value).toString('utf8');
  return toJson(value);
}

/** JSON text of a value (bigint-safe); `indent` pretty-prints. */
export function toJson(value: Value | undefined, indent = 0): string {
  return write(value ?? null, indent > 0 ? ' '.repeat(indent) : '', '');
}

function write(value: Value, step: string, pad: string): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      return JSON.stringify(value);
  }
  if (value === null) return 'null';
  if (value instanceof Float || value instanceof Decimal) return JSON.stringify(value.toJSON());
  const inner = pad + step;
  const [open, close, sep] = step ? ['\n' + inner, '\n' + pad, ',\n' + inner] : ['', '', ','];
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((v) => write(v, step, inner)).join(sep)}${close}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const colon = step ? ': ' : ':';
  return `{${open}${keys.map((k) => JSON.stringify(k) + colon + write(value[k]!, step, inner)).join(sep)}${close}}`;
}
