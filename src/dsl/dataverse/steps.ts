// `b.dataverse.*`: Dataverse connector actions as statements.
import type { ConnectorCallOptions } from '../actions/connector-call';
import type { Block } from '../block';
import type { Value } from '../expr';
import type { Table } from '../table';
import { getRow } from './get-row';
import { type ListRowsOptions, listRows } from './list-rows';
import { deleteRow, performBoundAction, performUnboundAction, relateRows } from './other-operations';
import { type RowValues, createRow, updateRow, upsertRow } from './write-row';

export class DataverseSteps {
  constructor(private readonly block: Block) {}

  listRows<Row>(name: string, table: Table<Row, string>, o?: ListRowsOptions<Row>) {
    return this.block.add(listRows(name, table, o), o?.runAfter);
  }
  getRow<Row>(
    name: string,
    table: Table<Row, string>,
    id: Value<string>,
    o?: ConnectorCallOptions & { select?: (keyof Row & string)[]; expand?: Value<string> },
  ) {
    return this.block.add(getRow(name, table, id, o), o?.runAfter);
  }
  createRow<Row, Nav extends string>(name: string, table: Table<Row, Nav>, o: RowValues<Row, Nav>) {
    return this.block.add(createRow(name, table, o), o.runAfter);
  }
  updateRow<Row, Nav extends string>(name: string, table: Table<Row, Nav>, id: Value<string>, o: RowValues<Row, Nav>) {
    return this.block.add(updateRow(name, table, id, o), o.runAfter);
  }
  upsertRow<Row, Nav extends string>(name: string, table: Table<Row, Nav>, id: Value<string>, o: RowValues<Row, Nav>) {
    return this.block.add(upsertRow(name, table, id, o), o.runAfter);
  }
  deleteRow(name: string, table: Table<unknown, string>, id: Value<string>, o?: ConnectorCallOptions) {
    return this.block.add(deleteRow(name, table, id, o), o?.runAfter);
  }
  relateRows(name: string, table: Table<unknown, string>, id: Value<string>, relationship: string, target: Value<string>, o?: ConnectorCallOptions) {
    return this.block.add(relateRows(name, table, id, relationship, target, o), o?.runAfter);
  }
  performBoundAction<R = any>(name: string, table: Table<unknown, string>, action: string, id: Value<string>, params?: Record<string, unknown>, o?: ConnectorCallOptions) {
    return this.block.add(performBoundAction<R>(name, table, action, id, params, o), o?.runAfter);
  }
  performUnboundAction<R = any>(name: string, action: string, params?: Record<string, unknown>, o?: ConnectorCallOptions) {
    return this.block.add(performUnboundAction<R>(name, action, params, o), o?.runAfter);
  }
}
