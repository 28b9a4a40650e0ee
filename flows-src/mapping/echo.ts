// Echo and duplicate guards. Partner Center -> Dynamics 365 writes nothing when the opportunity already holds
// the referral's version: its eTag is in the audit trail, or every synced field (and the solution ids its rows
// took in) already agrees.
import type { Referral } from '../../connector/partner-center-referrals';
import type { OpportunityRow } from '../tables';
import { $, type Ref, type Value } from '../../src/dsl';
import { hasSeenVersion } from './audit';
import { at, text } from './expr';
import { helpAgrees, isVisible } from './help';
import { sameSolutionIds } from './solution-rows';
import { opportunityStateKey, referralStateKey } from './status';
import { dealValueOf } from './to-partner-center';
import { dateOnly, notesOf } from './to-dynamics';

/** Every field the referral maps to already has the referral's value in the opportunity, its solutions included. */
export function opportunityAgrees(
  row: Ref<OpportunityRow>,
  r: Ref<Referral>,
  dealValueColumn: Value<string>,
): Ref<boolean> {
  const msx = r.trackingInfo.microsoftMsxId;
  return $.and(
    $.equals(dealValueOf(at(row, dealValueColumn)), dealValueOf(r.details.dealValue)),
    $.equals(text(dateOnly(row.estimatedclosedate)), text(dateOnly(r.details.closingDateTime))),
    $.equals(text(row.description), notesOf(r.details.notes)),
    $.equals(opportunityStateKey(row.statecode, row.statuscode), referralStateKey(r.status, r.substatus)),
    helpAgrees(r.inviteContext.assistanceRequestCode, row.cosell_microsofthelp),
    $.or(
      $.not($.equals(r.consent.consentToShareReferralWithMicrosoftSellers, true)),
      isVisible(row.cosell_referralvisibility),
    ),
    $.or($.empty(text(msx)), $.equals(text(msx), text(row.cosell_microsoftcrmidentifier))),
    sameSolutionIds(row.cosell_referralsolutionids, r.details.requirements.solutions),
  );
}

/**
 * Nothing to apply: no opportunity to compare with is never "in sync"; an opportunity closed in Dynamics 365 is
 * final there (the closure travels to Partner Center, not back).
 */
export function alreadyInSync(
  row: Ref<OpportunityRow>,
  r: Ref<Referral>,
  dealValueColumn: Value<string>,
): Ref<boolean> {
  return $.and(
    $.not($.empty(text(row.opportunityid))),
    $.or(
      hasSeenVersion(row.cosell_audit, r.eTag),
      $.not($.equals($.coalesce(row.statecode, 0), 0)),
      opportunityAgrees(row, r, dealValueColumn),
    ),
  );
}
