// The double's loopback HTTP server (node:http, 127.0.0.1, port 0): reads the request, applies injected faults,
// authenticates the bearer token (the token is the caller's identity), routes, and records every call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../contracts';
import { invalid, restError, ServiceError } from './errors';
import type { Faults } from './faults';
import type { Ids } from './ids';
import { route, type RouteContext, type RouteResponse } from './routes';
import type { RecordedRequest } from './types';

export interface ServerOptions {
  context: RouteContext;
  faults: Faults;
  ids: Ids;
  clock: Clock;
  users?: string[];
  requests: RecordedRequest[];
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('The request body is not valid JSON.', 'body');
  }
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function identityOf(headers: Record<string, string>, users: string[] | undefined): string {
  const m = /^Bearer\s+(\S.*)$/i.exec(headers.authorization ?? '');
  if (!m)
    throw restError(401, 'The request is not authenticated: a bearer token is required.', undefined, 'unauthenticated');
  const identity = m[1]!.trim();
  if (users && !users.includes(identity)) {
    throw restError(
      403,
      `'${identity}' does not have the Referrals Admin or Referrals User role.`,
      undefined,
      'accessDenied',
    );
  }
  return identity;
}

async function handle(o: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = headersOf(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const host = headers['x-forwarded-host']?.toLowerCase();
  const record: RecordedRequest = {
    at: o.clock.now().toISOString(),
    method,
    host: host ?? headers.host ?? '',
    url: req.url ?? '/',
    headers,
    statusCode: 0,
  };
  o.requests.push(record);
  let response: RouteResponse;
  try {
    const body = await readBody(req);
    if (body !== undefined) record.body = body;
    const fault = o.faults.take(method, url.pathname);
    if (fault) throw fault;
    const identity = identityOf(headers, o.users);
    record.identity = identity;
    response = route(o.context, {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      identity,
      ...(host ? { host } : {}),
    });
  } catch (e) {
    const error = e instanceof ServiceError ? e : restError(500, `Internal error: ${(e as Error).message}`);
    response = { statusCode: error.statusCode, headers: error.headers, body: error.body };
  }
  record.statusCode = response.statusCode;
  const out: Record<string, string> = { 'request-id': o.ids.guid('request'), ...response.headers };
  for (const echo of ['client-request-id', 'ms-correlationid']) if (headers[echo]) out[echo] = headers[echo]!;
  const text = response.body === undefined ? '' : JSON.stringify(response.body);
  if (text) out['Content-Type'] = 'application/json; charset=utf-8';
  res.writeHead(response.statusCode, out).end(text);
}

/** Starts the server on 127.0.0.1 and an ephemeral port; resolves with it and its base URL. */
export async function startServer(o: ServerOptions): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => void handle(o, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

export async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}
