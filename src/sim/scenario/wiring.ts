// What sits between the flows and the doubles during a scenario: every connector call and Http action is
// logged (the outbound log), faults of Dataverse and of other HTTP are injected here (Partner Center injects
// its own, server-side), and requests to the webhook receiver are logged with their answers.
import type { ConnectorAdapter, HttpClient, ServiceResponse } from '../contracts';
import { httpClient, toLoopback } from '../partner-center/http';

export interface OutboundCall {
  at: string;
  service: 'dataverse' | 'partnerCenter' | 'http';
  /** The connector operation, or the HTTP method. */
  operation: string;
  url?: string;
  identity?: string;
  status?: number;
  error?: string;
}

export interface WebhookCall {
  at: string;
  /** `partnerCenter`: a delivery attempt by the double; `post`: a `webhook.post` step. */
  via: 'partnerCenter' | 'post';
  ref?: string;
  event?: string;
  referral?: string;
  resourceUri?: string;
  status?: number;
  body?: unknown;
  error?: string;
}

export interface LocalFault {
  service: 'dataverse' | 'http';
  status: number;
  left: number;
  retryAfter?: number;
  operation?: string;
  method?: string;
  path?: string;
  /** Dataverse: only calls on this entity set (the connector's `entityName`), e.g. `cosell_partnercentersolutions`. */
  table?: string;
}

const DATAVERSE_CODES: Record<number, string> = { 429: '0x80072322', 503: '0x80072321' };

function faultResponse(f: LocalFault): ServiceResponse {
  const code = f.service === 'dataverse' ? (DATAVERSE_CODES[f.status] ?? '0x80040216') : 'SimulatedFault';
  return {
    statusCode: f.status,
    headers: f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {},
    body: { error: { code, message: `An injected fault: ${f.status} (scenario step 'fault').` } },
  };
}

export class Wiring {
  readonly outbound: OutboundCall[] = [];
  readonly webhook: WebhookCall[] = [];
  private readonly faults: LocalFault[] = [];

  constructor(
    private readonly now: () => string,
    /** Public callback URLs -> the simulator's loopback listener. */
    private readonly toListener: (url: string) => string = (url) => url,
  ) {}

  addFault(f: Omit<LocalFault, 'left'> & { count?: number }): void {
    const { count, ...rest } = f;
    this.faults.push({ ...rest, left: count ?? 1 });
  }

  private takeFault(service: LocalFault['service'], operation: string, url?: string, table?: unknown): LocalFault | undefined {
    const f = this.faults.find(
      (q) =>
        q.service === service &&
        (!q.operation || q.operation === operation) &&
        (!q.table || q.table === table) &&
        (!q.method || q.method.toUpperCase() === operation.toUpperCase()) &&
        (!q.path || (url !== undefined && new URL(url).pathname.startsWith(q.path))),
    );
    if (f && --f.left === 0) this.faults.splice(this.faults.indexOf(f), 1);
    return f;
  }

  /** A connector adapter that logs each call (and answers Dataverse faults before reaching the double). */
  adapter(service: 'dataverse' | 'partnerCenter', inner: ConnectorAdapter): ConnectorAdapter {
    return {
      invoke: async (request) => {
        const call: OutboundCall = { at: this.now(), service, operation: request.operationId, identity: request.identity };
        this.outbound.push(call);
        const fault = service === 'dataverse' ? this.takeFault('dataverse', request.operationId, undefined, request.parameters.entityName) : undefined;
        if (fault) {
          call.status = fault.status;
          return faultResponse(fault);
        }
        try {
          const response = await inner.invoke(request);
          call.status = response.statusCode;
          return response;
        } catch (e) {
          call.error = (e as Error).message;
          throw e;
        }
      },
    };
  }

  /**
   * The Http action's client: Partner Center URLs reach the double, loopback URLs are sent as they are, and
   * anything else is answered 502: a scenario never reaches the network.
   */
  http(partnerCenter: HttpClient): HttpClient {
    return {
      request: async (method, publicUri, headers, body) => {
        const uri = this.toListener(publicUri);
        const call: OutboundCall = { at: this.now(), service: 'http', operation: method.toUpperCase(), url: publicUri };
        this.outbound.push(call);
        const fault = this.takeFault('http', method, uri);
        let response: ServiceResponse;
        if (fault) response = faultResponse(fault);
        else if (toLoopback(uri, 'http://x').host) response = await partnerCenter.request(method, uri, headers, body);
        else if (/^http:\/\/127\.0\.0\.1[:/]/.test(uri)) response = await httpClient.request(method, uri, headers, body);
        else {
          response = {
            statusCode: 502,
            headers: {},
            body: { error: { code: 'BadGateway', message: `The simulator does not reach ${uri}: only Partner Center hosts and loopback are served.` } },
          };
        }
        call.status = response.statusCode;
        return response;
      },
    };
  }

  /** Posts to the webhook receiver, logging the request and its answer. */
  async postWebhook(via: WebhookCall['via'], url: string, headers: Record<string, string>, body: unknown, ref?: string): Promise<ServiceResponse> {
    const payload = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const resourceUri = typeof payload.ResourceUri === 'string' ? payload.ResourceUri : undefined;
    const call: WebhookCall = {
      at: this.now(),
      via,
      ...(ref ? { ref } : {}),
      ...(typeof payload.EventName === 'string' ? { event: payload.EventName } : {}),
      ...(resourceUri ? { resourceUri, referral: resourceUri.split('/').pop() } : {}),
    };
    this.webhook.push(call);
    try {
      const response = await httpClient.request('POST', this.toListener(url), headers, body);
      call.status = response.statusCode;
      call.body = response.body;
      return response;
    } catch (e) {
      call.error = (e as Error).message;
      throw e;
    }
  }

  /** The Partner Center double's delivery transport: real POSTs, logged. */
  get deliveryTransport(): HttpClient {
    return { request: (_method, url, headers, body) => this.postWebhook('partnerCenter', url, headers, body) };
  }
}
