// Partner Center webhooks: the tenant's single registration (one URL for its events), the events raised by
// referral changes, queued until the scenario flushes them, and their delivery by HTTP POST: signed, retried
// up to 10 attempts when the receiver fails, then moved to the offline queue with no further attempts.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Clock, HttpClient } from '../contracts';
import { eventsError } from './errors';
import type { Delivery, Registration, WebhookPayload } from './types';
import { EVENTS_HOST, WEBHOOK_EVENTS } from './types';

/** The certificate URL of the documented sample delivery. */
export const CERTIFICATE_URL =
  'https://3psostorageacct.blob.core.windows.net/cert/pcnotifications-dispatch.microsoft.com.cer';

let keys: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
/** One RSA key pair per process: the only non-deterministic bytes the double produces are the signatures. */
export function signingKeys() {
  return (keys ??= generateKeyPairSync('rsa', { modulusLength: 2048 }));
}
const rsaSign = (body: string) => createSign('sha256').update(body, 'utf8').sign(signingKeys().privateKey, 'base64');

/** The webhook URL of an event's resource: documented as `{baseURL}/engagements/v1/referrals/{id}`. */
export const resourceUriOf = (referralId: string) => `https://${EVENTS_HOST}/engagements/v1/referrals/${referralId}`;

/** Reads a registration body; the service binds `WebhookUrl`, `WebhookEvents`... case-insensitively. */
function parseRegistration(body: unknown): Omit<Registration, 'SubscriberId'> {
  const fields = new Map(
    Object.entries(body && typeof body === 'object' ? body : {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const url = fields.get('webhookurl');
  const events = fields.get('webhookevents');
  const header = fields.get('signaturetokentomssignatureheader') ?? false;
  if (typeof url !== 'string' || !/^https?:\/\/[^/\s]+/i.test(url))
    throw eventsError(400, 'invalidRequest', 'WebhookUrl must be an absolute URL.');
  if (!Array.isArray(events) || events.length === 0)
    throw eventsError(400, 'invalidRequest', 'WebhookEvents must list at least one event.');
  const unknown = events.filter((e) => !(WEBHOOK_EVENTS as readonly unknown[]).includes(e));
  if (unknown.length) throw eventsError(400, 'invalidRequest', `Unsupported webhook events: ${unknown.join(', ')}.`);
  if (typeof header !== 'boolean')
    throw eventsError(400, 'invalidRequest', 'SignatureTokenToMsSignatureHeader must be a boolean.');
  return {
    WebhookUrl: url,
    WebhookEvents: [...new Set(events as string[])],
    SignatureTokenToMsSignatureHeader: header,
  };
}

export interface WebhookOptions {
  clock: Clock;
  subscriberId: string;
  maxAttempts: number;
  transport: HttpClient;
  sign?: (body: string) => string;
}

export class Webhooks {
  private current: Registration | undefined;
  private queue: WebhookPayload[] = [];
  readonly deliveries: Delivery[] = [];

  constructor(private readonly o: WebhookOptions) {}

  get registration(): Registration | undefined {
    return this.current && structuredClone(this.current);
  }

  /** GET /webhooks/v1/registration. */
  view(): Registration {
    if (!this.current) throw eventsError(404, 'notFound', 'No webhook is registered for this partner.');
    return structuredClone(this.current);
  }

  /** POST (create: 409 when the tenant has a registration, since one URL serves each event) or PUT (update). */
  register(body: unknown, mode: 'create' | 'update'): Registration {
    const parsed = parseRegistration(body);
    if (mode === 'create' && this.current) {
      throw eventsError(
        409,
        'conflict',
        `A webhook is already registered for ${this.current.WebhookEvents.join(', ')}: only one URL can be registered for a given event. Update the registration instead.`,
      );
    }
    if (mode === 'update' && !this.current)
      throw eventsError(404, 'notFound', 'No webhook is registered for this partner.');
    this.current = { SubscriberId: this.o.subscriberId, ...parsed };
    return structuredClone(this.current);
  }

  payloadOf(event: string, referralId: string, at: string): WebhookPayload {
    return {
      EventName: event,
      ResourceUri: resourceUriOf(referralId),
      ResourceName: 'referral',
      AuditUri: null,
      ResourceChangeUtcDate: at,
    };
  }

  /** Queues an event if the registration subscribes to it. */
  raise(event: string, referralId: string, at: string): void {
    if (this.current?.WebhookEvents.includes(event)) this.queue.push(this.payloadOf(event, referralId, at));
  }

  get pending(): WebhookPayload[] {
    return structuredClone(this.queue);
  }

  /** Deliveries that failed every attempt. */
  get offlineQueue(): Delivery[] {
    return this.deliveries.filter((d) => !d.delivered);
  }

  /** Delivers the queued events in order (each with its retries); returns their deliveries. */
  async deliverPending(): Promise<Delivery[]> {
    const out: Delivery[] = [];
    while (this.queue.length) out.push(await this.send(this.queue.shift()!));
    return out;
  }

  /** Delivers `event` for a referral now, `times` times (Partner Center may call a webhook more than once). */
  async deliver(event: string, referralId: string, times = 1): Promise<Delivery[]> {
    if (!this.current) throw new Error('deliver: no webhook is registered');
    const payload = this.payloadOf(event, referralId, this.o.clock.now().toISOString());
    const out: Delivery[] = [];
    for (let i = 0; i < times; i++) out.push(await this.send(structuredClone(payload)));
    return out;
  }

  private async send(payload: WebhookPayload): Promise<Delivery> {
    const registration = this.current;
    const url = registration?.WebhookUrl ?? '';
    const body = JSON.stringify(payload);
    const signature = `Signature ${(this.o.sign ?? rsaSign)(body)}`;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      [registration?.SignatureTokenToMsSignatureHeader ? 'x-ms-signature' : 'Authorization']: signature,
      'x-ms-certificate-url': CERTIFICATE_URL,
      'x-ms-signature-algorithm': 'rsa-sha256',
    };
    const delivery: Delivery = { payload, url, headers, attempts: [], delivered: false };
    this.deliveries.push(delivery);
    if (!registration) return delivery;
    for (let i = 0; i < this.o.maxAttempts && !delivery.delivered; i++) {
      const at = this.o.clock.now().toISOString();
      try {
        const response = await this.o.transport.request('POST', url, headers, payload);
        delivery.attempts.push({ at, statusCode: response.statusCode });
        delivery.delivered = response.statusCode >= 200 && response.statusCode < 300;
      } catch (e) {
        delivery.attempts.push({ at, error: (e as Error).message });
      }
    }
    return delivery;
  }
}
