import { dataverseApi } from '../connection';
import type { ConnectorCallOptions } from '../actions/connector-call';
import type { Value } from '../expr';
import type { Table } from '../table';
import { DataverseRowAction } from './row-actions';

/** Get a row by ID (`GetItem`). */
export function getRow<Row>(
  name: string,
  table: Table<Row, string>,
  id: Value<string>,
  o: ConnectorCallOptions & { select?: (keyof Row & string)[]; expand?: Value<string> } = {},
) {
  const parameters = { entityName: table.setName, recordId: id, $select: o.select?.join(','), $expand: o.expand };
  return new DataverseRowAction<Row>(name, dataverseApi, 'GetItem', parameters, o);
}
