// The `expression` of an If or Until -> a DSL condition: `$.and($.equals(a, b), ...)` for the designer's
// structured form, `$.raw('...')` for an expression string. Checked by rendering it with the DSL.
import { $, type Expr, type Json, type RenderContext, renderValue } from '../dsl';
import { conditionJson } from '../dsl/actions/condition';
import { isObject, jsonEqual } from './json';
import { type EnvRef, type V, type ValueScope, code, isExprIr, live, resolver, toIr } from './values';

type Cond = { fn: string; args: Cond[] } | { leaf: V };

const COMPARISONS = new Set([
  'equals',
  'greater',
  'greaterOrEquals',
  'less',
  'lessOrEquals',
  'contains',
  'startsWith',
  'endsWith',
]);
const TYPED = new Set(['equals', 'greater', 'greaterOrEquals', 'less', 'lessOrEquals', 'contains']);

function structured(json: Json, scope: ValueScope): Cond | undefined {
  if (!isObject(json) || Object.keys(json).length !== 1) return undefined;
  const [fn, body] = Object.entries(json)[0]!;
  if (fn === 'and' || fn === 'or') {
    if (!Array.isArray(body)) return undefined;
    const args = body.map((b) => structured(b, scope));
    return args.every(Boolean) ? { fn, args: args as Cond[] } : undefined;
  }
  if (fn === 'not') {
    const inner = structured(body, scope);
    return inner ? { fn, args: [inner] } : undefined;
  }
  if (!COMPARISONS.has(fn) || !Array.isArray(body)) return undefined;
  const args: Cond[] = [];
  for (const a of body) {
    // Leaves render through toNode: plain scalars and expressions only (objects would become json(...)).
    if (isObject(a) || Array.isArray(a)) return undefined;
    const v = toIr(a, scope);
    if (!v) return undefined;
    args.push({ leaf: v });
  }
  return { fn, args };
}

function condCode(c: Cond): string {
  if ('leaf' in c) return code(c.leaf);
  const args = c.args.map(condCode).join(', ');
  if (c.fn === 'and' || c.fn === 'or' || c.fn === 'not' || TYPED.has(c.fn)) return `$.${c.fn}(${args})`;
  const textual = c.args.every((a) => 'leaf' in a && (a.leaf.k === 'str' || isExprIr(a.leaf)));
  return textual ? `$.${c.fn}(${args})` : `$.fn(${JSON.stringify(c.fn)}, ${args})`;
}

function condLive(c: Cond): unknown {
  if ('leaf' in c) return live(c.leaf);
  return $.fn(c.fn, ...c.args.map(condLive));
}

/** Code for the condition, when the DSL renders it back exactly. */
export function conditionCode(
  json: Json,
  scope: ValueScope & { envBySchema(s: string): EnvRef | undefined },
): string | undefined {
  let cond: Cond | undefined = structured(json, scope);
  if (!cond) {
    // An expression string: rendered as given, never restructured.
    if (typeof json !== 'string') return undefined;
    const leaf = toIr(json, scope);
    if (!leaf || !isExprIr(leaf) || leaf.k === 'text') return undefined;
    cond = { leaf };
  }
  const resolve = resolver(scope);
  const ctx = { value: (v: unknown) => renderValue(v, resolve) } as unknown as RenderContext;
  const rendered = conditionJson(condLive(cond) as Expr<boolean>, ctx);
  return jsonEqual(rendered, json) ? condCode(cond) : undefined;
}
