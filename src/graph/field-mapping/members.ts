// The members of an object the mapping builds: from one expression (`objectOf`: a `json('{...}')` literal plus
// `setProperty` calls; `withMembersWhere`: a `union` with conditional parts) or from a plain object of expressions.
import { type ExprNode, isExpr, toNode } from '../../dsl';

export interface Member {
  /** The member name, or the expression computing it (a column named by an environment variable). */
  key: string | ExprNode;
  value: ExprNode;
  /** Only set when this holds. */
  when?: ExprNode;
}

const isLiteralObject = (n: ExprNode) => n.k === 'call' && n.fn === 'json' && n.args[0]?.k === 'lit' && String(n.args[0].v).startsWith('{');

/** The object's members when the expression builds an object; undefined otherwise. */
export function membersOf(n: ExprNode): Member[] | undefined {
  if (n.k !== 'call') return undefined;
  if (isLiteralObject(n)) {
    const value = JSON.parse(String((n.args[0] as { v: string }).v)) as Record<string, unknown>;
    return Object.entries(value).map(([key, v]) => ({ key, value: toNode(v) }));
  }
  if (n.fn === 'setProperty' && n.args.length === 3) {
    const [target, key, value] = n.args as [ExprNode, ExprNode, ExprNode];
    const base = membersOf(target);
    return base && [...base, { key: key.k === 'lit' && typeof key.v === 'string' ? key.v : key, value }];
  }
  if (n.fn === 'union' && n.args.length > 1) {
    const [base, ...parts] = n.args as [ExprNode, ...ExprNode[]];
    const members = membersOf(base);
    if (!members) return undefined;
    for (const part of parts) {
      const conditional = conditionalObject(part);
      if (!conditional) return undefined;
      members.push(...conditional.members.map((m) => ({ ...m, when: m.when ?? conditional.when })));
    }
    return members;
  }
  return undefined;
}

/** `if(c, <object>, {} or null)`: the object's members, set when `c` holds. */
export function conditionalObject(n: ExprNode): { when: ExprNode; members: Member[] } | undefined {
  if (n.k !== 'call' || n.fn !== 'if' || n.args.length !== 3) return undefined;
  const [when, yes, no] = n.args as [ExprNode, ExprNode, ExprNode];
  const nothing = (no.k === 'lit' && no.v === null) || (isLiteralObject(no) && membersOf(no)?.length === 0);
  const members = nothing ? membersOf(yes) : undefined;
  return members && { when, members };
}

/** A plain object of expressions and values, as `{ path, value }` leaves (nested plain objects are flattened). */
export function plainMembers(value: Record<string, unknown>, prefix = ''): { path: string; value: ExprNode }[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !isExpr(v) && !Array.isArray(v))
      return plainMembers(v as Record<string, unknown>, path);
    return v === undefined ? [] : [{ path, value: toNode(v) }];
  });
}
