// Expression helpers the mapping is written with: run-time keys, objects and arrays built inside one expression.
import { $, type Expr, type Ref, type Value, isExpr } from '../../src/dsl';

const asExpr = (v: Value<unknown>): Expr => (isExpr(v) ? v : (toExprValue(v) as Expr));

/** `obj?[key]`, the key computed at run time (e.g. an environment variable naming a column). */
export const at = <T = any>(obj: Expr, key: Value<string>): Ref<T> => $.raw<T>`${obj}?[${asExpr(key)}]`;

/** `coalesce(x, '')`: text that is never null, so string functions cannot fail on a missing value. */
export const text = (x: Value<string | null | undefined>): Ref<string> => $.coalesce<string>(x, '');

/** A JSON literal inside an expression: `json('{"a":1}')`. */
export const literal = <T = any>(v: unknown): Ref<T> => $.json<T>(JSON.stringify(v));

/** Looks a key up in a constant table: `json('{...}')?[key]`; null when absent. */
export const lookup = <T = any>(table: Record<string, unknown>, key: Value<string>): Ref<T> =>
  at<T>(literal(table), key);

/** Any value (expressions, objects and arrays holding expressions) as one expression. */
export function toExprValue(v: unknown): Expr {
  if (isExpr(v)) return v;
  if (Array.isArray(v)) return v.some(holdsExpr) ? $.createArray(...v.map(toExprValue)) : literal(v);
  if (v !== null && typeof v === 'object') return objectOf(v as Record<string, unknown>);
  return $.lit(v as null | boolean | number | string);
}

function holdsExpr(v: unknown): boolean {
  if (isExpr(v)) return true;
  if (Array.isArray(v)) return v.some(holdsExpr);
  if (v !== null && typeof v === 'object') return Object.values(v).some(holdsExpr);
  return false;
}

/**
 * An object built in one expression: constant members in a `json('...')` literal, the others (and members whose
 * name is only known at run time) added with `setProperty`. Undefined members are left out.
 */
export function objectOf<T = Record<string, unknown>>(
  fields: Record<string, unknown>,
  computed: Array<[Value<string>, unknown]> = [],
): Ref<T> {
  const constant: Record<string, unknown> = {};
  const set: Array<[Value<string>, unknown]> = [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (holdsExpr(v)) set.push([k, v]);
    else constant[k] = v;
  }
  let acc: Ref<any> = literal(constant);
  for (const [k, v] of [...set, ...computed]) acc = $.fn('setProperty', acc, k, toExprValue(v));
  return acc as Ref<T>;
}

/** The items whose condition holds, as one array expression: `union(if(c1, [a], []), ...)`. */
export function arrayWhere<T>(entries: Array<[Value<boolean>, unknown]>): Ref<T[]> {
  if (!entries.length) return literal<T[]>([]);
  const parts = entries.map(([when, item]) => $.if(when, $.createArray(toExprValue(item)), literal([])));
  return (parts.length === 1 ? parts[0]! : $.union(...parts)) as Ref<T[]>;
}

/** Whether a string value is empty or missing. */
export const blank = (x: Value<string | null | undefined>): Ref<boolean> => $.empty(text(x));

/**
 * The object plus the members whose condition holds, in one expression of linear size:
 * `union(base, if(c1, {k1: v1}, {}), ...)` (union of objects merges their members).
 */
export function withMembersWhere<T>(base: Ref<T>, members: Array<[Value<boolean>, string, unknown]>): Ref<T> {
  if (!members.length) return base;
  const parts = members.map(([when, key, value]) => $.if(when, objectOf({ [key]: value }), literal({})));
  return $.fn<T>('union', base, ...parts);
}
