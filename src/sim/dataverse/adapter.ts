// The Dataverse connector (`shared_commondataserviceforapps`) over the double's Web API: each operation of an
// exported flow becomes the HTTP request the connector makes, as the action's identity (MSCRMCallerID), and
// the response comes back as the connector returns it.
import type { ConnectorAdapter, ConnectorRequest, ServiceResponse } from '../contracts';
import type { DataverseDouble } from './double';

export const DATAVERSE_API_NAME = 'shared_commondataserviceforapps';

const ANNOTATIONS = 'odata.include-annotations="*"';
/** Parameters of an operation that the double does not model: a flow using them fails the simulation loudly. */
const UNMODELLED = ['fetchXml', '$skiptoken', 'search'];
/** Response headers worth passing on (transport headers such as Date or Connection are dropped). */
const KEPT_HEADERS = new Set(['content-type', 'odata-version', 'odata-entityid', 'preference-applied']);

export function dataverseAdapter(double: DataverseDouble): ConnectorAdapter {
  return { invoke: (request) => invoke(double, request) };
}

async function invoke(double: DataverseDouble, request: ConnectorRequest): Promise<ServiceResponse> {
  if (request.apiName !== DATAVERSE_API_NAME) {
    throw new Error(`dataverse adapter: api '${request.apiName}' is not ${DATAVERSE_API_NAME}`);
  }
  const p = request.parameters;
  for (const key of UNMODELLED) {
    if (p[key] !== undefined && p[key] !== null && p[key] !== '') {
      throw new Error(
        `dataverse adapter: ${request.operationId} with '${key}' is not modelled by the Dataverse double`,
      );
    }
  }
  const set = () => text(p.entityName, 'entityName');
  const row = () => `${set()}(${text(p.recordId, 'recordId').replace(/^\{(.*)\}$/, '$1')})`;
  const call = (
    method: string,
    path: string,
    o: { query?: Record<string, unknown>; body?: unknown; headers?: Record<string, string> } = {},
  ) => send(double, request.identity, method, path, o);
  const write = { Prefer: `return=representation,${ANNOTATIONS}` };

  switch (request.operationId) {
    case 'ListRecords': {
      const res = await call('GET', set(), { query: pick(p, ['$select', '$filter', '$orderby', '$expand', '$top']) });
      return ok(res)
        ? {
            ...res,
            body: {
              ...(res.body as object),
              value: withItemIds(double, set(), (res.body as { value: unknown[] }).value),
            },
          }
        : res;
    }
    case 'GetItem':
      return rowResult(double, set(), await call('GET', row(), { query: pick(p, ['$select', '$expand']) }));
    case 'CreateRecord':
      return rowResult(double, set(), await call('POST', set(), { body: items(p), headers: write }));
    case 'UpdateOnlyRecord':
      return rowResult(
        double,
        set(),
        await call('PATCH', row(), { body: items(p), headers: { ...write, 'If-Match': '*' } }),
      );
    case 'UpdateRecord':
      return rowResult(double, set(), await call('PATCH', row(), { body: items(p), headers: write }));
    case 'DeleteRecord':
      return call('DELETE', row());
    case 'AssociateEntities': {
      const relationship = text(p.associationEntityRelationship, 'associationEntityRelationship');
      return call('POST', `${row()}/${relationship}/$ref`, { body: { '@odata.id': items(p)['@odata.id'] } });
    }
    case 'PerformUnboundAction':
      return call('POST', text(p.actionName, 'actionName'), { body: items(p) });
    default:
      throw new Error(`dataverse adapter: operation '${request.operationId}' is not modelled by the Dataverse double`);
  }
}

async function send(
  double: DataverseDouble,
  identity: string,
  method: string,
  path: string,
  o: { query?: Record<string, unknown>; body?: unknown; headers?: Record<string, string> },
): Promise<ServiceResponse> {
  const url = new URL(`${double.apiUrl}/${path}`);
  for (const [k, v] of Object.entries(o.query ?? {})) url.searchParams.set(k, String(v));
  const res = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      'OData-Version': '4.0',
      'OData-MaxVersion': '4.0',
      MSCRMCallerID: double.userId(identity),
      Prefer: ANNOTATIONS,
      ...(o.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...o.headers,
    },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const raw = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (KEPT_HEADERS.has(name)) headers[name] = value;
  });
  return { statusCode: res.status, headers, body: raw ? (JSON.parse(raw) as unknown) : undefined };
}

const ok = (res: ServiceResponse) => res.statusCode >= 200 && res.statusCode < 300;

/** The connector adds `ItemInternalId` (the row id) after the ETag of every row it returns. */
function withItemIds(double: DataverseDouble, set: string, rows: unknown[]): unknown[] {
  const primaryId = double.catalog.set(set)?.primaryId;
  return rows.map((r) => {
    const { '@odata.etag': etag, ...rest } = r as Record<string, unknown>;
    return {
      ...(etag === undefined ? {} : { '@odata.etag': etag }),
      ItemInternalId: primaryId ? rest[primaryId] : undefined,
      ...rest,
    };
  });
}

function rowResult(double: DataverseDouble, set: string, res: ServiceResponse): ServiceResponse {
  if (!ok(res) || typeof res.body !== 'object' || res.body === null) return res;
  const { '@odata.context': context, ...row } = res.body as Record<string, unknown>;
  return { ...res, body: { '@odata.context': context, ...(withItemIds(double, set, [row])[0] as object) } };
}

/** `item/<column>` and `item/<Nav>@odata.bind` parameters (nested with `/`) as the request body. */
function items(p: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = typeof p.item === 'object' && p.item !== null ? { ...(p.item as object) } : {};
  for (const [key, value] of Object.entries(p)) {
    if (!key.startsWith('item/')) continue;
    const path = key.slice(5).split('/');
    let target = body;
    for (const segment of path.slice(0, -1)) {
      if (typeof target[segment] !== 'object' || target[segment] === null) target[segment] = {};
      target = target[segment] as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = value;
  }
  return body;
}

function pick(p: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((k) => p[k] !== undefined && p[k] !== null && p[k] !== '').map((k) => [k, p[k]]),
  );
}

function text(v: unknown, name: string): string {
  if (typeof v !== 'string' || !v) throw new Error(`dataverse adapter: parameter '${name}' is required`);
  return v;
}
