// Microsoft's side of co-sell, as scenario steps: a Microsoft seller refers a deal to the partner, and Microsoft
// accepts, declines, updates or closes its referral of an engagement. These are changes by the `microsoft`
// identity through MSX, never calls of the partner's API; they raise the same webhook events a real change does.
import type { PatchOp } from './json-patch';
import { applyPatch } from './json-patch';
import type { Ids } from './ids';
import type { Actor, ReferralStore } from './store';
import type { ReferralJson } from './types';

export const MICROSOFT_IDENTITY = 'microsoft';
const MICROSOFT: Actor = { via: 'MSX', identity: MICROSOFT_IDENTITY };
const MICROSOFT_ORG = { organizationId: 'msft', organizationName: 'Microsoft' };

/** What a Microsoft seller fills in when referring a deal; the rest gets co-sell defaults. */
export interface MicrosoftReferralInput {
  customerProfile: ReferralJson;
  details?: ReferralJson;
  consent?: ReferralJson;
  name?: string;
  notes?: string;
  assistanceRequestCode?: string;
  team?: ReferralJson[];
  /** The Microsoft CRM opportunity id; derived when absent. */
  msxId?: string;
}

export class MicrosoftSide {
  constructor(
    private readonly store: ReferralStore,
    private readonly ids: Ids,
    private readonly partner: { organizationId: string; organizationName: string },
  ) {}

  /**
   * A Microsoft seller refers a co-sell deal to the partner: Microsoft's referral (Active/Accepted, with its MSX
   * id) and the partner's Incoming referral (New/Pending) in one new engagement. Raises `referral-created`.
   */
  createReferral(input: MicrosoftReferralInput): { microsoft: ReferralJson; partner: ReferralJson } {
    const msxId = input.msxId ?? this.ids.msxId();
    const common = {
      name: input.name,
      type: 'Shared',
      qualification: 'SalesQualified',
      customerProfile: input.customerProfile,
      consent: input.consent ?? {
        consentToToShareInfoWithOthers: true,
        consentToContact: true,
        consentToShareReferralWithMicrosoftSellers: true,
      },
      details: input.details ?? {},
      team: input.team ?? [],
    };
    const microsoft = this.store.create(
      { ...common, target: [{ type: 'BusinessProfileLocation', id: 'msft' }] },
      {
        ...MICROSOFT,
        side: 'microsoft',
        direction: 'Outgoing',
        state: { status: 'Active', substatus: 'Accepted' },
        organization: MICROSOFT_ORG,
        trackingInfo: { microsoftMsxId: msxId },
      },
    );
    const partner = this.store.create(
      {
        ...common,
        engagementId: microsoft.engagementId,
        target: [],
        inviteContext: {
          notes: input.notes ?? '',
          ...(input.assistanceRequestCode ? { assistanceRequestCode: input.assistanceRequestCode } : {}),
          invitedBy: MICROSOFT_ORG,
        },
      },
      {
        ...MICROSOFT,
        side: 'partner',
        direction: 'Incoming',
        state: { status: 'New', substatus: 'Pending' },
        organization: this.partner,
        trackingInfo: { microsoftMsxId: msxId },
      },
    );
    return { microsoft: structuredClone(microsoft), partner: structuredClone(partner) };
  }

  /** Microsoft accepts its referral of an engagement (New -> Active/Accepted) and fills in its MSX id. */
  accept(referralId: string, msxId?: string): ReferralJson {
    return this.change(referralId, (r) => {
      Object.assign(r, { status: 'Active', substatus: 'Accepted' });
      r.trackingInfo = {
        ...r.trackingInfo,
        microsoftMsxId: msxId ?? r.trackingInfo?.microsoftMsxId ?? this.ids.msxId(),
      };
    });
  }

  /** Microsoft declines (-> Closed/Declined). */
  decline(referralId: string, reason = 'Declined by Microsoft'): ReferralJson {
    return this.change(referralId, (r) =>
      Object.assign(r, { status: 'Closed', substatus: 'Declined', statusReason: reason }),
    );
  }

  /** Microsoft closes the deal (-> Closed/Won or Closed/Lost). */
  close(referralId: string, outcome: 'Won' | 'Lost', reason?: string): ReferralJson {
    return this.change(referralId, (r) =>
      Object.assign(r, { status: 'Closed', substatus: outcome, statusReason: reason ?? null }),
    );
  }

  /** Any other change by Microsoft, as JSON Patch replace/add on any path (the status rules still apply). */
  update(referralId: string, operations: PatchOp[]): ReferralJson {
    return this.change(referralId, (r) => applyPatch(r, operations), operations);
  }

  /** Microsoft's referral in the engagement of `referralId`. */
  referralOf(referralId: string): ReferralJson | undefined {
    const engagementId = this.store.get(referralId).engagementId;
    const mine = this.store.engagement(engagementId).find((r) => this.store.sideOf(r.id) === 'microsoft');
    return mine && structuredClone(mine);
  }

  private change(referralId: string, mutate: (r: ReferralJson) => void, operations?: unknown[]): ReferralJson {
    if (this.store.sideOf(referralId) !== 'microsoft') {
      throw new Error(
        `referral ${referralId} is not Microsoft's: Microsoft can only change its own side of an engagement`,
      );
    }
    return structuredClone(
      this.store.update(referralId, mutate, { ...MICROSOFT, ...(operations ? { operations } : {}) }),
    );
  }
}
