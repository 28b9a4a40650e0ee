// Structural differences of two JSON values, one per path, ignoring key order.
import { isObject } from '../compile/definition';

export interface ValueChange {
  /** `inputs.parameters.$filter`, `expression.and[2].equals[1]`, `inputs.parameters['subscriptionRequest/scope']`. */
  path: string;
  /** Absent when the path was added. */
  before?: unknown;
  /** Absent when the path was removed. */
  after?: unknown;
}

/** Whether two JSON values are equal, whatever their key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && jsonEqual(a[k], b[k]));
}

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/**
 * Changed leaves of `before` → `after`: objects by key (after's order, then removed keys), arrays by index.
 * `shown`, of before's shape, is what the changes report as before (the diff compares before with names
 * mapped through renames, but shows what the base really says).
 */
export function diffJson(before: unknown, after: unknown, path = '', shown: unknown = before): ValueChange[] {
  if (jsonEqual(before, after)) return [];
  const at = (k: string | number) => (shown as any)?.[k]; // same shape as before
  if (isObject(before) && isObject(after)) {
    const out: ValueChange[] = [];
    for (const key of Object.keys(after)) {
      const p = joinPath(path, key);
      if (!(key in before)) out.push({ path: p, after: after[key] });
      else out.push(...diffJson(before[key], after[key], p, at(key)));
    }
    for (const key of Object.keys(before)) if (!(key in after)) out.push({ path: joinPath(path, key), before: at(key) });
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.min(before.length, after.length);
    // Same length: by index. Items appended or dropped at the end: those items.
    if (before.length === after.length || jsonEqual(before.slice(0, n), after.slice(0, n))) {
      const out = before.slice(0, n).flatMap((x, i) => diffJson(x, after[i], joinPath(path, i), at(i)));
      for (let i = n; i < after.length; i++) out.push({ path: joinPath(path, i), after: after[i] });
      for (let i = n; i < before.length; i++) out.push({ path: joinPath(path, i), before: at(i) });
      return out;
    }
  }
  return [{ path, before: shown, after }];
}

/** JSON text with object keys sorted: equal for values `jsonEqual` calls equal. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
