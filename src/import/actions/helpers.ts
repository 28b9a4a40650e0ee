// Small checks shared by the action translators.
import { isDuration } from '../../dsl';
import type { FlowContext } from '../context';
import { type JsonObject, isObject } from '../json';
import { jsonCode } from '../options';
import { type V, code, exactValue, isExprIr } from '../values';

/** The DSL value for a member, when it renders back exactly. */
export const valueOf = (json: unknown, cx: FlowContext): V | undefined =>
  json === undefined ? undefined : exactValue(json as never, cx);

/** Whether an object has only these members. */
export const only = (o: unknown, allowed: string[]): o is JsonObject =>
  isObject(o) && Object.keys(o).every((k) => allowed.includes(k));

/** Code for a `Value<string>`-typed position: text or an expression; else a cast. */
export const textCode = (v: V): string => (v.k === 'str' || isExprIr(v) ? code(v) : `(${code(v)} as any)`);

/** Code for a `Record<string, Value<string>>` (headers, queries). */
export function recordCode(v: V): string | undefined {
  if (v.k !== 'obj') return undefined;
  return v.entries.every(([, x]) => x.k === 'str' || isExprIr(x)) ? code(v) : `(${code(v)} as any)`;
}

/** A retryPolicy the DSL types (`RetryPolicy`) and writes verbatim, as code; undefined if it does not fit. */
export function retryPolicyCode(p: unknown): string | undefined {
  if (!isObject(p)) return undefined;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 90;
  const duration = (d: unknown) => typeof d === 'string' && isDuration(d);
  const ok =
    ((p.type === 'none' || p.type === 'default') && Object.keys(p).length === 1) ||
    (p.type === 'fixed' && only(p, ['type', 'count', 'interval']) && count(p.count) && duration(p.interval)) ||
    (p.type === 'exponential' &&
      only(p, ['type', 'count', 'interval', 'minimumInterval', 'maximumInterval']) &&
      count(p.count) &&
      duration(p.interval) &&
      (p.minimumInterval === undefined || duration(p.minimumInterval)) &&
      (p.maximumInterval === undefined || duration(p.maximumInterval)));
  return ok ? jsonCode(p) : undefined;
}

export const raw = (reason: string) => ({ raw: reason });
