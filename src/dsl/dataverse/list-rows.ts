import { dataverseApi } from '../connection';
import type { ConnectorCallOptions } from '../actions/connector-call';
import type { Value } from '../expr';
import type { Table } from '../table';
import { DataverseListAction } from './row-actions';

export interface ListRowsOptions<Row> extends ConnectorCallOptions {
  select?: (keyof Row & string)[];
  filter?: Value<string>;
  orderBy?: string;
  expand?: Value<string>;
  top?: number;
  fetchXml?: Value<string>;
}

/** List rows (`ListRecords`). */
export function listRows<Row>(name: string, table: Table<Row, string>, o: ListRowsOptions<Row> = {}) {
  const parameters = {
    entityName: table.setName,
    $select: o.select?.join(','),
    $filter: o.filter,
    $orderby: o.orderBy,
    $expand: o.expand,
    fetchXml: o.fetchXml,
    $top: o.top,
  };
  return new DataverseListAction<Row>(name, dataverseApi, 'ListRecords', parameters, o);
}
