// The referrals of the partner tenant and their engagements: create, update under the documented rules,
// eTag and timestamps on every write, and a change record for each (which the webhooks turn into events).
import type { Clock } from '../contracts';
import { invalid, notFound, restError } from './errors';
import type { Ids } from './ids';
import { checkNewReferral, checkState, checkTransition, terminal } from './rules';
import type { ChangeChannel, ChangeRecord, ReferralJson, ReferralSide } from './types';
import { REFERRALS_BASE, REFERRALS_HOST } from './types';

/** Days a New referral waits for an answer before it expires ("currently 14 days"). */
const EXPIRY_DAYS = 14;

/** Fields a creator sets; everything else in a POST body (id, eTag, dates...) is assigned by the service. */
const WRITABLE = [
  'name',
  'externalReferenceId',
  'statusReason',
  'type',
  'qualification',
  'target',
  'customerProfile',
  'consent',
  'details',
  'team',
  'inviteContext',
  'salesStage',
  'campaignId',
  'referralProgram',
];

export interface Actor {
  via: ChangeChannel;
  identity: string;
}

export interface CreateOptions extends Actor {
  side: ReferralSide;
  direction: 'Incoming' | 'Outgoing';
  /** Initial status/substatus when the body gives none. */
  state: { status: string; substatus: string };
  /** Status given in the body is ignored (Microsoft's side starts New/Pending whatever the partner sends). */
  forceState?: boolean;
  organization: { organizationId: string; organizationName: string };
  trackingInfo?: ReferralJson;
  /** Record the referral without a change event (data that existed before the scenario). */
  silent?: boolean;
}

export class ReferralStore {
  private readonly rows = new Map<string, ReferralJson>();
  private readonly sides = new Map<string, ReferralSide>();
  readonly history: ChangeRecord[] = [];

  constructor(
    private readonly ids: Ids,
    private readonly clock: Clock,
    private readonly onChange: (change: ChangeRecord, side: ReferralSide) => void,
  ) {}

  /** The stored referral (not a copy): callers must not mutate it. */
  get(id: string): ReferralJson {
    const row = this.rows.get(id.toLowerCase());
    if (!row) throw notFound(id);
    return row;
  }

  has(id: string): boolean {
    return this.rows.has(id.toLowerCase());
  }

  sideOf(id: string): ReferralSide {
    this.get(id);
    return this.sides.get(id.toLowerCase())!;
  }

  /** Every referral, in creation order. */
  all(): ReferralJson[] {
    return [...this.rows.values()];
  }

  engagement(engagementId: string): ReferralJson[] {
    return this.all().filter((r) => r.engagementId === engagementId);
  }

  create(body: unknown, o: CreateOptions): ReferralJson {
    checkNewReferral(body);
    if (body.engagementId != null && !this.all().some((r) => r.engagementId === body.engagementId.toLowerCase())) {
      throw invalid(`The engagement '${body.engagementId}' does not exist.`, 'engagementId');
    }
    const now = this.clock.now();
    const at = now.toISOString();
    const given = !o.forceState && body.status != null;
    const status = given ? body.status : o.state.status;
    const substatus = given ? body.substatus : o.state.substatus;
    checkState(status, substatus);
    const id = this.ids.guid('referral');
    const engagementId = body.engagementId?.toLowerCase() ?? this.ids.guid('engagement');
    const input = structuredClone(
      Object.fromEntries(WRITABLE.filter((k) => body[k] !== undefined).map((k) => [k, body[k]])),
    );
    const row: ReferralJson = {
      id,
      engagementId,
      name: input.name ?? input.customerProfile.name,
      organizationId: o.organization.organizationId,
      organizationName: o.organization.organizationName,
      externalReferenceId: input.externalReferenceId ?? null,
      createdDateTime: at,
      updatedDateTime: at,
      expirationDateTime: status === 'New' ? new Date(now.getTime() + EXPIRY_DAYS * 86_400_000).toISOString() : null,
      // "For outgoing referrals, it's same date as referral creation datetime."
      acceptedDateTime: status === 'Active' || (o.direction === 'Outgoing' && o.side === 'partner') ? at : null,
      closedDateTime: status === 'Closed' ? at : null,
      status,
      substatus,
      statusReason: input.statusReason ?? null,
      type: input.type,
      qualification: input.qualification ?? 'None',
      direction: o.direction,
      target: input.target ?? [],
      customerProfile: input.customerProfile,
      consent: input.consent,
      details: input.details,
      team: input.team ?? [],
      inviteContext: input.inviteContext ?? {},
      salesStage: input.salesStage ?? null,
      ...(input.campaignId !== undefined ? { campaignId: input.campaignId } : {}),
      ...(input.referralProgram !== undefined ? { referralProgram: input.referralProgram } : {}),
      trackingInfo: { microsoftMsxId: null, ...o.trackingInfo },
      eTag: this.ids.eTag(),
      links: linksOf(id, engagementId),
      createdVia: o.via,
      lastModifiedVia: o.via,
    };
    this.rows.set(id, row);
    this.sides.set(id, o.side);
    this.record({ at, referralId: id, kind: 'created', via: o.via, identity: o.identity }, o.side, o.silent);
    return row;
  }

