// Dynamics 365 -> Partner Center: a new referral from an opportunity, its solutions, and the JSON Patch of the
// fields that differ (deal value, closing date, notes, status, visibility).
import type { NewReferral, PatchOperation, Referral } from '../../connector/partner-center-referrals';
import type { AccountRow, ContactRow, OpportunityRow, PartnerCenterSolutionRow, SolutionDetailRow } from '../tables';
import { $, type Expr, type Ref, type Value, prop } from '../../src/dsl';
import { arrayWhere, at, objectOf, text } from './expr';
import { countryCode, memberOf } from './customer';
import { described } from './describe';
import { helpCodeOf, helpSelected, isVisible } from './help';
import { bareName } from './names';
import { isClosed, referralTransition } from './status';
import { dateOnly, notesOf } from './to-dynamics';

/** The opportunity with what a new referral needs, as `Get opportunity` returns it (lookups expanded). */
export interface OpportunitySource {
  row: Ref<OpportunityRow>;
  account: Ref<AccountRow>;
  contact: Ref<ContactRow>;
  currencyCode: Value<string | null | undefined>;
  /** The Partner Center solutions of the opportunity, as `{ id, name, publisherName }`. */
  solutions: Value<unknown[]>;
  dealValueColumn: Value<string>;
  countryColumn: Value<string>;
}

/** A deal value as Partner Center's decimal. */
export const dealValueOf = described(
  'the deal value as a decimal; empty is 0',
  (value: Value<number | null | undefined>): Ref<number> => $.float($.coalesce(value, 0)),
);

/** A Date Only value as Partner Center's UTC date-time. */
export const closingDateTimeOf = described(
  'the date at midnight UTC, `yyyy-MM-ddT00:00:00Z`; empty stays empty',
  (date: Value<string | null | undefined>): Ref<string | null> =>
    $.if($.empty(text(date)), $.null, $.concat($.formatDateTime(text(date), 'yyyy-MM-dd'), 'T00:00:00Z')) as Ref<
      string | null
    >,
);

/** The customer team of a new referral: the opportunity's contact, or nobody. */
export const teamOf = described(
  "the opportunity's contact as the only member (first and last name, e-mail, phone, job title); " +
    'no member without a contact',
  (contact: Ref<ContactRow>): Ref<unknown[]> =>
    $.if($.not($.empty(text(contact.contactid))), $.createArray(objectOf(memberOf(contact))), $.json('[]')),
);

/** The fields both referrals of a deal share: customer, consent and details. */
function common(s: OpportunitySource) {
  const help = helpSelected(s.row.cosell_microsofthelp);
  return {
    name: bareName(s.row.name),
    qualification: 'SalesQualified',
    customerProfile: {
      name: s.account.name,
      address: {
        addressLine1: s.account.address1_line1,
        city: s.account.address1_city,
        state: s.account.address1_stateorprovince,
        postalCode: s.account.address1_postalcode,
        country: countryCode(at(s.account, s.countryColumn)),
      },
      team: teamOf(s.contact),
    },
    consent: {
      consentToShareReferralWithMicrosoftSellers: $.or(help, isVisible(s.row.cosell_referralvisibility)),
      consentToContact: true,
    },
    details: {
      notes: text(s.row.description),
      dealValue: dealValueOf(at(s.row, s.dealValueColumn)),
      currency: s.currencyCode,
      closingDateTime: closingDateTimeOf(s.row.estimatedclosedate),
      requirements: { solutions: s.solutions },
    },
  };
}

/** The partner's referral: Shared when Microsoft help is selected (co-sell), Independent otherwise. */
export const newReferral = described(
  "An opportunity shared from Dynamics 365 becomes the partner's referral (POST). With an option of " +
    '"How can Microsoft help?" selected it is Shared (co-sell) and Microsoft is then invited with its own referral ' +
    'for the same deal; without, it is Independent.',
  newReferralOf,
);

function newReferralOf(s: OpportunitySource) {
  const help = helpSelected(s.row.cosell_microsofthelp);
  return {
    ...common(s),
    externalReferenceId: s.row.opportunityid,
    type: $.if(help, 'Shared', 'Independent'),
    inviteContext: $.if(help, objectOf({ assistanceRequestCode: helpCodeOf(s.row.cosell_microsofthelp) }), $.null),
  } as unknown as NewReferral;
}

const op = (path: string, value: unknown) => objectOf({ op: 'replace', path, value });
const differs = (a: Expr, b: Expr) => $.not($.equals(a, b));

