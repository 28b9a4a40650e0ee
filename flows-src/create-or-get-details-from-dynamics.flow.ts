// b. [Customize] Create or Get Details from Dynamics 365: a referral -> the Dynamics 365 records it maps to.
// The one flow admins are meant to edit: the field mapping lives in flows-src/mapping (opportunityColumns,
// newAccount, newContact, leadColumns). A new deal gets its account (company name + postal code; a matched
// account is left unwritten), contacts (e-mail), currency and solutions; an existing one gets its fields updated,
// and its solution rows follow the referral's solutions when those changed (rows added, rows removed).
// Ids derived from the referral id make a repeated run update the same records instead of creating new ones.
import type { Member, Referral } from '../connector/partner-center-referrals';
import { $, type Ref, type Steps, childFlow, input, s } from '../src/dsl';
import { countryCodeColumn, dealValueColumn, referralLinkBase, showCheckMark } from './common/env';
import { failureOf } from './common/failure';
import { dv } from './common/retry';
import { createItem, upsertItem } from './common/rows';
import { addReferralSolutions, solutionsOf, updateWithSolutions } from './common/solutions';
import {
  accountFilter,
  contactFilter,
  isLeadReferral,
  isWon,
  leadColumns,
  newAccount,
  newContact,
  odataEq,
  opportunityClose,
  opportunityColumns,
  closesOpportunity,
  referralSolutionIds,
  sameSolutionIds,
  text,
} from './mapping';
import { account, contact, lead, opportunity, transactionCurrency } from './tables';

const records = s.object({
  recordId: s.string({
    description: 'The id Partner Center keeps as externalReferenceId (opportunity or lead).',
  }),
  opportunityId: s.string(),
  leadId: s.string(),
  accountId: s.string(),
  contactId: s.string(),
});

export default childFlow(
  '[Customize] Create or Get Details from Dynamics 365',
  {
    referral: input.text('Referral', {
      description: 'The Partner Center referral, as JSON.',
    }),
    opportunityId: input.text('Opportunity id', {
      required: false,
      description: 'The opportunity already linked to the referral; empty for a new deal.',
    }),
    audit: input.text('Audit trail', {
      required: false,
      description: 'The audit trail to write on the opportunity.',
    }),
    solutionIds: input.text('Solution ids', {
      required: false,
      description:
        "The referral solution ids the opportunity's solution rows last took in (cosell_referralsolutionids); " +
        'when the referral has others, its rows are brought in line.',
    }),
  },
  (f, i) => {
    f.tryCatch({
      try: ['Create or get the records', (b) => createOrGet(b, i)],
      catch: [
        'Report the failure',
        (b, attempt) =>
          b.terminate('Fail the run', 'Failed', {
            code: 'DetailsFailed',
            message: failureOf(b, attempt),
          }),
      ],
    });
  },
  { outputs: records },
);

/** The lead, or the opportunity with its account, contacts and solutions; responds with their ids. */
function createOrGet(
  f: Steps,
  i: { referral: Ref<string>; opportunityId: Ref<string>; audit: Ref<string>; solutionIds: Ref<string> },
) {
  // Parsed where used (no Compose: one metered action less on every run).
  const r = $.json<Referral>(i.referral);
  const isNew = $.empty(text(i.opportunityId));

  f.if('Is it a marketing-qualified lead', $.and(isNew, isLeadReferral(r)), {
    yes: (b) => {
      const found = b.dataverse.listRows('Find the lead', lead, {
        filter: $.concat('leadid eq ', r.id),
        select: ['leadid'],
        top: 1,
        ...dv,
      });
      b.if('Is the lead new', $.empty(found.rows), {
        yes: (c) => createItem(c, 'Create a new lead', lead, leadColumns(r)),
      });
      b.respond('Return the lead', {
        kind: 'PowerApp',
        body: {
          recordId: r.id,
          opportunityId: '',
          leadId: r.id,
          accountId: '',
          contactId: '',
        },
        schema: records,
      });
    },
    no: (b) => {
      const opportunityId = $.if(isNew, r.id, i.opportunityId);
      const columns = opportunityColumns({
        referral: r,
        dealValueColumn,
        showCheckMark,
        linkBase: referralLinkBase,
        audit: i.audit,
      });
      let created: { accountId: Ref<string>; contactId: Ref<string> } | undefined;
      // An existing opportunity whose solutions did not change is updated without reading its solution rows.
      const change = $.if(isNew, 'new', $.if(sameSolutionIds(i.solutionIds, solutionsOf(r)), 'fields', 'solutions'));
      b.switch(
        'Is it a new opportunity, or did its solutions change',
        change,
        {
          new: (c) => (created = createOpportunity(c, r, i.audit)),
          solutions: (c) => updateWithSolutions(c, solutionsOf(r), opportunityId, columns),
        },
        (c) => upsertItem(c, 'Update existing opportunity', opportunity, opportunityId, columns),
      );
      b.if('Did the referral close the deal', closesOpportunity(r), {
        yes: (c) =>
          c.if('Was the deal won', isWon(r), {
            yes: (w) =>
              w.dataverse.performUnboundAction(
                'Win the opportunity',
                'WinOpportunity',
                opportunityClose(r, opportunityId, true),
                dv,
              ),
            no: (l) =>
              l.dataverse.performUnboundAction(
                'Lose the opportunity',
                'LoseOpportunity',
                opportunityClose(r, opportunityId, false),
                dv,
              ),
          }),
      });
      b.respond('Return the opportunity', {
        kind: 'PowerApp',
        body: {
          recordId: opportunityId,
          opportunityId,
          leadId: '',
          // Only read on a new deal, when the actions that found them ran.
          accountId: $.if(isNew, created!.accountId, ''),
          contactId: $.if(isNew, created!.contactId, ''),
        },
        schema: records,
      });
    },
  });
}

