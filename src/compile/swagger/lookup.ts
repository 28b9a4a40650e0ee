// operationId -> method, path and parameters, read from a generated swagger; and the HTTP request the service
// receives for a call, after the connector's policies. The simulator's Partner Center double uses both.
import type { Json } from '../../dsl';

type JsonObject = { [key: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SwaggerParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  /** The body parameter's schema, or the parameter itself for the others (type, format, enum...). */
  schema: JsonObject;
}

export interface SwaggerOperation {
  operationId: string;
  method: string;
  /** Path relative to basePath, with `{name}` placeholders. */
  path: string;
  parameters: SwaggerParameter[];
  /** Status code -> response schema (undefined when the response has no body). */
  responses: Record<string, JsonObject | undefined>;
  nextLinkName?: string;
}

/** Every operation of a swagger, by operationId. */
export function operationsOf(swagger: JsonObject): Map<string, SwaggerOperation> {
  const out = new Map<string, SwaggerOperation>();
  for (const [path, item] of Object.entries(isObject(swagger.paths) ? swagger.paths : {})) {
    for (const [method, op] of Object.entries(isObject(item) ? item : {})) {
      if (!isObject(op) || typeof op.operationId !== 'string') continue;
      const parameters = (Array.isArray(op.parameters) ? op.parameters : []).filter(isObject).map((p) => ({
        name: String(p.name),
        in: p.in as SwaggerParameter['in'],
        required: p.required === true,
        schema: p.in === 'body' && isObject(p.schema) ? p.schema : p,
      }));
      const responses: Record<string, JsonObject | undefined> = {};
      for (const [code, r] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        responses[code] = isObject(r) && isObject(r.schema) ? r.schema : undefined;
      }
      const pageable = op['x-ms-pageable'];
      out.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        responses,
        ...(isObject(pageable) && typeof pageable.nextLinkName === 'string' ? { nextLinkName: pageable.nextLinkName } : {}),
      });
    }
  }
  return out;
}

export function findOperation(swagger: JsonObject, operationId: string): SwaggerOperation {
  const op = operationsOf(swagger).get(operationId);
  if (!op) throw new Error(`the connector '${String((swagger.info as JsonObject)?.title)}' has no operation '${operationId}'`);
  return op;
}

export interface ServiceRequest {
  method: string;
  /** Full URL, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: Json;
}

/**
 * The request the service receives when a flow calls `operationId` with `params` (keys = swagger parameter
 * names, values already evaluated), after the `routerequesttoendpoint` and `setqueryparameter` policies.
 */
export function serviceRequestOf(
  api: { swagger: JsonObject; policies?: Json[] },
  operationId: string,
  params: Record<string, Json | undefined>,
): ServiceRequest {
  const op = findOperation(api.swagger, operationId);
  for (const name of Object.keys(params)) {
    if (!op.parameters.some((p) => p.name === name)) throw new Error(`${operationId} has no parameter '${name}'`);
  }
  let path = op.path;
  let method = op.method;
  const query = new Map<string, string>();
  const headers: Record<string, string> = {};
  let body: Json | undefined;
  for (const p of op.parameters) {
    const value = params[p.name] ?? (p.schema.default as Json | undefined);
    if (value === undefined || value === null) {
      if (p.required) throw new Error(`${operationId}: the required parameter '${p.name}' is missing`);
      continue;
    }
    if (p.in === 'body') body = value;
    else if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (p.in === 'query') query.set(p.name, String(value));
    else headers[p.name] = String(value);
  }
  for (const policy of api.policies ?? []) {
    const pp = isObject(policy) && isObject(policy.parameters) ? policy.parameters : {};
    const names = pp['x-ms-apimTemplate-operationName'];
    if (!isObject(policy) || (Array.isArray(names) && !names.includes(operationId))) continue;
    if (policy.templateId === 'routerequesttoendpoint') {
      path = String(pp['x-ms-apimTemplateParameter.newPath']);
      const m = pp['x-ms-apimTemplateParameter.httpMethod'];
      if (typeof m === 'string' && m !== '@Request.OriginalHTTPMethod') method = m;
    } else if (policy.templateId === 'setqueryparameter') {
      const name = String(pp['x-ms-apimTemplateParameter.name']);
      const template = String(pp['x-ms-apimTemplateParameter.value']);
      const value = template.replace(/@\{queryParameters\('([^']+)'\)\}/g, (_, q: string) => query.get(q) ?? '');
      if (pp['x-ms-apimTemplateParameter.existsAction'] !== 'skip' || !query.has(name)) query.set(name, value);
    }
  }
  const base = String(api.swagger.basePath ?? '/').replace(/\/$/, '');
  const qs = [...query].map(([k, v]) => `${encodeURIComponent(k).replace(/%24/g, '$')}=${encodeURIComponent(v)}`).join('&');
  return {
    method,
    url: `https://${String(api.swagger.host)}${base}${path}${qs ? `?${qs}` : ''}`,
    headers,
    ...(body !== undefined ? { body } : {}),
  };
}
