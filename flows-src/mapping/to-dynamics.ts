// Partner Center -> Dynamics 365: a referral as opportunity (or lead) columns. The deal value goes to the column
// named by cosell_dealvaluecolumn; values Partner Center leaves empty never clear what Dynamics 365 holds for
// help, visibility and the Microsoft CRM id (those travel one way, or come from Microsoft's side).
import type { Member, Referral } from '../../connector/partner-center-referrals';
import { $, type Ref, type Value } from '../../src/dsl';
import { ReferralVisibility } from '../../src/solution/schema/options';
import { helpOptionOf } from './help';
import { OpportunityStatus, dynamicsStatus, openStatusCode, statusText } from './status';
import { described } from './describe';
import { objectOf, text, withMembersWhere } from './expr';
import { referralLink } from './identity';
import { CHECK_MARK, bareName } from './names';

/** The opportunity description holds at most 2000 characters. */
export const NOTES_LIMIT = 2000;

/** 2000 as "2,000" (Intl's number formatting would cost every build ~15 ms to load, for one description). */
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** Referral notes as the description column can hold them. */
export const notesOf = described(
  `the first ${withCommas(NOTES_LIMIT)} characters (what the description column holds)`,
  (notes: Value<string | null | undefined>): Ref<string> => $.fn<string>('take', text(notes), NOTES_LIMIT),
);

/** A date-time as a Date Only value (`yyyy-MM-dd`), or null. */
export const dateOnly = described(
  'the date part, `yyyy-MM-dd` (a Date Only value); empty stays empty',
  (value: Value<string | null | undefined>): Ref<string | null> =>
    $.if($.empty(text(value)), $.null, $.formatDateTime(text(value), 'yyyy-MM-dd')) as Ref<string | null>,
);

export interface OpportunityContext {
  /** The referral (parsed). */
  referral: Ref<Referral>;
  dealValueColumn: Value<string>;
  showCheckMark: Value<boolean>;
  linkBase: Value<string>;
  /** The audit trail to write (already carrying this sync's entry); left unchanged when empty. */
  audit: Value<string | null | undefined>;
  /** Lookups, on a new opportunity: the account, and the contact and currency when found (else null). */
  links?: { accountId: Value<string>; contactId: Value<string | null>; currencyId: Value<string | null> };
}

/** Marketing-qualified leads without co-sell become leads, not opportunities. */
export const isLeadReferral = (r: Ref<Referral>): Ref<boolean> =>
  $.and(
    $.equals(text(r.qualification), 'MarketingQualified'),
    $.not($.equals(text(r.type), 'Shared')),
    $.empty(text(r.inviteContext.assistanceRequestCode)),
  );

/** The opportunity columns a referral maps to (the `item` of the create or update). */
export const opportunityColumns = described(
  'A referral becomes an opportunity (created with the referral id as its id, or updated when the referral is ' +
    'already linked). Optional columns are only written when Partner Center has a value, so an empty field never ' +
    'clears what Dynamics 365 holds.',
  opportunityColumnsOf,
);

function opportunityColumnsOf(c: OpportunityContext) {
  const r = c.referral;
  const name = $.if(c.showCheckMark, $.concat(bareName(r.name), ' ', CHECK_MARK), bareName(r.name));
  const help = helpOptionOf(r.inviteContext.assistanceRequestCode);
  const msx = r.trackingInfo.microsoftMsxId;
  const l = c.links;
  const base = objectOf(
    {
      name,
      description: notesOf(r.details.notes),
      estimatedclosedate: dateOnly(r.details.closingDateTime),
      // Open statuses only: Won and Lost go through WinOpportunity / LoseOpportunity.
      statuscode: openStatusCode(r.status, r.substatus),
      cosell_syncwithpartnercenter: true,
      cosell_referralidentifier: r.id,
      cosell_referrallink: referralLink(c.linkBase, r.id),
      'customerid_account@odata.bind': l && $.text`accounts(${l.accountId})`,
      'parentaccountid@odata.bind': l && $.text`accounts(${l.accountId})`,
    },
    [[c.dealValueColumn, r.details.dealValue]],
  );
  const optional: Array<[Value<boolean>, string, unknown]> = [
    [$.not($.empty(text(c.audit))), 'cosell_audit', c.audit],
    [$.not($.empty(text(help))), 'cosell_microsofthelp', help],
    [
      $.equals(r.consent.consentToShareReferralWithMicrosoftSellers, true),
      'cosell_referralvisibility',
      ReferralVisibility.Visible,
    ],
    [$.not($.empty(text(msx))), 'cosell_microsoftcrmidentifier', msx],
    ...(l
      ? ([
          [$.not($.empty(text(l.contactId))), 'parentcontactid@odata.bind', $.text`contacts(${l.contactId})`],
          [
            $.not($.empty(text(l.currencyId))),
            'transactioncurrencyid@odata.bind',
            $.text`transactioncurrencies(${l.currencyId})`,
          ],
        ] as Array<[Value<boolean>, string, unknown]>)
      : []),
  ];
  return withMembersWhere(base, optional);
}

/** The lead columns of a marketing-qualified referral without co-sell; its first customer contact names the lead. */
export const leadColumns = described(
  'A marketing-qualified referral without co-sell becomes a lead (its id is the referral id); the first customer ' +
    'contact names it.',
  leadColumnsOf,
);

function leadColumnsOf(r: Ref<Referral>) {
  const p = r.customerProfile;
  const person = $.first(p.team as Ref<Member[]>);
  return objectOf({
    leadid: r.id,
    subject: bareName(r.name),
    companyname: p.name,
    firstname: person.firstName,
    lastname: $.coalesce(person.lastName, p.name),
    emailaddress1: person.email,
    telephone1: person.phoneNumber,
    jobtitle: person.title,
    description: notesOf(r.details.notes),
    estimatedvalue: r.details.dealValue,
    estimatedclosedate: dateOnly(r.details.closingDateTime),
    address1_line1: p.address.addressLine1,
    address1_city: p.address.city,
    address1_stateorprovince: p.address.state,
    address1_postalcode: p.address.postalCode,
    address1_country: p.address.country,
  });
}

/** The referral decided the deal: Won or Lost (declined and expired close as lost). */
export const closesOpportunity = (r: Ref<Referral>): Ref<boolean> =>
  $.not($.equals($.coalesce(dynamicsStatus(r.status, r.substatus).statecode, 0), 0));

/** The referral was won (else, when it closed the deal, it was lost, declined or expired). */
export const isWon = (r: Ref<Referral>): Ref<boolean> => $.equals(dynamicsStatus(r.status, r.substatus).statecode, 1);

/** Parameters of WinOpportunity (won) or LoseOpportunity for a referral that closed the deal. */
export function opportunityClose(r: Ref<Referral>, opportunityId: Value<string>, won: boolean) {
  return {
    OpportunityClose: {
      subject: $.concat('Partner Center: ', statusText(r.status, r.substatus)),
      'opportunityid@odata.bind': $.text`/opportunities(${opportunityId})`,
    },
    Status: won ? OpportunityStatus.won : OpportunityStatus.canceled,
  };
}
