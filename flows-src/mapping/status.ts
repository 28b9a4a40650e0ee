// Referral status/substatus <-> opportunity statecode/statuscode, with the readable text the audit shows.
// One table per direction; flows look values up in it at run time, so the tables are the only source.
import type { ReferralStatus, ReferralSubstatus } from '../../connector/partner-center-referrals';
import { $, type Ref, type Value } from '../../src/dsl';
import { described } from './describe';
import { lookup, text } from './expr';

/** opportunity.statecode and statuscode values (Dynamics 365 Sales). */
export const OpportunityState = { open: 0, won: 1, lost: 2 } as const;
export const OpportunityStatus = { inProgress: 1, onHold: 2, won: 3, canceled: 4, outSold: 5 } as const;

export interface DynamicsStatus {
  statecode: number;
  statuscode: number;
  /** Readable text for the audit trail. */
  text: string;
}

/**
 * Partner Center -> Dynamics 365. An incoming referral waiting for acceptance is an opportunity On Hold: moving it
 * to In Progress accepts it, closing it as lost declines it.
 */
export const dynamicsStatusOfReferral: Partial<Record<`${ReferralStatus}/${ReferralSubstatus}`, DynamicsStatus>> = {
  'New/Pending': { statecode: 0, statuscode: 2, text: 'New, waiting for acceptance' },
  'New/Received': { statecode: 0, statuscode: 2, text: 'New, received' },
  'Active/Accepted': { statecode: 0, statuscode: 1, text: 'Active, accepted' },
  'Closed/Won': { statecode: 1, statuscode: 3, text: 'Closed, won' },
  'Closed/Lost': { statecode: 2, statuscode: 4, text: 'Closed, lost' },
  'Closed/Declined': { statecode: 2, statuscode: 4, text: 'Closed, declined' },
  'Closed/Expired': { statecode: 2, statuscode: 4, text: 'Closed, expired' },
};

const defined = dynamicsStatusOfReferral as Record<string, DynamicsStatus>;

/**
 * The opportunity state a referral maps to, as one key: statecode, plus `h` for an open opportunity On Hold.
 * Both sides reduce to this key, so "already in sync" is one comparison.
 */
export const stateKeyOf = (s: DynamicsStatus): string =>
  `${s.statecode}${s.statecode === 0 && s.statuscode === 2 ? 'h' : ''}`;
const stateKeyTable = Object.fromEntries(Object.entries(defined).map(([k, v]) => [k, stateKeyOf(v)]));

type MaybeText = Value<string | null | undefined>;

const referralKey = (status: MaybeText, substatus: MaybeText) => $.concat(text(status), '/', text(substatus));

/** `{ statecode, statuscode, text }` for a referral's status and substatus; null for a combination Partner Center does not use. */
export const dynamicsStatus = (
  status: Value<string | null | undefined>,
  substatus: Value<string | null | undefined>,
): Ref<DynamicsStatus> => lookup<DynamicsStatus>(defined, referralKey(status, substatus));

/** The statuscode of the open opportunity a referral is (On Hold while it waits for acceptance, else In Progress). */
export const openStatusCode = described(
  'the open status of the status table: On Hold while the referral waits for acceptance, else In Progress; ' +
    'a won or lost referral then closes the opportunity',
  (status: MaybeText, substatus: MaybeText): Ref<number> =>
    $.coalesce<number>(
      lookup(
        Object.fromEntries(
          Object.entries(defined)
            .filter(([, v]) => v.statecode === 0)
            .map(([k, v]) => [k, v.statuscode]),
        ),
        referralKey(status, substatus),
      ),
      OpportunityStatus.inProgress,
    ),
);

/** Readable status text, e.g. `Closed, won`; the raw values when the combination is unknown. */
export const statusText = described(
  'the status text of the status table, e.g. `Closed, won`',
  (status: Value<string | null | undefined>, substatus: Value<string | null | undefined>): Ref<string> =>
    $.coalesce<string>(dynamicsStatus(status, substatus).text, referralKey(status, substatus)),
);

/** The referral's state key (see stateKeyOf). */
export const referralStateKey = (
  status: Value<string | null | undefined>,
  substatus: Value<string | null | undefined>,
): Ref<string> => text(lookup(stateKeyTable, referralKey(status, substatus)));

/** The opportunity's state key: `0h` open On Hold, `0` open, `1` won, `2` lost. */
export const opportunityStateKey = (
  statecode: Value<number | null | undefined>,
  statuscode: Value<number | null | undefined>,
): Ref<string> =>
  $.concat(
    $.string($.coalesce(statecode, 0)),
    $.if($.and($.equals($.coalesce(statecode, 0), 0), $.equals(statuscode, OpportunityStatus.onHold)), 'h', ''),
  );

/**
 * Dynamics 365 -> Partner Center: opportunity state key + `/` + referral status -> the status and substatus to send.
 * Won closes the referral as Won; lost closes it as Lost, or declines it while it still waits for acceptance;
 * moving a waiting referral's opportunity to In Progress accepts it. Anything else sends no status.
 */
export const referralTransitions: Record<string, { status: ReferralStatus; substatus: ReferralSubstatus }> = {
  '1/New': { status: 'Closed', substatus: 'Won' },
  '1/Active': { status: 'Closed', substatus: 'Won' },
  '2/New': { status: 'Closed', substatus: 'Declined' },
  '2/Active': { status: 'Closed', substatus: 'Lost' },
  '0/New': { status: 'Active', substatus: 'Accepted' },
};

/** The `{ status, substatus }` to send for this opportunity state, or null when nothing changes. */
export const referralTransition = described(
  'the status table (Dynamics 365 to Partner Center) for the opportunity state and the referral status',
  (
    statecode: Value<number | null | undefined>,
    statuscode: Value<number | null | undefined>,
    referralStatus: Value<string | null | undefined>,
  ): Ref<{ status: ReferralStatus; substatus: ReferralSubstatus } | null> =>
    lookup(referralTransitions, $.concat(opportunityStateKey(statecode, statuscode), '/', text(referralStatus))),
);

/** Closed referrals are terminal: Partner Center refuses any change. */
export const isClosed = (status: Value<string | null | undefined>): Ref<boolean> => $.equals(text(status), 'Closed');
