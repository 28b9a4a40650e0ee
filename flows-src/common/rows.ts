// Dataverse writes whose columns are only known at run time (the deal value and country columns come from
// environment variables). The connector's `item/<column>` keys are fixed when the flow is saved, so these pass
// the connector's `item` body parameter whole, built by one expression (see README, "Dynamic columns").
import { type ConnectorCallOptions, type Steps, type Table, type Value, dataverseApi, operation } from '../../src/dsl';
import { dataverseRetry } from './retry';

type Item = Value<Record<string, unknown>>;

const createRecord = <Row>() => operation<{ entityName: string; item: Item }, Row>(dataverseApi, 'CreateRecord');
const updateRecord = <Row>(operationId: 'UpdateOnlyRecord' | 'UpdateRecord') =>
  operation<{ entityName: string; recordId: Value<string>; item: Item }, Row>(dataverseApi, operationId);

const options = (o?: ConnectorCallOptions): ConnectorCallOptions => ({ retryPolicy: dataverseRetry, ...o });

/** Add a new row, its columns given as one object. */
export const createItem = <Row>(
  b: Steps,
  name: string,
  table: Table<Row, string>,
  item: Item,
  o?: ConnectorCallOptions,
) => b.call(name, createRecord<Row>(), { entityName: table.setName, item }, options(o));

/** Update a row, its columns given as one object. */
export const updateItem = <Row>(
  b: Steps,
  name: string,
  table: Table<Row, string>,
  id: Value<string>,
  item: Item,
  o?: ConnectorCallOptions,
) => b.call(name, updateRecord<Row>('UpdateOnlyRecord'), { entityName: table.setName, recordId: id, item }, options(o));

/** Upsert a row (created with this id when missing), its columns given as one object. */
export const upsertItem = <Row>(
  b: Steps,
  name: string,
  table: Table<Row, string>,
  id: Value<string>,
  item: Item,
  o?: ConnectorCallOptions,
) => b.call(name, updateRecord<Row>('UpdateRecord'), { entityName: table.setName, recordId: id, item }, options(o));
