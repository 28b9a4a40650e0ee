// Renders DSL values (plain JSON, expressions, interpolated text) into workflow JSON values.
import { type ExprNode, NODE, type RenderMemo, type Resolver, isExpr, quote, renderNode } from './expr';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Escapes literal text so Power Automate never evaluates it: a leading `@@`, or `@@{` inside text. */
export function literalText(s: string): string {
  return s.startsWith('@') ? `@${s}` : s.replace(/@\{/g, '@@{');
}

function templateText(parts: (string | ExprNode)[], resolve?: Resolver, memo?: RenderMemo): string {
  let out = '';
  parts.forEach((part, i) => {
    if (typeof part !== 'string') out += `@{${renderNode(part, resolve, memo)}}`;
    else {
      // A leading literal '@' would make the whole value an expression (or, as '@@', all of it literal).
      const lead = i === 0 && part.startsWith('@');
      let text = (lead ? part.slice(1) : part).replace(/@\{/g, '@@{');
      // A literal '@' right before an interpolation would turn its '@{' into the escape '@@{'.
      if (i < parts.length - 1) text = text.replace(/@+$/, (at) => `@{${quote(at)}}`);
      out += (lead ? `@{'@'}` : '') + text;
    }
  });
  return out;
}

/** Renders a DSL value (anything a DSL input accepts) as workflow JSON; `memo` holds texts rendered with `resolve`. */
export function renderValue(v: unknown, resolve?: Resolver, memo?: RenderMemo): Json | undefined {
  if (v === undefined) return undefined;
  if (isExpr(v)) {
    const node = v[NODE];
    if (node.k === 'template') return templateText(node.parts, resolve, memo);
    if (node.k === 'lit') return typeof node.v === 'string' ? literalText(node.v) : node.v;
    return `@${renderNode(node, resolve, memo)}`;
  }
  if (typeof v === 'string') return literalText(v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => renderValue(x, resolve, memo) ?? null);
  if (typeof v === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
      const r = renderValue(x, resolve, memo);
      if (r !== undefined) out[key] = r;
    }
    return out;
  }
  throw new TypeError(`cannot render a ${typeof v} as a workflow value`);
}

/** Drops undefined members, keeping key order. */
export function compact(o: Record<string, Json | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
