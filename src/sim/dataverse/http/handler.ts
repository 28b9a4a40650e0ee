// One Web API request against the service: routing under /api/data/v9.2, headers (MSCRMCallerID, Prefer,
// If-Match, If-None-Match), status codes and bodies. No sockets here: server.ts feeds it.
import { UNBOUND_ACTIONS, runUnboundAction } from '../actions';
import { WebApiError, errors } from '../errors';
import type { ChangeEvent, WriteResult } from '../events';
import type { TableMeta } from '../metadata/model';
import { contextColumns } from '../odata/expand-parser';
import { type AnnotationFilter, annotationFilter } from '../representation';
import type { DataverseService, UpsertMode } from '../service';
import { isGuid } from '../values';
import { type Preferences, appliedPreferences, parsePrefer } from './prefer';

export const API_PATH = '/api/data/v9.2';

export interface HttpRequest {
  method: string;
  /** Path and query (`/api/data/v9.2/accounts?$top=1`). */
  url: string;
  /** Lower-case header names, as node:http gives them. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The organization URL (`https://cosell.crm.dynamics.com`) in OData-EntityId and @odata.context. */
  origin: string;
  /** Who a request without MSCRMCallerID runs as. */
  defaultIdentity: string;
}

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** Change events to fire once the response is out. */
  events: ChangeEvent[];
}

const ODATA = { 'OData-Version': '4.0' };
/** The headers of a JSON response. */
export const JSON_TYPE = { 'Content-Type': 'application/json; odata.metadata=minimal', ...ODATA };

interface Context {
  service: DataverseService;
  base: string;
  params: URLSearchParams;
  prefer: Preferences;
  annotations: AnnotationFilter;
  identity: string;
}

/**
 * A route an extension of the double adds (the deployment endpoints of src/sim/dataverse/deployment): it answers,
 * or returns undefined to leave the request to the Web API below. A thrown WebApiError becomes the error response.
 */
export type Route = (req: HttpRequest) => HttpResult | undefined | Promise<HttpResult | undefined>;

/** The routes in order, then the Web API. */
export async function handleRouted(service: DataverseService, req: HttpRequest, routes: readonly Route[]): Promise<HttpResult> {
  try {
    for (const route of routes) {
      const result = await route(req);
      if (result) return result;
    }
  } catch (e) {
    if (!(e instanceof WebApiError)) throw e;
    return { status: e.status, headers: { ...JSON_TYPE }, body: e.body, events: [] };
  }
  return handleRequest(service, req);
}

export function handleRequest(service: DataverseService, req: HttpRequest): HttpResult {
  try {
    return route(service, req);
  } catch (e) {
    if (!(e instanceof WebApiError)) throw e;
    return { status: e.status, headers: { ...JSON_TYPE }, body: e.body, events: [] };
  }
}

