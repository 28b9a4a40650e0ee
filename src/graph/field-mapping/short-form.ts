// An expression in a short, readable form: field paths instead of property chains, environment variables by schema
// name, described builders by name (`notesOf(details.notes)`), `coalesce(x, '')` null guards left out and long
// constant tables abbreviated.
import { type ExprNode, isExpr, quote, toNode } from '../../dsl';
import type { Context } from './context';
import { pathOf, pathText } from './paths';

const TABLE_LIMIT = 40;

const isEmptyText = (n: ExprNode | undefined) => n?.k === 'lit' && n.v === '';

/** `coalesce(x, '')` (the mapping's `text(x)`): a guard that changes nothing a reader needs to know. */
export const unguarded = (n: ExprNode): ExprNode =>
  n.k === 'call' && n.fn === 'coalesce' && n.args.length === 2 && isEmptyText(n.args[1]) ? unguarded(n.args[0]!) : n;

/** Builder name -> description, of the described builders a short form names. */
export type Glossary = Map<string, string>;

const argument = (a: unknown): ExprNode | undefined =>
  isExpr(a) || a === null || ['string', 'number', 'boolean'].includes(typeof a) ? toNode(a) : undefined;

export function shortForm(node: ExprNode, ctx: Context, glossary?: Glossary): string {
  const s = (x: ExprNode) => shortForm(x, ctx, glossary);
  const made = ctx.made(node);
  if (made) {
    glossary?.set(made.name, made.description);
    return `${made.name}(${made.args.map((a) => { const n = argument(a); return n ? s(n) : '…'; }).join(', ')})`;
  }
  const n = unguarded(node);
  if (n !== node) return s(n);
  const path = pathOf(n, ctx.symbols);
  if (path) return pathText(path);
  switch (n.k) {
    case 'lit':
      return typeof n.v === 'string' ? quote(n.v) : String(n.v);
    case 'call': {
      const [first] = n.args;
      if (n.fn === 'json' && first?.k === 'lit' && typeof first.v === 'string' && first.v.length > TABLE_LIMIT) return 'json(…)';
      return `${n.fn}(${n.args.map(s).join(', ')})`;
    }
    case 'get':
      return `${s(n.target)}[${typeof n.key === 'number' ? n.key : quote(n.key)}]`;
    case 'path':
      return `${s(n.target)}[${quote(n.segments.join('/'))}]`;
    case 'raw':
      return n.text;
    case 'splice':
    case 'template':
      // Text with values in it, as the flow writes it: `accounts(<account id>)`.
      return n.parts.map((p) => (typeof p === 'string' ? p : s(p))).join('');
    case 'param':
      return n.schemaName;
  }
}
