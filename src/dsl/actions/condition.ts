// Conditions render in the designer's structured form: { "and": [ { "equals": [a, b] } ] }.
import type { RenderContext } from '../context';
import { type Expr, type ExprNode, NODE, exprOf } from '../expr';
import type { Json } from '../value';

const STRUCTURED = new Set([
  'and', 'or', 'not', 'equals', 'greater', 'greaterOrEquals', 'less', 'lessOrEquals', 'contains', 'startsWith', 'endsWith',
]);

function structured(node: ExprNode, ctx: RenderContext): Json | undefined {
  if (node.k !== 'call' || !STRUCTURED.has(node.fn)) return undefined;
  if (node.fn === 'and' || node.fn === 'or') {
    const items = node.args.map((a) => structured(a, ctx));
    if (items.some((i) => i === undefined)) return undefined;
    return { [node.fn]: items as Json[] };
  }
  if (node.fn === 'not') {
    const inner = node.args.length === 1 ? structured(node.args[0]!, ctx) : undefined;
    return inner === undefined ? undefined : { not: inner };
  }
  return { [node.fn]: node.args.map((a) => ctx.value(exprOf(a)) ?? null) };
}

/** The `expression` of an If or Until: structured when the designer could show it, else "@...". */
export function conditionJson(condition: Expr<boolean>, ctx: RenderContext): Json {
  return structured(condition[NODE], ctx) ?? ctx.value(condition) ?? null;
}
