// The loopback HTTP listener: a real POST to a flow's callback URL runs the flow and answers
// with its Response. Listens on 127.0.0.1 at a port the system picks.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toJson, type Value } from '../../expr';
import type { ServiceResponse } from '../contracts';

export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** Parsed JSON for JSON content types, text otherwise, null when empty. */
  body: unknown;
}

export type RequestHandler = (request: IncomingRequest) => Promise<ServiceResponse>;

const error = (statusCode: number, code: string, message: string): ServiceResponse => ({
  statusCode,
  headers: {},
  body: { error: { code, message } },
});

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function send(res: ServerResponse, answer: ServiceResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  let payload = '';
  if (typeof answer.body === 'string') {
    payload = answer.body;
    if (!hasType) headers['Content-Type'] = 'text/plain; charset=utf-8';
  } else if (answer.body !== null && answer.body !== undefined) {
    payload = toJson(answer.body as Value);
    if (!hasType) headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  res.writeHead(answer.statusCode, headers);
  res.end(payload);
}

export class LoopbackListener {
  private server: Server | undefined;
  private base: string | undefined;

  constructor(private readonly handle: RequestHandler) {}

  get url(): string | undefined {
    return this.base;
  }

  async start(): Promise<string> {
    if (this.base) return this.base;
    const server = createServer((req, res) => {
      this.serve(req).then(
        (answer) => send(res, answer),
        (e) => send(res, error(500, 'SimulatorError', e instanceof Error ? e.message : String(e))),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.base;
  }

  private async serve(req: IncomingMessage): Promise<ServiceResponse> {
    const raw = await read(req);
    const headers = headersOf(req);
    const type = headers['content-type'] ?? '';
    let body: unknown = null;
    if (raw.length) {
      const text = raw.toString('utf8');
      if (/json/i.test(type)) {
        try {
          body = JSON.parse(text);
        } catch {
          return error(400, 'InvalidRequestContent', 'The request content is not valid JSON.');
        }
      } else body = text;
    }
    return this.handle({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', this.base), headers, body });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.base = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}

export { error as errorResponse };
