// Add a new row (CreateRecord), Update a row (UpdateOnlyRecord) and Upsert a row (UpdateRecord).
import { dataverseApi } from '../connection';
import type { ConnectorCallOptions } from '../actions/connector-call';
import type { Value } from '../expr';
import type { Bindings, Columns, Table } from '../table';
import { itemParameters } from './item';
import { DataverseRowAction } from './row-actions';

export interface RowValues<Row, Nav extends string> extends ConnectorCallOptions {
  values?: Columns<Row>;
  bind?: Bindings<Nav>;
}

export function createRow<Row, Nav extends string>(name: string, table: Table<Row, Nav>, o: RowValues<Row, Nav>) {
  const parameters = { entityName: table.setName, ...itemParameters(o.values, o.bind) };
  return new DataverseRowAction<Row>(name, dataverseApi, 'CreateRecord', parameters, o);
}

/** "Update a row": fails when the row does not exist. */
export function updateRow<Row, Nav extends string>(
  name: string,
  table: Table<Row, Nav>,
  id: Value<string>,
  o: RowValues<Row, Nav>,
) {
  const parameters = { entityName: table.setName, recordId: id, ...itemParameters(o.values, o.bind) };
  return new DataverseRowAction<Row>(name, dataverseApi, 'UpdateOnlyRecord', parameters, o);
}

/** "Upsert a row": creates the row with that id when it does not exist. */
export function upsertRow<Row, Nav extends string>(
  name: string,
  table: Table<Row, Nav>,
  id: Value<string>,
  o: RowValues<Row, Nav>,
) {
  const parameters = { entityName: table.setName, recordId: id, ...itemParameters(o.values, o.bind) };
  return new DataverseRowAction<Row>(name, dataverseApi, 'UpdateRecord', parameters, o);
}
