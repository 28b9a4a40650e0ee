// The Dataverse double (Web API subset over HTTP, row triggers) and the Dataverse connector's adapter.
export {
  DataverseDouble,
  BASE_CURRENCY_ID,
  ORGANIZATION_URL,
  type DataverseDoubleOptions,
  type Row,
  type ChangeRecord,
} from './double';
export { dataverseAdapter, DATAVERSE_API_NAME } from './adapter';
export { environmentVariableDefinitionId, environmentVariableValueId } from './environment-variables';
export { WebApiError } from './errors';
export { Catalog, loadCatalog } from './metadata/catalog';
export type { TableMeta, ColumnMeta } from './metadata/model';
export type { SdkMessage } from './events';
