// The endpoints the double serves, by host and path:
//   api.partner.microsoft.com        GET|POST /v1.0/engagements/referrals, GET|PATCH /v1.0/engagements/referrals/{id}
//   api.partnercenter.microsoft.com  GET|POST|PUT /webhooks/v1/registration, GET /webhooks/v1/registration/events,
//                                    GET /engagements/v1/referrals/{id} (the webhook's ResourceUri)
import { eventsError, restError, ServiceError } from './errors';
import { parsePatch, applyPatch } from './json-patch';
import { listPage } from './query';
import type { Actor, ReferralStore } from './store';
import type { ReferralJson } from './types';
import { EVENTS_HOST, REFERRALS_BASE, REFERRALS_HOST, WEBHOOK_EVENTS } from './types';
import type { Webhooks } from './webhooks';

export interface RouteRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: unknown;
  /** The public host the caller meant (X-Forwarded-Host), when it said. */
  host?: string;
  identity: string;
}

export interface RouteResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface RouteContext {
  store: ReferralStore;
  webhooks: Webhooks;
  pageSize: number;
  /** POST /referrals on behalf of the partner. */
  create(body: unknown, actor: Actor): ReferralJson;
}

const ok = (body: unknown, statusCode = 200, headers: Record<string, string> = {}): RouteResponse => ({
  statusCode,
  headers,
  body,
});
const withETag = (r: ReferralJson, statusCode = 200) => ok(structuredClone(r), statusCode, { ETag: r.eTag });
const methodNotAllowed = (method: string, path: string) =>
  restError(
    405,
    `The requested resource does not support http method '${method}': ${path}`,
    undefined,
    'invalidRequest',
  );

/** Which host serves a path (undefined: none). */
function hostOf(path: string): string | undefined {
  if (path === REFERRALS_BASE.toLowerCase() || path.startsWith(`${REFERRALS_BASE.toLowerCase()}/`))
    return REFERRALS_HOST;
  if (path.startsWith('/webhooks/v1/') || path.startsWith('/engagements/v1/referrals/')) return EVENTS_HOST;
  return undefined;
}

export function route(ctx: RouteContext, req: RouteRequest): RouteResponse {
  const path = req.path.toLowerCase().replace(/(.)\/$/, '$1');
  const host = hostOf(path);
  if (!host || (req.host && req.host !== host)) {
    throw restError(
      404,
      `No HTTP resource was found that matches the request URI 'https://${req.host ?? host}${req.path}'.`,
      undefined,
      'itemNotFound',
    );
  }
  const actor: Actor = { via: 'API', identity: req.identity };
  const { method } = req;
  const segments = path.split('/').filter(Boolean);

  if (host === REFERRALS_HOST) {
    if (segments.length === 3) {
      if (method === 'GET') return ok(listPage(ctx.store.all(), req.query, ctx.pageSize));
      if (method === 'POST') return withETag(ctx.create(req.body, actor));
      throw methodNotAllowed(method, req.path);
    }
    if (segments.length !== 4)
      throw restError(404, `No HTTP resource was found that matches the request URI '${req.path}'.`);
    const id = decodeURIComponent(segments[3]!);
    if (method === 'GET') return withETag(ctx.store.get(id));
    if (method !== 'PATCH') throw methodNotAllowed(method, req.path);
    // 404, then 412, then the body's 400s.
    const ifMatch = req.headers['if-match'];
    const current = ctx.store.get(id);
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== current.eTag) {
      throw restError(
        412,
        'The referral has been modified since it was read: the If-Match eTag does not match.',
        'referral',
      );
    }
    const ops = parsePatch(req.body);
    const updated = ctx.store.update(id, (draft) => applyPatch(draft, ops), { ...actor, ifMatch, operations: ops });
    const representation = (req.headers.prefer ?? '').split(/[,;]/).some((p) => p.trim() === 'return=representation');
    return representation ? withETag(updated) : { statusCode: 204, headers: { ETag: updated.eTag } };
  }

  // api.partnercenter.microsoft.com
  if (segments[0] === 'engagements') {
    if (method !== 'GET' || segments.length !== 4) throw methodNotAllowed(method, req.path);
    return withETag(ctx.store.get(decodeURIComponent(segments[3]!)));
  }
  if (path === '/webhooks/v1/registration/events' && method === 'GET') return ok([...WEBHOOK_EVENTS]);
  if (path !== '/webhooks/v1/registration') throw eventsError(404, 'notFound', `No resource matches '${req.path}'.`);
  if (method === 'GET') return ok(ctx.webhooks.view());
  if (method === 'POST') return ok(ctx.webhooks.register(req.body, 'create'));
  if (method === 'PUT') return ok(ctx.webhooks.register(req.body, 'update'));
  throw new ServiceError(405, { code: 'methodNotAllowed', description: `${method} is not supported on ${req.path}.` });
}
