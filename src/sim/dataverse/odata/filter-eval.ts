// A parsed $filter checked against a table's properties (unknown names, incompatible operand types) and
// evaluated on rows in their Web API shape. Text comparisons ignore case, as Dataverse's collation does.
import { errors } from '../errors';
import type { Catalog } from '../metadata/catalog';
import { type TableMeta, edmType } from '../metadata/model';
import type { CompareOp, FilterNode, Operand } from './filter-parser';

const OPERATOR_KIND: Record<CompareOp, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};
const NUMERIC = new Set(['Edm.Int32', 'Edm.Int64', 'Edm.Decimal', 'Edm.Double']);
const TEMPORAL = new Set(['Edm.Date', 'Edm.DateTimeOffset']);

function compatible(a: string, b: string): boolean {
  if (a === 'null' || b === 'null' || a === b) return true;
  return (NUMERIC.has(a) && NUMERIC.has(b)) || (TEMPORAL.has(a) && TEMPORAL.has(b));
}

/** Throws the Web API's 400 when the filter names an unknown property or mixes types. */
export function checkFilter(node: FilterNode, t: TableMeta, catalog: Catalog): void {
  const typeOf = (o: Operand): string => {
    if (o.k === 'lit') return o.type;
    const c = catalog.property(t, o.name);
    if (!c) throw errors.noProperty(o.name, t.logicalName);
    return edmType(c.kind);
  };
  switch (node.k) {
    case 'and':
    case 'or':
      checkFilter(node.left, t, catalog);
      checkFilter(node.right, t, catalog);
      return;
    case 'not':
      return checkFilter(node.operand, t, catalog);
    case 'bool':
      if (typeOf(node.operand) !== 'Edm.Boolean')
        throw errors.badRequest('The $filter expression must evaluate to a single boolean value.');
      return;
    case 'cmp': {
      const [l, r] = [typeOf(node.left), typeOf(node.right)];
      if (!compatible(l, r)) throw errors.incompatible(l, r, OPERATOR_KIND[node.op]);
      return;
    }
    case 'fn':
      if (node.args.length !== 2 || node.args.some((a) => !['Edm.String', 'null'].includes(typeOf(a)))) {
        throw errors.functionSignature(node.name);
      }
  }
}

type Row = Record<string, unknown>;

const value = (o: Operand, row: Row): unknown => (o.k === 'lit' ? o.value : (row[o.name] ?? null));

function order(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [sa, sb] = [String(a), String(b)];
  const temporal = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;
  if (temporal.test(sa) && temporal.test(sb)) return Date.parse(withTime(sa)) - Date.parse(withTime(sb));
  const [la, lb] = [sa.toLowerCase(), sb.toLowerCase()];
  return la < lb ? -1 : la > lb ? 1 : 0;
}
const withTime = (s: string) => (s.length === 10 ? `${s}T00:00:00Z` : s);

/** Orders two column values as $orderby does: nulls first, text without case. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  return order(a, b);
}

export function evaluate(node: FilterNode, row: Row): boolean {
  switch (node.k) {
    case 'and':
      return evaluate(node.left, row) && evaluate(node.right, row);
    case 'or':
      return evaluate(node.left, row) || evaluate(node.right, row);
    case 'not':
      return !evaluate(node.operand, row);
    case 'bool':
      return value(node.operand, row) === true;
    case 'cmp': {
      const [a, b] = [value(node.left, row), value(node.right, row)];
      if (a === null || b === null) {
        if (node.op === 'eq') return a === b;
        if (node.op === 'ne') return a !== b;
        return false;
      }
      const c = order(a, b);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
    case 'fn': {
      const [a, b] = node.args.map((o) => value(o, row));
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      return node.name === 'contains' ? x.includes(y) : node.name === 'startswith' ? x.startsWith(y) : x.endsWith(y);
    }
  }
}
