// The query options of a GET: $select, $filter, $orderby, $top, $count, and $expand (kept as text here, planned
// by expand.ts against the related tables). Others fail loudly.
import { errors } from '../errors';
import type { Catalog } from '../metadata/catalog';
import type { TableMeta } from '../metadata/model';
import { checkFilter, compareValues, evaluate } from './filter-eval';
import { type FilterNode, parseFilter } from './filter-parser';

export interface QueryOptions {
  select?: string[];
  filter?: FilterNode;
  orderby?: { property: string; desc: boolean }[];
  top?: number;
  count?: boolean;
  /** The `$expand` text, as written. */
  expand?: string;
}

const SUPPORTED = new Set(['$select', '$filter', '$orderby', '$top', '$count', '$expand']);

/** Parses and checks the options against the table; unknown properties give the Web API's 400. */
export function parseQueryOptions(params: URLSearchParams, t: TableMeta, catalog: Catalog): QueryOptions {
  const q: QueryOptions = {};
  for (const key of params.keys()) {
    if (key.startsWith('$') && !SUPPORTED.has(key)) throw errors.notModelled(`the ${key} query option`);
  }
  const select = params.get('$select');
  if (select !== null) q.select = names(select).map((p) => known(p, t, catalog));
  const filter = params.get('$filter');
  if (filter !== null) q.filter = compileFilter(filter, t, catalog);
  const orderby = params.get('$orderby');
  if (orderby !== null) {
    q.orderby = names(orderby).map((part) => {
      const [property = '', dir = 'asc', ...rest] = part.split(/\s+/);
      if (rest.length || (dir !== 'asc' && dir !== 'desc')) throw errors.syntax(orderby.indexOf(part), orderby);
      return { property: known(property, t, catalog), desc: dir === 'desc' };
    });
  }
  const top = params.get('$top');
  if (top !== null) {
    if (!/^\d+$/.test(top.trim())) throw errors.invalidTop(top);
    q.top = Number(top);
  }
  const count = params.get('$count');
  if (count !== null) q.count = count === 'true';
  const expand = params.get('$expand');
  if (expand !== null) q.expand = expand;
  return q;
}

/** Parses a $filter (or a trigger's filterexpression) and checks it against the table. */
export function compileFilter(text: string, t: TableMeta, catalog: Catalog): FilterNode {
  const tree = parseFilter(text);
  checkFilter(tree, t, catalog);
  return tree;
}

/** Filters, orders and limits rows (in their Web API shape); ties keep insertion order. */
export function applyQuery<R extends Record<string, unknown>>(rows: R[], q: QueryOptions): R[] {
  let out = q.filter ? rows.filter((r) => evaluate(q.filter!, r)) : [...rows];
  if (q.orderby?.length) {
    out = out
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        for (const o of q.orderby!) {
          const c = compareValues(a.r[o.property], b.r[o.property]);
          if (c) return o.desc ? -c : c;
        }
        return a.i - b.i;
      })
      .map((x) => x.r);
  }
  return q.top === undefined ? out : out.slice(0, q.top);
}

const names = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function known(property: string, t: TableMeta, catalog: Catalog): string {
  if (!catalog.property(t, property)) throw errors.noProperty(property, t.logicalName);
  return property;
}
