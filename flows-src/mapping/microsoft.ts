// The Microsoft side of a co-sell engagement: the referral targeted at (or owned by) Microsoft, its decision in
// words, and the body that invites Microsoft into an engagement.
import type { NewReferral, Referral } from '../../connector/partner-center-referrals';
import { $, type Ref, type Value } from '../../src/dsl';
import { lookup, objectOf, text } from './expr';

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
