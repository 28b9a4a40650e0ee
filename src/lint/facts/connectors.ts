// Which actions leave the flow: connector calls, HTTP and child flows, and which API they call.
import { type JsonObject, isObject } from '../../compile/definition';

export const DATAVERSE_API = 'shared_commondataserviceforapps';

/** Action types that call something outside the flow's run. */
export const EXTERNAL_TYPES = new Set([
  'Http',
  'HttpWebhook',
  'OpenApiConnection',
  'OpenApiConnectionWebhook',
  'ApiConnection',
  'ApiConnectionWebhook',
  'Workflow',
  'Function',
  'ApiManagement',
]);

const CONNECTOR_TYPES = new Set(['OpenApiConnection', 'OpenApiConnectionWebhook', 'ApiConnection', 'ApiConnectionWebhook']);

export const isExternalCall = (json: JsonObject) => EXTERNAL_TYPES.has(json.type);
export const isConnectorCall = (json: JsonObject) => CONNECTOR_TYPES.has(json.type);

const lastSegment = (s: string) => s.split('/').filter(Boolean).pop();

/** The connector `api.name` an action or trigger calls, from `host.apiId`, its connection reference, or `$connections`. */
export function apiNameOf(json: JsonObject, properties: JsonObject): string | undefined {
  const host = json.inputs?.host;
  if (!isObject(host)) return undefined;
  if (typeof host.apiId === 'string') return lastSegment(host.apiId);
  if (typeof host.connectionName === 'string') {
    const ref = properties.connectionReferences?.[host.connectionName];
    return typeof ref?.api?.name === 'string' ? ref.api.name : host.connectionName;
  }
  if (typeof host.api?.runtimeUrl === 'string') return lastSegment(host.api.runtimeUrl);
  const legacy = typeof host.connection?.name === 'string' ? /\['(shared_[^']+)'\]/.exec(host.connection.name) : null;
  return legacy?.[1];
}

export const isDataverseApi = (api: string | undefined) => api === DATAVERSE_API;

export const operationOf = (json: JsonObject): string | undefined =>
  typeof json.inputs?.host?.operationId === 'string' ? json.inputs.host.operationId : undefined;

const READ_OPERATION = /^(get|list|search|retrieve|read|query|find|check|validate|download|export|lookup)/i;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The external system an action writes to, or undefined for reads and internal actions: HTTP with a writing
 * method (`http:<host>`), or a non-Dataverse connector operation that does not read by its name or method.
 */
export function externalWriteOf(json: JsonObject, properties: JsonObject): string | undefined {
  if (json.type === 'Http' || json.type === 'HttpWebhook') {
    const method = String(json.inputs?.method ?? json.inputs?.subscribe?.method ?? 'GET').toUpperCase();
    if (READ_METHODS.has(method)) return undefined;
    const uri = String(json.inputs?.uri ?? json.inputs?.subscribe?.uri ?? '');
    const host = /^https?:\/\/([^/?#@]+)/i.exec(uri)?.[1];
    return `http:${host?.toLowerCase() ?? '*'}`;
  }
  if (!isConnectorCall(json)) return undefined;
  const api = apiNameOf(json, properties);
  if (!api || isDataverseApi(api)) return undefined;
  const op = operationOf(json);
  const method = typeof json.inputs?.method === 'string' ? json.inputs.method.toUpperCase() : undefined;
  if ((op && READ_OPERATION.test(op)) || (method && READ_METHODS.has(method))) return undefined;
  return api;
}
