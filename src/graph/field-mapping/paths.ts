// Field paths in an expression tree: `get` chains (and `first(...)`, `obj?[key]` with a run-time key) that end at a
// symbolic root, e.g. the referral's `details.dealValue` or the opportunity column named by an environment variable.
import type { ExprNode } from '../../dsl';
import type { Root, Side, Symbols } from './symbols';

/** A segment: a property, `[0]`, or a key an environment variable names. */
export type Segment = string | { param: string };

export interface FieldPath {
  root: Root;
  segments: Segment[];
}

/** The field path an expression is, or undefined when it computes something. */
export function pathOf(n: ExprNode, symbols: Symbols): FieldPath | undefined {
  const root = symbols.roots.get(n);
  if (root) return { root, segments: [] };
  const under = (target: ExprNode, ...segments: Segment[]) => {
    const p = pathOf(target, symbols);
    return p && { root: p.root, segments: [...p.segments, ...segments] };
  };
  if (n.k === 'get') return under(n.target, typeof n.key === 'number' ? `[${n.key}]` : n.key);
  if (n.k === 'path') return under(n.target, ...n.segments);
  if (n.k === 'call' && n.fn === 'first' && n.args.length === 1) return under(n.args[0]!, '[0]');
  // `at(obj, key)`: `obj?[key]` with the key computed at run time.
  if (n.k === 'splice' && n.parts.length === 4 && n.parts[1] === '?[' && n.parts[3] === ']') {
    const [target, , key] = n.parts;
    if (typeof target !== 'string' && typeof key !== 'string' && key.k === 'param') return under(target, { param: key.schemaName });
  }
  return undefined;
}

/** `details.dealValue`, `customerProfile.team[0].email`, `opportunity[cosell_dealvaluecolumn]`. */
export function pathText(p: FieldPath): string {
  let text = p.root.label;
  for (const s of p.segments) {
    if (typeof s !== 'string') text += `[${s.param}]`;
    else if (s.startsWith('[')) text += s;
    else text += text ? `.${s}` : s;
  }
  return p.root.side === 'value' && !p.segments.length ? `<${text}>` : text;
}

function children(n: ExprNode): ExprNode[] {
  switch (n.k) {
    case 'call':
      return n.args;
    case 'get':
    case 'path':
      return [n.target];
    case 'splice':
    case 'template':
      return n.parts.filter((p): p is ExprNode => typeof p !== 'string');
    default:
      return [];
  }
}

/** Every field path the expression reads, by side, in order of appearance (each once). */
export function sourcesOf(n: ExprNode, symbols: Symbols): Record<Side, FieldPath[]> {
  const found: Record<Side, FieldPath[]> = { partnerCenter: [], dynamics: [], value: [] };
  const seen = new Set<string>();
  const walk = (x: ExprNode) => {
    const p = pathOf(x, symbols);
    if (!p) return children(x).forEach(walk);
    const key = `${p.root.side}:${pathText(p)}`;
    if (!seen.has(key)) found[p.root.side].push(p);
    seen.add(key);
  };
  walk(n);
  return found;
}
