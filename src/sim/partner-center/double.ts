// The Partner Center double: the Referrals API and the webhooks API served on loopback, the referral store
// behind them, Microsoft's side as scenario steps, webhook deliveries the scenario flushes, and fault injection.
//   const pc = await new PartnerCenterDouble({ clock }).start();
//   pc.microsoft.createReferral({ customerProfile }); await pc.deliverPending(); ...; await pc.stop();
import type { Server } from 'node:http';
import type { HttpClient } from '../contracts';
import { Faults } from './faults';
import { httpClient, partnerCenterHttpClient } from './http';
import { Ids } from './ids';
import { applyPatch, parsePatch } from './json-patch';
import { MICROSOFT_IDENTITY, MicrosoftSide } from './microsoft';
import type { RouteContext } from './routes';
import { targetsMicrosoft } from './rules';
import { startServer, stopServer } from './server';
import { type Actor, ReferralStore } from './store';
import type {
  ChangeRecord,
  Delivery,
  FaultSpec,
  PartnerCenterOptions,
  RecordedRequest,
  ReferralJson,
  ReferralSide,
  Registration,
  WebhookPayload,
} from './types';
import { Webhooks } from './webhooks';

export const PARTNER_UI: Actor = { via: 'PartnerCenter', identity: 'partner' };

export class PartnerCenterDouble {
  /** Microsoft's actions: a seller's referral to the partner; accept, decline, close or update its referral. */
  readonly microsoft: MicrosoftSide;
  /** Every HTTP call the double received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Reaches the double for https://api.partner.microsoft.com/... and https://api.partnercenter.microsoft.com/... URLs. */
  readonly http: HttpClient;
  readonly partner: { organizationId: string; organizationName: string; tenantId: string };

  private readonly ids: Ids;
  private readonly store: ReferralStore;
  private readonly webhooks: Webhooks;
  private readonly faults = new Faults();
  private server: Server | undefined;
  private base: string | undefined;

  constructor(private readonly options: PartnerCenterOptions) {
    this.ids = new Ids(options.seed ?? 'partner-center');
    this.partner = {
      organizationId: options.partner?.organizationId ?? '4d6f4a5e-1d8c-4c64-9a43-2f8f2a6a1c01',
      organizationName: options.partner?.organizationName ?? 'Contoso Partner',
      tenantId: options.partner?.tenantId ?? this.ids.guid('tenant'),
    };
    this.store = new ReferralStore(this.ids, options.clock, (change, side) => this.raise(change, side));
    this.webhooks = new Webhooks({
      clock: options.clock,
      subscriberId: this.partner.tenantId,
      maxAttempts: options.maxDeliveryAttempts ?? 10,
      transport: options.deliveryTransport ?? httpClient,
      ...(options.sign ? { sign: options.sign } : {}),
    });
    this.microsoft = new MicrosoftSide(this.store, this.ids, this.partner);
    this.http = partnerCenterHttpClient(() => this.baseUrl);
  }

  async start(): Promise<this> {
    if (this.server) return this;
    const context: RouteContext = {
      store: this.store,
      webhooks: this.webhooks,
      pageSize: this.options.pageSize ?? 100,
      create: (body, actor) => this.create(body, actor),
    };
    const started = await startServer({
      context,
      faults: this.faults,
      ids: this.ids,
      clock: this.options.clock,
      requests: this.requests,
      ...(this.options.users ? { users: this.options.users } : {}),
    });
    this.server = started.server;
    this.base = started.baseUrl;
    return this;
  }

  async stop(): Promise<void> {
    if (this.server) await stopServer(this.server);
    this.server = undefined;
  }

  /** `http://127.0.0.1:<port>`: both hosts' paths are served there. */
  get baseUrl(): string {
    if (!this.base) throw new Error('the Partner Center double is not started');
    return this.base;
  }

  // ---- the partner's side outside the sync: the Partner Center UI, and the service itself ----

  /** A partner user creates a referral in Partner Center (or, with `silent`, it existed before the scenario). */
  createReferral(body: ReferralJson, o: { silent?: boolean } = {}): ReferralJson {
    return structuredClone(this.create(body, PARTNER_UI, o.silent));
  }

