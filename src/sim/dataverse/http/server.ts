// The double over real HTTP: node:http on 127.0.0.1, an ephemeral port. Change events fire right after the
// response is written, never inside the request.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChangeEvent } from '../events';
import type { DataverseService } from '../service';
import { type HttpRequest, type HttpResult, type Route, handleRequest, handleRouted } from './handler';

export class WebApiServer {
  private server?: Server;
  private origin = '';

  constructor(
    private readonly service: DataverseService,
    private readonly onEvents: (events: ChangeEvent[]) => void,
    private readonly defaultIdentity: string,
    /** The organization URL written in OData-EntityId and @odata.context (not the loopback address). */
    private readonly organizationUrl: string,
    /** Extension routes tried before the Web API (none: requests are answered synchronously, as before). */
    private readonly routes: readonly Route[] = [],
  ) {}

  /** Starts listening; returns the loopback URL (`http://127.0.0.1:<port>`). */
  async start(): Promise<string> {
    if (this.server) return this.origin;
    const server = createServer((req, res) => {
      res.sendDate = false; // responses stay deterministic
      this.serve(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
  }

  get url(): string {
    if (!this.server) throw new Error('dataverse double: the server is not started');
    return this.origin;
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
      );
      const request: HttpRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        origin: this.organizationUrl,
        defaultIdentity: this.defaultIdentity,
      };
      const failed = (e: unknown) => {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ error: { code: '0x80040216', message: `dataverse double: ${(e as Error).message}` } }),
        );
      };
      const respond = (result: HttpResult) => {
        const text = result.body === undefined ? '' : JSON.stringify(result.body);
        res.writeHead(result.status, result.headers);
        res.end(text);
        if (result.events.length) this.onEvents(result.events);
      };
      if (this.routes.length) {
        handleRouted(this.service, request, this.routes).then(respond, failed);
        return;
      }
      let result;
      try {
        result = handleRequest(this.service, request);
      } catch (e) {
        failed(e);
        return;
      }
      respond(result);
    });
  }
}
