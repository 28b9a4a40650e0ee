// d. Partner Center to Dynamics 365 - Helper: one referral, fetched by id through the connector, applied to
// Dynamics 365 by the [Customize] flow. Writes nothing when the opportunity already holds this version (echo of
// our own change, a duplicate delivery, an older event arriving late). Writes the Dynamics 365 id back to Partner
// Center as externalReferenceId when it is new there. A failure flags the opportunity (audit entry, cross) and
// leaves the version to be applied again, its solution rows read again (by a redelivery or the reconciliation).
import { partnerCenter, replace } from '../connector/partner-center-referrals';
import { $, childFlow, input, s } from '../src/dsl';
import { dealValueColumn } from './common/env';
import { recordFailure } from './common/flag';
import { child, dv, pc } from './common/retry';
import details from './create-or-get-details-from-dynamics.flow';
import {
  PC_TO_CRM,
  SOLUTION_IDS_UNKNOWN,
  alreadyInSync,
  auditEntry,
  eTagNote,
  isClosed,
  odataEq,
  opportunityOfReferral,
  statusText,
  text,
  withAuditEntry,
} from './mapping';
import { opportunity } from './tables';

const outcome = s.object({
  recordId: s.string({ description: 'The Dynamics 365 record of the referral (opportunity or lead).' }),
  status: s.enum(['applied', 'unchanged']),
});

export default childFlow(
  'Partner Center to Dynamics 365 - Helper',
  { referralId: input.text('Referral id', { description: 'Id of the Partner Center referral to synchronize.' }) },
  (f, i) => {
    f.tryCatch({
      try: [
        'Synchronize the lead or opportunity',
        (b) => {
          const r = b.call('Get referral', partnerCenter.getReferral, { id: i.referralId }, pc).body;
          const external = text(r.externalReferenceId);
          const found = b.dataverse.listRows('Find the opportunity', opportunity, {
            filter: opportunityOfReferral(r.id, external),
            top: 1,
            ...dv,
          });
          const row = found.first;
          b.if('Is the opportunity already up to date', alreadyInSync(row, r, dealValueColumn), {
            yes: (c) =>
              c.respond('Nothing to apply', {
                kind: 'PowerApp',
                body: { recordId: row.opportunityid, status: 'unchanged' },
                schema: outcome,
              }),
            no: (c) => {
              const entry = auditEntry(
                true,
                $.concat(`${PC_TO_CRM}: `, statusText(r.status, r.substatus), eTagNote(r.eTag)),
              );
              const applied = c.runChildFlow(
                'Create or get details from Dynamics 365',
                details,
                {
                  referral: $.string(r),
                  opportunityId: text(row.opportunityid),
                  audit: withAuditEntry(row.cosell_audit, entry),
                  solutionIds: text(row.cosell_referralsolutionids),
                },
                {
                  ...child,
                  description:
                    'cosell-lint-disable external-call-no-retry: running the child again would repeat its writes; it retries its own calls.',
                },
              );
              c.if(
                'Is the Dynamics 365 id new to Partner Center',
                $.and($.not($.equals(external, applied.body.recordId)), $.not(isClosed(r.status))),
                {
                  yes: (w) =>
                    w.call(
                      'Write the Dynamics 365 id to Partner Center',
                      partnerCenter.patchReferral,
                      { id: r.id, body: [replace('/externalReferenceId', applied.body.recordId)] },
                      pc,
                    ),
                },
              );
              c.respond('Applied', {
                kind: 'PowerApp',
                body: { recordId: applied.body.recordId, status: 'applied' },
                schema: outcome,
              });
            },
          });
        },
      ],
      catch: [
        'Record the failure',
        (b, attempt) =>
          // The opportunity may have been written before its solution rows: the version is taken in again (see
          // hasSeenVersion), its rows read again.
          recordFailure(b, attempt, PC_TO_CRM, odataEq('cosell_referralidentifier', i.referralId), {
            cosell_referralsolutionids: SOLUTION_IDS_UNKNOWN,
          }),
      ],
    });
  },
  { outputs: outcome },
);
