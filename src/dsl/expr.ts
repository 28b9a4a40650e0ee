// Expression values: a tiny render tree for the Workflow Definition Language.

export type ExprNode =
  | { k: 'lit'; v: null | boolean | number | string }
  | { k: 'call'; fn: string; args: ExprNode[] }
  | { k: 'get'; target: ExprNode; key: string | number; safe: boolean }
  | { k: 'path'; target: ExprNode; segments: string[] }
  | { k: 'raw'; text: string }
  /** Raw WDL text with typed expressions spliced in (`$.raw\`add(${x}, 1)\``): each part renders as itself. */
  | { k: 'splice'; parts: (string | ExprNode)[] }
  | { k: 'template'; parts: (string | ExprNode)[] }
  | { k: 'param'; schemaName: string; type: string };

export const NODE: unique symbol = Symbol('cosell.expr.node');
declare const TYPE: unique symbol;

/** A typed expression. `T` is the runtime type the expression evaluates to. */
export interface Expr<T = unknown> {
  readonly [NODE]: ExprNode;
  readonly [TYPE]?: T;
}

/** A value a DSL input accepts: a plain value or an expression of that type. */
export type Value<T> = T | Expr<T>;

export function isExpr(v: unknown): v is Expr {
  return typeof v === 'object' && v !== null && NODE in v;
}

export function exprOf<T>(node: ExprNode): Expr<T> {
  return { [NODE]: node } as Expr<T>;
}

export function toNode(v: unknown): ExprNode {
  if (isExpr(v)) return v[NODE];
  if (v === null || v === undefined) return { k: 'lit', v: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { k: 'lit', v };
  if (Array.isArray(v)) return { k: 'call', fn: 'createArray', args: v.map(toNode) };
  return { k: 'call', fn: 'json', args: [{ k: 'lit', v: JSON.stringify(v) }] };
}

export function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Resolves what only the flow knows at render time: an environment variable's parameter name. */
export type Resolver = (schemaName: string, type: string) => string;

const unresolved: Resolver = (schemaName) => `(${schemaName})`;

/**
 * Texts of nodes already rendered with one resolver. Flows reuse sub-expressions (a row's text in several
 * conditions), and each would otherwise be rendered again wherever it appears.
 */
export type RenderMemo = WeakMap<ExprNode, string>;

/** Renders an expression to WDL text, without the leading `@`. */
export function renderNode(n: ExprNode, resolve: Resolver = unresolved, memo?: RenderMemo): string {
  if (!memo || n.k === 'lit' || n.k === 'raw') return renderText(n, resolve, memo);
  let text = memo.get(n);
  if (text === undefined) memo.set(n, (text = renderText(n, resolve, memo)));
  return text;
}

// Strings are built with `+` (kept as ropes until read) rather than join(), which would copy every level's text.
function renderText(n: ExprNode, resolve: Resolver, memo: RenderMemo | undefined): string {
  const r = (x: ExprNode) => renderNode(x, resolve, memo);
  switch (n.k) {
    case 'lit':
      return typeof n.v === 'string' ? quote(n.v) : n.v === null ? 'null' : String(n.v);
    case 'raw':
      return n.text;
    case 'call': {
      let out = n.fn + '(';
      for (let i = 0; i < n.args.length; i++) out += (i ? ', ' : '') + r(n.args[i]!);
      return out + ')';
    }
    case 'get':
      if (typeof n.key === 'number') return `${r(n.target)}[${n.key}]`;
      return `${r(n.target)}${n.safe ? '?' : ''}[${quote(n.key)}]`;
    case 'path':
      return `${r(n.target)}?[${quote(n.segments.join('/'))}]`;
    case 'splice': {
      let out = '';
      for (const p of n.parts) out += typeof p === 'string' ? p : r(p);
      return out;
    }
    case 'template': {
      // Inside an expression, interpolation becomes concat().
      let out = 'concat(';
      n.parts.forEach((p, i) => (out += (i ? ', ' : '') + (typeof p === 'string' ? quote(p) : r(p))));
      return out + ')';
    }
    case 'param':
      return `parameters(${quote(resolve(n.schemaName, n.type))})`;
  }
}

export function render(e: Expr, resolve?: Resolver): string {
  return renderNode(e[NODE], resolve);
}
