// Delete a row, Relate rows, and bound/unbound actions (Dataverse messages).
import { ConnectorCall, type ConnectorCallOptions } from '../actions/connector-call';
import { dataverseApi } from '../connection';
import type { Value } from '../expr';
import type { Table } from '../table';

const items = (params: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [`item/${k}`, v]));

export const deleteRow = (name: string, table: Table<unknown, string>, id: Value<string>, o?: ConnectorCallOptions) =>
  new ConnectorCall(name, dataverseApi, 'DeleteRecord', { entityName: table.setName, recordId: id }, o);

/** Relate rows (`AssociateEntities`): `target` is the related row's OData id. */
export const relateRows = (
  name: string,
  table: Table<unknown, string>,
  id: Value<string>,
  relationship: string,
  target: Value<string>,
  o?: ConnectorCallOptions,
) =>
  new ConnectorCall(
    name,
    dataverseApi,
    'AssociateEntities',
    { entityName: table.setName, recordId: id, associationEntityRelationship: relationship, 'item/@odata.id': target },
    o,
  );

export const performBoundAction = <R = any>(
  name: string,
  table: Table<unknown, string>,
  actionName: string,
  id: Value<string>,
  params?: Record<string, unknown>,
  o?: ConnectorCallOptions,
) =>
  new ConnectorCall<R>(
    name,
    dataverseApi,
    'PerformBoundAction',
    { entityName: table.setName, actionName, recordId: id, ...items(params) },
    o,
  );

export const performUnboundAction = <R = any>(
  name: string,
  actionName: string,
  params?: Record<string, unknown>,
  o?: ConnectorCallOptions,
) => new ConnectorCall<R>(name, dataverseApi, 'PerformUnboundAction', { actionName, ...items(params) }, o);
