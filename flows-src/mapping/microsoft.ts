// The Microsoft side of a co-sell engagement: the referral targeted at (or owned by) Microsoft, its decision in
// words, and the body that invites Microsoft into an engagement.
import type { NewReferral, Referral } from '../../connector/partner-center-referrals';
import { $, type Ref, type Value } from '../../src/dsl';
import { lookup, objectOf, text } from './expr';
import { CHECK_MARK } from './names';

const targetsMicrosoft = (json: Ref<string>) => $.contains($.toLower(json), '"id":"msft"');

/** The referral is Microsoft's: targeted at Microsoft's business profile location 'msft', or owned by it. */
export const isMicrosoftReferral = (r: Ref<Referral>): Ref<boolean> =>
  $.or(
    $.equals($.toLower(text(r.organizationId)), 'msft'),
    targetsMicrosoft($.string($.coalesce(r.target, $.json('[]')))),
  );

/** Some referral of a list is Microsoft's (one check over the whole page, no loop). */
export const listHasMicrosoftReferral = (referrals: Value<Referral[] | undefined>): Ref<boolean> =>
  targetsMicrosoft($.string($.coalesce(referrals, $.json('[]'))));

/** What Microsoft's referral status says, for the audit trail. */
export const microsoftDecisions: Record<string, string> = {
  'New/Pending': 'has not answered the co-sell invitation yet',
  'New/Received': 'has received the co-sell invitation',
  'Active/Accepted': 'accepted the co-sell invitation',
  'Closed/Declined': 'declined the co-sell invitation',
  'Closed/Expired': 'let the co-sell invitation expire',
  'Closed/Won': 'closed the deal as won',
  'Closed/Lost': 'closed the deal as lost',
};

export const microsoftDecision = (r: Ref<Referral>): Ref<string> =>
  $.coalesce<string>(
    lookup(microsoftDecisions, $.concat(text(r.status), '/', text(r.substatus))),
    $.concat('status ', text(r.status), '/', text(r.substatus)),
  );

/** What the opportunity learns from Microsoft's referral: `<decision>. Microsoft CRM id: <id>. Microsoft sellers: <names>`. */
export const microsoftSummary = (
  ms: Ref<Referral>,
  msxId: Value<string | null | undefined>,
  sellers: Value<string[]>,
): Ref<string> =>
  $.concat(
    microsoftDecision(ms),
    '. Microsoft CRM id: ',
    $.if($.empty(text(msxId)), 'none yet', text(msxId)),
    '. Microsoft sellers: ',
    $.if($.empty(sellers), 'none yet', $.join(sellers, ', ')),
  );

/** Microsoft's referral as the sync creates it when it invites Microsoft (New/Pending, no CRM id, no sellers). */
export const MICROSOFT_INVITED = `${microsoftDecisions['New/Pending']}. Microsoft CRM id: none yet. Microsoft sellers: none yet`;

/** The audit entries of Microsoft's news begin so (`✔ Microsoft <summary> (eTag …)`). */
const MICROSOFT_ENTRY = `${CHECK_MARK} Microsoft `;

/**
 * The Microsoft summary the opportunity already holds: that of the newest `✔ Microsoft …` entry of the trail, or,
 * with none, the invitation as the sync created it (its own creation of Microsoft's referral is no news).
 */
export const recordedMicrosoftSummary = (trail: Value<string | null | undefined>): Ref<string> =>
  $.if(
    $.contains(text(trail), MICROSOFT_ENTRY),
    $.first($.split($.first($.skip($.split(text(trail), MICROSOFT_ENTRY), 1)), ' (eTag ')),
    MICROSOFT_INVITED,
  );

/**
 * Microsoft's referral for the partner's one: the same deal in the same engagement, Shared, targeted at
 * Microsoft, with the help requested (the documented two-step creation of a co-sell referral).
 */
export function microsoftReferralFor(
  partner: Ref<Referral>,
  assistanceRequestCode: Value<string | null>,
): Ref<NewReferral> {
  return objectOf<NewReferral>({
    name: partner.name,
    engagementId: partner.engagementId,
    type: 'Shared',
    qualification: $.coalesce(partner.qualification, 'SalesQualified'),
    target: [{ type: 'BusinessProfileLocation', id: 'msft' }],
    customerProfile: partner.customerProfile,
    consent: $.fn(
      'setProperty',
      $.coalesce(partner.consent, $.json('{}')),
      'consentToShareReferralWithMicrosoftSellers',
      true,
    ),
    details: partner.details,
    inviteContext: objectOf({ assistanceRequestCode }),
  });
}
