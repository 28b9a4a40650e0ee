// Structural comparison of workflow JSON: key sets and order, value kinds, and precise difference messages.
import { parseValue } from '../../src/expr';
import type { JsonObject } from './reference';

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 2-space JSON: compared with toBe, vitest shows a line diff. */
export const pretty = (v: unknown): string => JSON.stringify(v, null, 2);

/** The kind of a JSON value; strings are told apart by how Power Automate reads them. */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') {
    try {
      return `string (${parseValue(v).kind})`;
    } catch {
      return 'string (invalid expression)';
    }
  }
  return typeof v;
}

const show = (keys: string[]) => `[${keys.join(', ')}]`;

export interface ShapeOptions {
  /** Whether key order matters at this path (relative to the compared root). */
  ordered?: (path: string[]) => boolean;
  /** Paths whose children are compared as a key set only (nested action maps, compared node by node). */
  keysOnly?: (path: string[]) => boolean;
}

/**
 * Differences in shape between an exported value and ours: keys missing or extra (with both key lists),
 * key order where it matters, array lengths, and value kinds (number, boolean, literal text, expression, template).
 * Values themselves are not compared. An empty list means the same shape.
 */
export function shapeDiff(real: unknown, ours: unknown, options: ShapeOptions = {}, path: string[] = []): string[] {
  const where = path.length ? path.reduce((w, seg) => (seg.startsWith('[') || !w ? w + seg : `${w}.${seg}`), '') : '(root)';
  const kr = kindOf(real);
  const ko = kindOf(ours);
  if (kr !== ko) return [`${where}: the export has ${kr}, ours has ${ko}`];
  if (Array.isArray(real) && Array.isArray(ours)) {
    if (real.length !== ours.length) return [`${where}: the export has ${real.length} items, ours has ${ours.length}`];
    return real.flatMap((r, i) => shapeDiff(r, ours[i], options, [...path, `[${i}]`]));
  }
  if (!isObject(real) || !isObject(ours)) return [];
  const rk = Object.keys(real);
  const ok = Object.keys(ours);
  const out: string[] = [];
  const onlyReal = rk.filter((k) => !(k in ours));
  const onlyOurs = ok.filter((k) => !(k in real));
  if (onlyReal.length || onlyOurs.length) {
    out.push(
      `${where}: keys only in the export ${show(onlyReal)}, only in ours ${show(onlyOurs)} (export ${show(rk)}, ours ${show(ok)})`,
    );
  } else if (options.ordered?.(path) && rk.join('\u0000') !== ok.join('\u0000')) {
    out.push(`${where}: key order differs: the export has ${show(rk)}, ours has ${show(ok)}`);
  }
  if (options.keysOnly?.(path)) return out;
  for (const k of rk) if (k in ours) out.push(...shapeDiff(real[k], ours[k], options, [...path, k]));
  return out;
}

/** Shape options for one action or trigger: key order at its own level, nested action maps by name only. */
export const ACTION_SHAPE: ShapeOptions = {
  ordered: (p) => p.length === 0,
  keysOnly: (p) =>
    (p.length === 1 && p[0] === 'actions') ||
    (p.length === 2 && (p[0] === 'else' || p[0] === 'default') && p[1] === 'actions') ||
    (p.length === 3 && p[0] === 'cases' && p[2] === 'actions'),
};

/** `type`, `type/kind` and `:operationId` for connector operations: what "the same kind of action" means here. */
export function kindKey(json: JsonObject): string {
  const op = json.inputs?.host?.operationId;
  return `${json.type}${json.kind ? `/${json.kind}` : ''}${typeof op === 'string' ? `:${op}` : ''}`;
}

/** Deep copy with every `operationMetadataId` value replaced: they are per-export random GUIDs, ours are derived. */
export function withoutOperationIds<T>(v: T): T {
  return JSON.parse(JSON.stringify(v), (k, x) => (k === 'operationMetadataId' ? '<operationMetadataId>' : x)) as T;
}

/** Deep copy with the keys of every action map (top level, branches, loop bodies, cases) sorted by name. */
export function withSortedActionMaps<T>(v: T): T {
  const sortMap = (map: JsonObject): JsonObject =>
    Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((k) => [k, visit(map[k])]),
    );
  const visit = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(visit);
    if (!isObject(x)) return x;
    return Object.fromEntries(
      Object.entries(x).map(([k, val]) => [k, k === 'actions' && isObject(val) ? sortMap(val) : visit(val)]),
    );
  };
  return visit(v) as T;
}
