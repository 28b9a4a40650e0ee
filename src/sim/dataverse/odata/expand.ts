// $expand planned against the table and applied to its rows, in the shapes of learn.microsoft.com "Query data
// using the Web API: Join tables": a single-valued navigation property becomes the related row (its $select
// columns and key, no ETag; null when the lookup is empty), a collection-valued one (a 1:N relationship name)
// the related rows (with ETag and the lookup back to this row) plus `<name>@odata.nextLink`.
import { errors } from '../errors';
import type { Catalog, CollectionRef, NavigationRef } from '../metadata/catalog';
import { type TableMeta, propertyName } from '../metadata/model';
import { type AnnotationFilter, represent } from '../representation';
import { type RowStore, type StoredRow, isLookupValue } from '../store';
import { parseExpand } from './expand-parser';
import { type QueryOptions, applyQuery, parseQueryOptions } from './query-options';

export interface ExpandNode {
  /** The navigation property as written. */
  name: string;
  /** Single-valued: the lookup of this table. */
  single?: NavigationRef;
  /** Collection-valued: the related table's lookup pointing here. */
  collection?: CollectionRef;
  target: TableMeta;
  options: QueryOptions;
  expand: ExpandNode[];
  /** The options as written, `$select=a,b&$filter=…`, for the collection's nextLink. */
  query: string;
}

export interface ExpandContext {
  catalog: Catalog;
  store: RowStore;
  annotations?: AnnotationFilter;
  /** `<organization>/api/data/v9.2`, for nextLink URLs. */
  base: string;
}

/**
 * Checks a `$expand` against `t`: navigation properties (case-sensitive) and the options of each. `single`: the
 * request retrieves one row by its key, where expanded collections come back whole, nested $expand included.
 */
export function planExpand(text: string, t: TableMeta, catalog: Catalog, single = false): ExpandNode[] {
  const plan = planItems(text, t, catalog);
  const nested = plan.some((n) => n.expand.length);
  // With a nested $expand in a query, Dataverse pages every expanded collection and drops $top/$orderby: not modelled.
  if (!single && nested && plan.some((n) => n.collection)) {
    throw errors.notModelled('a nested $expand in a query that expands a collection-valued navigation property');
  }
  return plan;
}

function planItems(text: string, t: TableMeta, catalog: Catalog): ExpandNode[] {
  return parseExpand(text).map((item) => {
    const single = catalog.navigation(t, item.nav);
    const collection = single ? undefined : catalog.collection(t, item.nav);
    if (!single && !collection) {
      if (catalog.property(t, item.nav)) throw errors.notNavigation(item.nav, t.logicalName);
      throw errors.noProperty(item.nav, t.logicalName);
    }
    const target = single ? catalog.table(single.nav.target) : collection!.table;
    const options = parseQueryOptions(new URLSearchParams(item.options), target, catalog);
    if (options.count !== undefined) throw errors.notModelled('$count in $expand');
    if (single && (options.orderby || options.top !== undefined)) throw errors.expandOptions();
    if (single && options.filter)
      throw errors.notModelled('$filter in the $expand of a single-valued navigation property');
    // "Join tables using OData": $orderby and $top are not supported with a nested $expand.
    if (collection && options.expand && (options.orderby || options.top !== undefined)) throw errors.expandOptions();
    return {
      name: item.nav,
      ...(single ? { single } : { collection }),
      target,
      options,
      expand: options.expand ? planItems(options.expand, target, catalog) : [],
      query: item.options.map(([k, v]) => `${k}=${v}`).join('&'),
    };
  });
}

/** Adds the expanded navigation properties of `row` (stored shape) to `out` (its Web API shape). */
export function expandInto(
  out: Record<string, unknown>,
  t: TableMeta,
  row: StoredRow,
  plan: readonly ExpandNode[],
  c: ExpandContext,
): void {
  for (const node of plan) {
    if (node.single) {
      const v = row[node.single.column.logicalName];
      const related =
        isLookupValue(v) && v.logicalName === node.target.logicalName ? c.store.get(v.logicalName, v.id) : undefined;
      out[node.name] = related ? shape(node, related, c) : null;
      continue;
    }
    const column = node.collection!.column.logicalName;
    const id = row[t.primaryId] as string;
    const related = c.store.all(node.target.logicalName).filter((r) => {
      const v = r[column];
      return isLookupValue(v) && v.id === id && v.logicalName === t.logicalName;
    });
    const shaped = related.map((r) => ({ r, ...represent(c.catalog, c.store, node.target, r, { etag: false }) }));
    const { filter, orderby, top } = node.options;
    const matching = filter ? applyQuery(shaped, { filter }) : shaped;
    out[node.name] = applyQuery(matching, { orderby, top }).map((x) => shape(node, x.r, c));
    out[`${node.name}@odata.nextLink`] =
      `${c.base}/${t.setName}(${id})/${node.name}${node.query ? `?${node.query}` : ''}`;
  }
}

function shape(node: ExpandNode, row: StoredRow, c: ExpandContext): Record<string, unknown> {
  const back = node.collection && propertyName(node.collection.column);
  const select = node.options.select && back ? [...node.options.select, back] : node.options.select;
  const out = represent(c.catalog, c.store, node.target, row, {
    annotations: c.annotations,
    select,
    etag: node.collection !== undefined,
  });
  expandInto(out, node.target, row, node.expand, c);
  return out;
}