  /**
   * Changes a referral: `mutate` edits a draft, then the status rules are checked, the eTag and updatedDateTime
   * bumped and the change recorded. `ifMatch`, when given, must be the current eTag (or `*`).
   */
  update(
    id: string,
    mutate: (draft: ReferralJson) => void,
    o: Actor & { ifMatch?: string; operations?: unknown[] },
  ): ReferralJson {
    const row = this.get(id);
    if (o.ifMatch !== undefined && o.ifMatch !== '*' && o.ifMatch !== row.eTag) {
      throw restError(
        412,
        'The referral has been modified since it was read: the If-Match eTag does not match.',
        'referral',
      );
    }
    if (row.status === 'Closed') throw terminal(row);
    const draft = structuredClone(row);
    mutate(draft);
    if (draft.status !== row.status || draft.substatus !== row.substatus) checkTransition(row, draft);
    if (
      row.consent?.consentToShareReferralWithMicrosoftSellers === true &&
      draft.consent?.consentToShareReferralWithMicrosoftSellers !== true
    ) {
      throw invalid(
        'Sharing with Microsoft sellers cannot be reverted once enabled.',
        'consent.consentToShareReferralWithMicrosoftSellers',
      );
    }
    for (const key of ['id', 'engagementId', 'createdDateTime', 'direction', 'organizationId', 'eTag']) {
      if (draft[key] !== row[key]) throw invalid(`'${key}' is read-only.`, key);
    }
    const at = this.clock.now().toISOString();
    if (draft.status === 'Active' && row.status !== 'Active') draft.acceptedDateTime ??= at;
    if (draft.status === 'Closed') draft.closedDateTime = at;
    if (draft.status !== 'New') draft.expirationDateTime = null;
    Object.assign(draft, { updatedDateTime: at, eTag: this.ids.eTag(), lastModifiedVia: o.via });
    this.rows.set(row.id, draft);
    const change: ChangeRecord = { at, referralId: row.id, kind: 'updated', via: o.via, identity: o.identity };
    this.record(o.operations ? { ...change, operations: o.operations } : change, this.sides.get(row.id)!);
    return draft;
  }

  private record(change: ChangeRecord, side: ReferralSide, silent = false): void {
    this.history.push(change);
    if (!silent) this.onChange(change, side);
  }
}

/** The referral's links, on the public host (the docs' samples misspell the path as /engagments/). */
export function linksOf(id: string, engagementId: string): ReferralJson {
  const base = `https://${REFERRALS_HOST}${REFERRALS_BASE}`;
  return {
    relatedReferrals: { uri: `${base}?$filter=engagementId eq '${engagementId}'`, method: 'GET' },
    self: { uri: `${base}/${id}`, method: 'GET' },
  };
}
