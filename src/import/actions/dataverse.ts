// Dataverse operations as `b.dataverse.*` statements, when their parameters fit the typed builders exactly.
import type { ActionInput } from '../block';
import type { FlowContext, TableDecl } from '../context';
import { type V, code, str } from '../values';
import { textCode } from './helpers';

type Params = Map<string, V>;

/** Plain text of a parameter (what the DSL writes from a TS string), if it is that. */
const plain = (v: V | undefined): string | undefined => (v?.k === 'str' ? v.s : undefined);

/** `$select` as a column list, when joining the list with ',' gives it back. */
function columns(v: V | undefined): string[] | undefined {
  const s = plain(v);
  const list = s?.split(',');
  return list && list.every((c) => c && !/\s/.test(c)) ? list : undefined;
}

/** `item/<column>` and `item/<nav>@odata.bind` parameters as `values` and `bind`. */
function rowValues(
  params: Params,
  table: TableDecl | undefined,
  cx: FlowContext,
): { values?: string; bind?: string } | undefined {
  const values: string[] = [];
  const bind: string[] = [];
  for (const [k, v] of params) {
    if (!k.startsWith('item/') || k.length === 5) return undefined;
    const column = k.slice(5);
    const nav = /^(.+)@odata\.bind$/.exec(column)?.[1];
    const target = nav && v.k === 'text' && v.parts.length === 3 ? v.parts : undefined;
    const set = typeof target?.[0] === 'string' && target[2] === ')' ? /^([A-Za-z_][\w]*)\($/.exec(target[0])?.[1] : undefined;
    if (table && nav && set && typeof target![1] !== 'string') {
      table.navs.add(nav);
      bind.push(`${str(nav)}: { table: ${cx.table(set, 'set').id}, id: ${code(target![1]!)} }`);
    } else values.push(`${str(column)}: ${code(v)}`);
  }
  return {
    values: values.length ? `{ ${values.join(', ')} }` : undefined,
    bind: bind.length ? `{ ${bind.join(', ')} }` : undefined,
  };
}

/** Splits off the parameters an operation always has; undefined when one is missing or not plain text. */
function take(params: Params, required: string[], plainText: string[]): { rest: Params; got: Record<string, V> } | undefined {
  const rest = new Map(params);
  const got: Record<string, V> = {};
  for (const k of required) {
    const v = rest.get(k);
    if (!v || (plainText.includes(k) && v.k !== 'str')) return undefined;
    got[k] = v;
    rest.delete(k);
  }
  return { rest, got };
}

/** The `b.dataverse.*` statement, or undefined to fall back to a generic connector call. */
export function dataverseCall(a: ActionInput, cx: FlowContext, op: string, params: Params): string | undefined {
  const o = a.options;
  const dv = `${a.recv}.dataverse`;
  const name = str(a.display);
  const entity = params.get('entityName');
  const table = plain(entity) !== undefined ? cx.table(plain(entity)!, 'set') : undefined;

  if (op === 'ListRecords' && table) {
    const allowed = ['entityName', '$select', '$filter', '$orderby', '$expand', 'fetchXml', '$top'];
    if (![...params.keys()].every((k) => allowed.includes(k))) return undefined;
    const select = params.has('$select') ? columns(params.get('$select')) : [];
    const top = params.get('$top');
    if (!select || (top && !(top.k === 'lit' && Number.isInteger(top.v)))) return undefined;
    if (params.has('$orderby') && plain(params.get('$orderby')) === undefined) return undefined;
    if (select.length) o.add('select', `[${select.map(str).join(', ')}]`);
    if (params.has('$filter')) o.add('filter', textCode(params.get('$filter')!));
    if (params.has('$orderby')) o.add('orderBy', str(plain(params.get('$orderby'))!));
    if (params.has('$expand')) o.add('expand', textCode(params.get('$expand')!));
    if (params.has('fetchXml')) o.add('fetchXml', textCode(params.get('fetchXml')!));
    if (top) o.add('top', code(top));
    return `${dv}.listRows(${o.args(name, table.id)})`;
  }
  if (op === 'GetItem' && table) {
    const t = take(params, ['entityName', 'recordId'], ['entityName']);
    if (!t || ![...t.rest.keys()].every((k) => k === '$select' || k === '$expand')) return undefined;
    const select = t.rest.has('$select') ? columns(t.rest.get('$select')) : [];
    if (!select) return undefined;
    if (select.length) o.add('select', `[${select.map(str).join(', ')}]`);
    if (t.rest.has('$expand')) o.add('expand', textCode(t.rest.get('$expand')!));
    return `${dv}.getRow(${o.args(name, table.id, textCode(t.got.recordId!))})`;
  }
  const writes: Record<string, string> = { CreateRecord: 'createRow', UpdateOnlyRecord: 'updateRow', UpdateRecord: 'upsertRow' };
  if (writes[op] && table) {
    const t = take(params, op === 'CreateRecord' ? ['entityName'] : ['entityName', 'recordId'], ['entityName']);
    const row = t && rowValues(t.rest, table, cx);
    if (!row) return undefined;
    o.add('values', row.values).add('bind', row.bind);
    const id = t.got.recordId ? [textCode(t.got.recordId)] : [];
    return `${dv}.${writes[op]}(${[name, table.id, ...id, o.code() ?? '{}'].join(', ')})`;
  }
  if (op === 'DeleteRecord' && table) {
    const t = take(params, ['entityName', 'recordId'], ['entityName']);
    if (!t || t.rest.size) return undefined;
    return `${dv}.deleteRow(${o.args(name, table.id, textCode(t.got.recordId!))})`;
  }
  if (op === 'AssociateEntities' && table) {
    const t = take(
      params,
      ['entityName', 'recordId', 'associationEntityRelationship', 'item/@odata.id'],
      ['entityName', 'associationEntityRelationship'],
    );
    if (!t || t.rest.size) return undefined;
    const g = t.got;
    return `${dv}.relateRows(${o.args(name, table.id, textCode(g.recordId!), code(g.associationEntityRelationship!), textCode(g['item/@odata.id']!))})`;
  }
  if (op === 'PerformBoundAction' && table) {
    const t = take(params, ['entityName', 'actionName', 'recordId'], ['entityName', 'actionName']);
    const row = t && rowValues(t.rest, undefined, cx);
    if (!t || !row) return undefined;
    return `${dv}.performBoundAction(${o.args(name, table.id, code(t.got.actionName!), textCode(t.got.recordId!), row.values ?? '{}')})`;
  }
  if (op === 'PerformUnboundAction') {
    const t = take(params, ['actionName'], ['actionName']);
    const row = t && rowValues(t.rest, undefined, cx);
    if (!t || !row) return undefined;
    return `${dv}.performUnboundAction(${o.args(name, code(t.got.actionName!), row.values ?? '{}')})`;
  }
  return undefined;
}
