// Shared shapes of the importer: workflow JSON is untyped by nature.
export type JsonObject = Record<string, any>; // exported workflow JSON

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Deep equality of JSON values, object member order ignored (JSON objects are unordered). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** A workflow GUID as flows write it: lower case, no braces. */
export const normaliseGuid = (id: string): string => id.replace(/[{}]/g, '').toLowerCase();

/** One exported flow to import: its clientdata envelope and where it came from. */
export interface SourceFlow {
  /** The flow's display name (the solution's Workflow Name, or a name given for a bare JSON file). */
  name: string;
  /** The original workflow GUID, when known (lower case, no braces). */
  id?: string;
  /** The file it was read from (inside `origin` for a solution), for messages and comments. */
  file: string;
  /** The solution (zip or folder) it came from. */
  origin?: string;
  /** `{ properties, schemaVersion }`. */
  clientdata: JsonObject;
  description?: string;
}