function route(service: DataverseService, req: HttpRequest): HttpResult {
  const url = new URL(req.url, req.origin);
  if (!url.pathname.startsWith(`${API_PATH}/`)) throw errors.noResource(url.href);
  const [first = '', ...rest] = url.pathname
    .slice(API_PATH.length + 1)
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const prefer = parsePrefer(req.headers.prefer);
  const identity = callerIdentity(service, req.headers.mscrmcallerid, req.defaultIdentity);
  const ctx: Context = {
    service,
    base: `${req.origin}${API_PATH}`,
    params: url.searchParams,
    prefer,
    annotations: annotationFilter(prefer.annotations),
    identity,
  };
  const method = req.method.toUpperCase();
  const unsupported = () => errors.noResource(url.href);

  if (UNBOUND_ACTIONS.includes(first) && !rest.length) {
    if (method !== 'POST') throw unsupported();
    return {
      status: 204,
      headers: { ...ODATA },
      events: runUnboundAction(service, first, parseBody(req.body), identity).events,
    };
  }
  const key = /^([A-Za-z0-9_]+)\((.*)\)$/.exec(first);
  const t = service.tableBySet(key ? key[1]! : first);
  if (!key) {
    if (rest.length) throw errors.segmentNotFound(rest[0]!);
    if (method === 'GET') return collection(ctx, t);
    if (method === 'POST') return written(ctx, t, service.create(t, parseBody(req.body), identity));
    throw unsupported();
  }
  const id = recordId(key[2]!);
  if (rest.length === 2 && rest[1] === '$ref' && method === 'POST') {
    const target = (parseBody(req.body) as Record<string, unknown>)['@odata.id'];
    return { status: 204, headers: { ...ODATA }, events: service.associate(t, id, rest[0]!, target, identity).events };
  }
  if (rest.length) {
    if (rest[0]!.startsWith('Microsoft.Dynamics.CRM.')) throw errors.notModelled(`the bound action ${rest[0]}`);
    throw errors.notModelled(`the path segment '${rest.join('/')}'`);
  }
  switch (method) {
    case 'GET': {
      const row = service.get(t, id, ctx.params, { annotations: ctx.annotations, base: ctx.base });
      return {
        status: 200,
        headers: { ...JSON_TYPE, ...applied(ctx, false) },
        body: { '@odata.context': context(ctx, t, true), ...row },
        events: [],
      };
    }
    case 'PATCH': {
      const ifMatch = req.headers['if-match'];
      const mode: UpsertMode = ifMatch ? 'updateOnly' : req.headers['if-none-match'] === '*' ? 'createOnly' : 'upsert';
      const etag = ifMatch && ifMatch !== '*' ? ifMatch : undefined;
      return written(ctx, t, service.upsert(t, id, parseBody(req.body), identity, mode, etag));
    }
    case 'DELETE':
      return { status: 204, headers: { ...ODATA }, events: service.delete(t, id, identity).events };
    default:
      throw unsupported();
  }
}

function collection(ctx: Context, t: TableMeta): HttpResult {
  const { rows, count } = ctx.service.list(t, ctx.params, { annotations: ctx.annotations, base: ctx.base });
  const body = {
    '@odata.context': context(ctx, t, false),
    ...(count === undefined ? {} : { '@odata.count': count }),
    value: rows,
  };
  return { status: 200, headers: { ...JSON_TYPE, ...applied(ctx, false) }, body, events: [] };
}

/** 204 with OData-EntityId, or the row (201 created / 200 updated) when `Prefer: return=representation`. */
function written(ctx: Context, t: TableMeta, result: WriteResult): HttpResult {
  const headers: Record<string, string> = { ...ODATA, 'OData-EntityId': `${ctx.base}/${t.setName}(${result.id})` };
  if (!ctx.prefer.representation) return { status: 204, headers, events: result.events };
  const row = ctx.service.get(t, result.id, ctx.params, { annotations: ctx.annotations, base: ctx.base });
  return {
    status: result.created ? 201 : 200,
    headers: { ...headers, ...JSON_TYPE, ...applied(ctx, true) },
    body: { '@odata.context': context(ctx, t, true), ...row },
    events: result.events,
  };
}

/** `…/$metadata#accounts(name,primarycontactid(fullname))/$entity`. */
function context(ctx: Context, t: TableMeta, entity: boolean): string {
  const columns = contextColumns(ctx.params.get('$select'), ctx.params.get('$expand'));
  return `${ctx.base}/$metadata#${t.setName}${columns ? `(${columns})` : ''}${entity ? '/$entity' : ''}`;
}

function applied(ctx: Context, returned: boolean): Record<string, string> {
  const value = appliedPreferences(ctx.prefer, returned);
  return value ? { 'Preference-Applied': value } : {};
}

function recordId(key: string): string {
  const id = key.replace(/^\{(.*)\}$/, '$1');
  if (isGuid(id)) return id.toLowerCase();
  if (key.includes('=')) throw errors.notModelled(`alternate keys (${key})`);
  throw errors.badRequest(`Bad Request - Error in query syntax. '${key}' is not a valid Edm.Guid key.`);
}

function callerIdentity(service: DataverseService, callerId: string | undefined, fallback: string): string {
  if (!callerId) return fallback;
  const id = callerId.replace(/^\{(.*)\}$/, '$1').toLowerCase();
  const identity = isGuid(id) ? service.identityOf(id) : undefined;
  if (!identity) throw errors.notFound('systemuser', callerId);
  return identity;
}

/** A request body as JSON ({} when empty); a 400 when it is not JSON. */
export function parseBody(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest('The request body is not valid JSON.');
  }
}
