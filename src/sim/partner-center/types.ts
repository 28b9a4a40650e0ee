// Shared types of the Partner Center double: stored referrals, webhook events and deliveries, options.
import type { Clock, HttpClient } from '../contracts';

/** A referral as the service stores and returns it: untyped JSON, checked field by field by the double. */
export type ReferralJson = Record<string, any>;

/**
 * Whose referral it is inside an engagement. `partner`: the partner's own (outgoing, or incoming from Microsoft);
 * `microsoft`: Microsoft's side of a co-sell engagement (target BusinessProfileLocation 'msft'). Changes to the
 * first raise `referral-*` events, changes to the second `related-referral-*` events.
 */
export type ReferralSide = 'partner' | 'microsoft';

/** What made a change: the REST API (the sync), the Partner Center UI, Microsoft (MSX), or the service itself. */
export type ChangeChannel = 'API' | 'PartnerCenter' | 'MSX' | 'System';

export interface ChangeRecord {
  at: string;
  referralId: string;
  kind: 'created' | 'updated';
  via: ChangeChannel;
  identity: string;
  /** The JSON Patch operations of an update. */
  operations?: unknown[];
}

export const WEBHOOK_EVENTS = [
  'referral-created',
  'referral-updated',
  'related-referral-created',
  'related-referral-updated',
  'test-created',
  'subscription-updated',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** The callback body Partner Center posts (partner-center-webhook-events). */
export interface WebhookPayload {
  EventName: string;
  ResourceUri: string;
  ResourceName: string;
  AuditUri: string | null;
  ResourceChangeUtcDate: string;
}

export interface DeliveryAttempt {
  at: string;
  /** The receiver's status code, or undefined when the connection failed. */
  statusCode?: number;
  error?: string;
}

export interface Delivery {
  payload: WebhookPayload;
  url: string;
  headers: Record<string, string>;
  attempts: DeliveryAttempt[];
  delivered: boolean;
}

export interface Registration {
  SubscriberId: string;
  WebhookUrl: string;
  WebhookEvents: string[];
  SignatureTokenToMsSignatureHeader: boolean;
}

export interface FaultSpec {
  status: number;
  /** How many of the next matching calls fail (default 1). */
  count?: number;
  /** Retry-After in seconds. */
  retryAfter?: number;
  /** Only calls with this method (e.g. PATCH) and/or whose path matches. */
  method?: string;
  path?: string | RegExp;
}

export interface RecordedRequest {
  at: string;
  method: string;
  /** Public host the call was meant for (X-Forwarded-Host), or the loopback host. */
  host: string;
  /** Path and query as received. */
  url: string;
  identity?: string;
  headers: Record<string, string>;
  body?: unknown;
  statusCode: number;
}

export interface PartnerCenterOptions {
  clock: Clock;
  /** Seeds every derived id (referrals, engagements, eTags, request ids). */
  seed?: string;
  /** Server page size of the list (the docs: 100 at most). */
  pageSize?: number;
  /** The partner organization that owns the sync's referrals. */
  partner?: { organizationId: string; organizationName: string; tenantId?: string };
  /** When set, only these identities may call the API; others get 403 (no Referrals role). */
  users?: string[];
  /** Delivery attempts per event before it moves to the offline queue (documented: 10). */
  maxDeliveryAttempts?: number;
  /** Posts webhook deliveries; default a real HTTP POST to the registered URL. */
  deliveryTransport?: HttpClient;
  /** Signs a delivery body (base64); default RSA-SHA256 with a key generated per process. */
  sign?: (body: string) => string;
}

export const REFERRALS_HOST = 'api.partner.microsoft.com';
export const EVENTS_HOST = 'api.partnercenter.microsoft.com';
export const REFERRALS_BASE = '/v1.0/engagements/referrals';