/** A new deal: account (matched or created), contacts, currency, the opportunity, then its solutions. */
function createOpportunity(b: Steps, r: Ref<Referral>, audit: Ref<string>) {
  const profile = r.customerProfile;
  const accounts = b.dataverse.listRows('Find the customer account', account, {
    filter: accountFilter(profile),
    select: ['accountid'],
    top: 1,
    ...dv,
  });
  const accountId = $.coalesce<string>(accounts.first.accountid, r.id);
  b.if('Is the customer account new', $.empty(accounts.rows), {
    yes: (c) =>
      upsertItem(c, 'Create the customer account', account, r.id, newAccount(profile, countryCodeColumn), {
        description:
          'Its id is the referral id, so a repeated run finds it; a matched account is left as it was (nothing written).',
      }),
  });

  const people = b.filter('Customer contacts with an e-mail', $.coalesce<Member[]>(profile.team, $.json('[]')), (m) =>
    $.not($.empty(text(m.email))),
  );
  const primary = $.first(people.body);
  const primaryFound = b.dataverse.listRows('Find the primary contact', contact, {
    filter: contactFilter(primary),
    select: ['contactid'],
    top: 1,
    ...dv,
  });
  const contactId = $.if($.empty(people.body), '', $.coalesce<string>(primaryFound.first.contactid, r.id));
  b.foreach(
    'Create or get the contacts',
    people.body,
    (l, m) => {
      const found = l.dataverse.listRows('Find the contact', contact, {
        filter: contactFilter(m),
        select: ['contactid'],
        top: 1,
        ...dv,
      });
      // The primary contact gets the referral id (found again on a repeated run); the others a new id.
      const newId = $.if($.equals($.toLower(text(m.email)), $.toLower(text(primary.email))), contactId, $.guid());
      upsertItem(
        l,
        'Create or get the contact',
        contact,
        $.coalesce<string>(found.first.contactid, newId),
        $.if($.empty(found.rows), newContact(m, accountId), $.json('{}')),
      );
    },
    { concurrency: 1 },
  );

  const currency = b.dataverse.listRows('Find the currency', transactionCurrency, {
    filter: odataEq('isocurrencycode', r.details.currency),
    select: ['transactioncurrencyid'],
    top: 1,
    ...dv,
  });
  // The solution rows get their ids now, so the opportunity can hold them (cosell_solutionrowids): a row removed
  // later is traced back to its opportunity by that list, since its Delete notification carries only its id.
  const solutions = solutionsOf(r);
  const rowIds = b.select('Ids of the solution rows', solutions, () => $.guid());
  const columns = opportunityColumns({
    referral: r,
    dealValueColumn,
    showCheckMark,
    linkBase: referralLinkBase,
    audit,
    links: {
      accountId,
      contactId,
      currencyId: currency.first.transactioncurrencyid,
    },
  });
  upsertItem(
    b,
    'Create a new opportunity',
    opportunity,
    r.id,
    $.fn(
      'setProperty',
      $.fn('setProperty', columns, 'cosell_solutionrowids', $.join(rowIds.body, ' ')),
      'cosell_referralsolutionids',
      referralSolutionIds(solutions),
    ),
    {
      description: 'Its id is the referral id: the same referral delivered twice updates this opportunity.',
    },
  );

  addReferralSolutions(b, solutions, rowIds.body as Ref<string[]>, r.id);
  return { accountId, contactId };
}