  /** A partner user edits a referral in Partner Center (JSON Patch with the API's rules). */
  updateReferral(id: string, operations: unknown[]): ReferralJson {
    const ops = parsePatch(operations);
    return structuredClone(this.store.update(id, (r) => applyPatch(r, ops), { ...PARTNER_UI, operations: ops }));
  }

  /** The 14-day rule: an unanswered referral is archived as Closed/Expired. */
  expire(id: string): ReferralJson {
    const actor: Actor = { via: 'System', identity: 'system' };
    return structuredClone(
      this.store.update(id, (r) => Object.assign(r, { status: 'Closed', substatus: 'Expired' }), actor),
    );
  }

  // ---- state ----

  referral(id: string): ReferralJson {
    return structuredClone(this.store.get(id));
  }
  referrals(): ReferralJson[] {
    return structuredClone(this.store.all());
  }
  /** The referrals sharing an engagement id (what `$filter=engagementId eq '<id>'` lists). */
  engagement(engagementId: string): ReferralJson[] {
    return structuredClone(this.store.engagement(engagementId));
  }
  sideOf(id: string): ReferralSide {
    return this.store.sideOf(id);
  }
  /** Every create and update, with who made it and how. */
  get history(): ChangeRecord[] {
    return structuredClone(this.store.history);
  }

  // ---- webhooks ----

  get registration(): Registration | undefined {
    return this.webhooks.registration;
  }
  /** Registers the webhook as the registration flow would (POST /webhooks/v1/registration). */
  register(url: string, events: string[], signatureInMsHeader = true): Registration {
    return this.webhooks.register(
      { WebhookUrl: url, WebhookEvents: events, SignatureTokenToMsSignatureHeader: signatureInMsHeader },
      'create',
    );
  }
  /** Events raised and not yet delivered, in order. */
  get pendingEvents(): WebhookPayload[] {
    return this.webhooks.pending;
  }
  deliverPending(): Promise<Delivery[]> {
    return this.webhooks.deliverPending();
  }
  deliver(event: string, referralId: string, times = 1): Promise<Delivery[]> {
    this.store.get(referralId);
    return this.webhooks.deliver(event, referralId, times);
  }
  get deliveries(): Delivery[] {
    return structuredClone(this.webhooks.deliveries);
  }
  /** Events that failed all their attempts. */
  get offlineQueue(): Delivery[] {
    return structuredClone(this.webhooks.offlineQueue);
  }

  // ---- faults ----

  /** The next `count` matching calls fail with `status` (and Retry-After when given). */
  fault(spec: FaultSpec): void {
    this.faults.add(spec);
  }
  get faultsRemaining(): number {
    return this.faults.remaining;
  }

  // ---- internals ----

  /** POST /referrals: the partner's own referral, or Microsoft's side of a co-sell (target 'msft'), New/Pending. */
  private create(body: unknown, actor: Actor, silent = false): ReferralJson {
    const forMicrosoft = !!body && typeof body === 'object' && targetsMicrosoft(body as ReferralJson);
    return this.store.create(body, {
      ...actor,
      side: forMicrosoft ? 'microsoft' : 'partner',
      direction: 'Outgoing',
      state: forMicrosoft ? { status: 'New', substatus: 'Pending' } : { status: 'Active', substatus: 'Accepted' },
      forceState: forMicrosoft,
      organization: forMicrosoft ? { organizationId: 'msft', organizationName: 'Microsoft' } : this.partner,
      silent,
    });
  }

  /** A change -> its webhook event: `referral-*` for the partner's referrals, `related-referral-*` for Microsoft's
   *  (only once the engagement has a referral of the partner's for it to be related to). */
  private raise(change: ChangeRecord, side: ReferralSide): void {
    if (side === 'partner') return this.webhooks.raise(`referral-${change.kind}`, change.referralId, change.at);
    const { engagementId } = this.store.get(change.referralId);
    if (this.store.engagement(engagementId).some((r) => this.store.sideOf(r.id) === 'partner')) {
      this.webhooks.raise(`related-referral-${change.kind}`, change.referralId, change.at);
    }
  }
}

export { MICROSOFT_IDENTITY };
