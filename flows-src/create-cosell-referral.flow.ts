// c. Create Co-sell Referral – Dynamics 365 to Partner Center: an opportunity becomes a referral. The seed's rules
// are checked first (a two-letter country code, a customer contact when help is requested, a solution before
// sharing with Microsoft); a broken rule, or any failure, is written to the audit trail with a cross and nothing is
// sent. Co-sell (help selected): the partner's referral is Shared and Microsoft's side joins the engagement. The
// referral identifier is written back before Microsoft is invited, so no failure after the create can lead to a
// second referral (an invitation that failed is retried by "Dynamics 365 to Partner Center" on the next change).
import { partnerCenter } from '../connector/partner-center-referrals';
import { $, childFlow, input, prop, s } from '../src/dsl';
import { countryCodeColumn, dealValueColumn, referralLinkBase, showCheckMark } from './common/env';
import { recordFailure } from './common/flag';
import { dv, pc } from './common/retry';
import {
  OPPORTUNITY_SOLUTIONS,
  SOLUTION_DETAIL_EXPAND,
  auditEntry,
  eTagNote,
  helpCodeOf,
  helpSelected,
  markedName,
  microsoftReferralFor,
  newReferral,
  referralLink,
  referralSolutionIds,
  sharingProblems,
  solutionOfRow,
  text,
  withAuditEntry,
} from './mapping';
import { type AccountRow, type ContactRow, type PartnerCenterSolutionRow, opportunity } from './tables';

const outcome = s.object({ referralId: s.string(), status: s.enum(['created', 'refused', 'already shared']) });

export default childFlow(
  'Create Co-sell Referral – Dynamics 365 to Partner Center',
  { opportunityId: input.text('Opportunity id', { description: 'The opportunity to share with Partner Center.' }) },
  (f, i) => {
    f.tryCatch({
      try: [
        'Synchronizing Referrals',
        (b) => {
          // One read: the opportunity with its account, contact, currency and solutions (a 1:N expand, whole on a
          // single-row retrieve, with each row's catalogue entry).
          const got = b.dataverse.getRow('Get opportunity', opportunity, i.opportunityId, {
            expand: [
              'parentaccountid',
              'customerid_account',
              'parentcontactid',
              'transactioncurrencyid($select=isocurrencycode)',
              `${OPPORTUNITY_SOLUTIONS}($select=cosell_name;$expand=${SOLUTION_DETAIL_EXPAND})`,
            ].join(','),
            ...dv,
          });
          const row = got.row;
          const account = $.coalesce<AccountRow>(prop(row, 'parentaccountid'), prop(row, 'customerid_account'));
          const contact = prop<ContactRow>(row, 'parentcontactid');
          const rows = $.coalesce<PartnerCenterSolutionRow[]>(prop(row, OPPORTUNITY_SOLUTIONS), $.json('[]'));
          const solutions = b.select('Solutions for Partner Center', rows, solutionOfRow);
          const problems = sharingProblems({
            row,
            account,
            contact,
            solutions: solutions.body,
            countryColumn: countryCodeColumn,
          });
          const notShared = $.empty(text(row.cosell_referralidentifier));

          b.if('Is the opportunity ready to share', $.and(notShared, $.empty(problems)), {
            yes: (c) => {
              const source = {
                row,
                account,
                contact,
                currencyCode: prop<string>(prop(row, 'transactioncurrencyid'), 'isocurrencycode'),
                solutions: solutions.body,
                dealValueColumn,
                countryColumn: countryCodeColumn,
              };
              const created = c.call(
                'Create referral',
                partnerCenter.createReferral,
                { body: newReferral(source) },
                pc,
              ).body;
              c.dataverse.updateRow('Write back the referral', opportunity, i.opportunityId, {
                values: {
                  cosell_referralidentifier: created.id,
                  cosell_referrallink: referralLink(referralLinkBase, created.id),
                  cosell_referralsolutionids: referralSolutionIds(created.details.requirements.solutions),
                  name: markedName(row.name, true, showCheckMark),
                  cosell_audit: withAuditEntry(
                    row.cosell_audit,
                    auditEntry(
                      true,
                      $.concat(
                        'Dynamics 365 → Partner Center: created referral ',
                        created.id,
                        ' (',
                        created.type,
                        ')',
                        eTagNote(created.eTag),
                      ),
                    ),
                  ),
                },
                ...dv,
              });
              c.if('Is it a co-sell deal', helpSelected(row.cosell_microsofthelp), {
                yes: (m) =>
                  m.call(
                    'Create Microsoft referral',
                    partnerCenter.createReferral,
                    { body: microsoftReferralFor(created, helpCodeOf(row.cosell_microsofthelp)) },
                    pc,
                  ),
              });
              c.respond('Created', {
                kind: 'PowerApp',
                body: { referralId: created.id, status: 'created' },
                schema: outcome,
              });
            },
            no: (c) => {
              c.if('Is it waiting to be shared', notShared, {
                yes: (w) => {
                  w.dataverse.updateRow('Record why it is not shared', opportunity, i.opportunityId, {
                    values: {
                      name: markedName(row.name, false, showCheckMark),
                      cosell_audit: withAuditEntry(
                        row.cosell_audit,
                        auditEntry(false, $.concat('Not shared with Partner Center: ', $.join(problems, ' '))),
                      ),
                    },
                    ...dv,
                  });
                  w.respond('Refused', {
                    kind: 'PowerApp',
                    body: { referralId: '', status: 'refused' },
                    schema: outcome,
                  });
                },
                no: (w) =>
                  w.respond('Already shared', {
                    kind: 'PowerApp',
                    body: { referralId: row.cosell_referralidentifier, status: 'already shared' },
                    schema: outcome,
                  }),
              });
            },
          });
        },
      ],
      catch: [
        'Record the failure',
        (b, attempt) =>
          recordFailure(b, attempt, 'Dynamics 365 → Partner Center', $.concat('opportunityid eq ', i.opportunityId)),
      ],
    });
  },
  { outputs: outcome },
);
