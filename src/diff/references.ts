// Action names inside expressions (`outputs('X')`, `body('X')`, `items('Loop')`, `result('Try')`…), rewritten.
import { isObject } from '../compile/definition';
import { REFERENCE_FUNCTIONS, canonicalName, expressionsOf, parseValue, walk } from '../expr';

type Rename = (name: string) => string;

/** The string with every action and loop name it refers to passed through `rename`; unparsable strings as they are. */
export function renameInString(value: string, rename: Rename): string {
  if (!value.includes('@')) return value;
  let parsed;
  try {
    parsed = parseValue(value);
  } catch {
    return value;
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const root of expressionsOf(parsed)) {
    walk(root, (node) => {
      if (node.type !== 'call') return;
      const kind = REFERENCE_FUNCTIONS[canonicalName(node)];
      const first = node.args[0];
      if ((kind !== 'action' && kind !== 'loop') || first?.type !== 'string') return;
      const next = rename(first.value);
      if (next !== first.value) edits.push({ start: first.start, end: first.end, text: `'${next.replace(/'/g, "''")}'` });
    });
  }
  let out = value;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A JSON value with the action names of its expressions and of any `runAfter` map renamed. */
export function renameInJson(value: unknown, rename: Rename): unknown {
  if (typeof value === 'string') return renameInString(value, rename);
  if (Array.isArray(value)) return value.map((v) => renameInJson(v, rename));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'runAfter' && isObject(v) ? renameKeys(v, rename) : renameInJson(v, rename);
  }
  return out;
}

export function renameKeys<T>(map: Record<string, T>, rename: Rename): Record<string, T> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [rename(k), v]));
}