/** One field Dynamics 365 can change: when it differs, the operation to send and a label for the audit. */
interface Change {
  when: Ref<boolean>;
  ops: Ref<unknown>[];
  label: string;
}

function changes(row: Ref<OpportunityRow>, referral: Ref<Referral>, dealValueColumn: Value<string>): Change[] {
  const d = referral.details;
  const value = dealValueOf(at(row, dealValueColumn));
  const date = dateOnly(row.estimatedclosedate);
  const notes = text(row.description);
  const transition = referralTransition(row.statecode, row.statuscode, referral.status);
  const share = $.or(isVisible(row.cosell_referralvisibility), helpSelected(row.cosell_microsofthelp));
  return [
    { when: differs(value, dealValueOf(d.dealValue)), ops: [op('/details/dealValue', value)], label: 'deal value' },
    {
      when: $.and($.not($.empty(text(date))), differs(text(date), text(dateOnly(d.closingDateTime)))),
      ops: [op('/details/closingDateTime', closingDateTimeOf(date))],
      label: 'closing date',
    },
    { when: differs(notes, notesOf(d.notes)), ops: [op('/details/notes', notes)], label: 'notes' },
    {
      when: $.and(share, $.not($.equals(referral.consent.consentToShareReferralWithMicrosoftSellers, true))),
      ops: [op('/consent/consentToShareReferralWithMicrosoftSellers', true)],
      label: 'shared with Microsoft sellers',
    },
    {
      when: $.not($.empty(transition)),
      ops: [op('/status', transition.status), op('/substatus', transition.substatus)],
      label: 'status',
    },
  ];
}

/**
 * The JSON Patch for the fields where the opportunity and the referral differ; empty for a closed referral
 * (terminal in Partner Center). Visibility only ever goes from hidden to visible.
 */
export const patchOperations = described(
  'A change to a synced column of a shared opportunity is sent as one JSON Patch (`replace` operations) of the ' +
    'fields that differ, with If-Match; a Closed referral is final in Partner Center and gets none.',
  patchOperationsOf,
);

function patchOperationsOf(
  row: Ref<OpportunityRow>,
  referral: Ref<Referral>,
  dealValueColumn: Value<string>,
): Ref<PatchOperation[]> {
  const ops = arrayWhere<PatchOperation>(
    changes(row, referral, dealValueColumn).flatMap((c) => c.ops.map((o) => [c.when, o] as [Ref<boolean>, unknown])),
  );
  return $.if(isClosed(referral.status), $.json('[]'), ops) as Ref<PatchOperation[]>;
}

/** What the patch changes, for the audit trail: `deal value, status`. */
export function changeSummary(
  row: Ref<OpportunityRow>,
  referral: Ref<Referral>,
  dealValueColumn: Value<string>,
): Ref<string> {
  return $.join(arrayWhere<string>(changes(row, referral, dealValueColumn).map((c) => [c.when, c.label])), ', ');
}

/** The opportunity's Partner Center Solution rows: the 1:N relationship of the cosell_Opportunity lookup. */
export const OPPORTUNITY_SOLUTIONS = 'cosell_partnercentersolution_Opportunity_opportunity';

/** `$expand` of a Partner Center Solution row's catalogue entry. */
export const SOLUTION_DETAIL_EXPAND =
  'cosell_SolutionDetail($select=cosell_solutionid,cosell_name,cosell_publishername)';

/** A Partner Center Solution row (catalogue entry expanded) as a referral solution. */
export const solutionOfRow = described(
  "A referral's solutions are the opportunity's Partner Center Solution rows (cosell_partnercentersolution), each " +
    'linking the opportunity to a catalogue entry (cosell_solutiondetail). From Partner Center, each solution whose ' +
    'id is in the catalogue becomes such a row (others are skipped), on a new deal and whenever a referral update ' +
    "adds it; a solution the update removes has its row deleted (the opportunity's cosell_referralsolutionids " +
    'records the ids the rows last took in, so an update that leaves them alone reads no row). From Dynamics 365, ' +
    'adding or removing a row replaces `details.requirements.solutions`.',
  (row: Ref<PartnerCenterSolutionRow>) => {
    const detail = prop<SolutionDetailRow>(row, 'cosell_SolutionDetail');
    return { id: detail.cosell_solutionid, name: detail.cosell_name, publisherName: detail.cosell_publishername };
  },
);

/** Two lists of ids hold the same ids (in any order). */
export const sameIds = (a: Value<string[]>, b: Value<string[]>): Ref<boolean> =>
  $.and($.equals($.length(a), $.length(b)), $.equals($.length($.fn('intersection', a, b)), $.length(a)));
