// i. Dynamics 365 Microsoft Solutions to Partner Center: adding or removing a Partner Center Solution row sends the
// opportunity's whole solution list as details.requirements.solutions (If-Match), when it differs from the
// referral's. On an opportunity still waiting to be shared (the rules wanted a solution), it retries the share.
// Rows the sync itself created (from a Partner Center referral) do not start a run.
import { type Solution, partnerCenter, replace } from '../connector/partner-center-referrals';
import { $, Message, type Ref, dataverseRow, flow } from '../src/dsl';
import { recordFailure } from './common/flag';
import { notModifiedBySync, triggerRow } from './common/guards';
import { child, dv, pc } from './common/retry';
import createReferral from './create-cosell-referral.flow';
import {
  SOLUTION_DETAIL_EXPAND,
  auditEntry,
  eTagNote,
  isGuid,
  isClosed,
  sameIds,
  solutionOfRow,
  text,
  withAuditEntry,
} from './mapping';
import { type PartnerCenterSolutionRow, opportunity, partnerCenterSolution } from './tables';

export default flow('Dynamics 365 Microsoft Solutions to Partner Center', (f) => {
  const trigger = f.trigger(
    dataverseRow(partnerCenterSolution, {
      name: 'When a solution is added or removed',
      message: Message.addedOrDeleted,
      conditions: [
        // A delete is the user's (the sync never deletes), so only creations are filtered by identity.
        $.or(
          $.equals(triggerRow<{ SdkMessage: string }>().SdkMessage, 'Delete'),
          notModifiedBySync(triggerRow<PartnerCenterSolutionRow>()),
        ),
        // A notification without the opportunity (a row deleted with its opportunity) has nothing to update.
        isGuid(triggerRow<PartnerCenterSolutionRow>()._cosell_opportunity_value),
      ],
    }),
  );
  const opportunityId = trigger.row._cosell_opportunity_value;

  f.tryCatch({
    try: [
      'Synchronize the solutions',
      (b) => {
        const found = b.dataverse.listRows('Get opportunity', opportunity, {
          filter: $.concat('opportunityid eq ', opportunityId),
          select: ['opportunityid', 'cosell_syncwithpartnercenter', 'cosell_referralidentifier', 'cosell_audit'],
          top: 1,
          ...dv,
        });
        const row = found.first;
        b.if('Is the opportunity shared', $.not($.empty(text(row.cosell_referralidentifier))), {
          yes: (c) => {
            const rows = c.dataverse.listRows('List the opportunity solutions', partnerCenterSolution, {
              filter: $.concat('_cosell_opportunity_value eq ', opportunityId),
              expand: SOLUTION_DETAIL_EXPAND,
              ...dv,
            });
            const inDynamics = c.select('Solutions in Dynamics 365', rows.rows, solutionOfRow);
            const idsInDynamics = c.select('Solution ids in Dynamics 365', rows.rows, (x) => solutionOfRow(x).id);
            const r = c.call('Get referral', partnerCenter.getReferral, { id: row.cosell_referralidentifier }, pc).body;
            const idsInPartnerCenter = c.select(
              'Solution ids in Partner Center',
              $.coalesce<Solution[]>(r.details.requirements.solutions, $.json('[]')),
              (x) => x.id,
            );
            const differs = $.and(
              $.not(isClosed(r.status)),
              $.not(sameIds(idsInDynamics.body as Ref<string[]>, idsInPartnerCenter.body as Ref<string[]>)),
            );
            c.if('Do the solutions differ', differs, {
              yes: (d) => {
                const patched = d.call(
                  'Patch referral solutions',
                  partnerCenter.patchReferral,
                  {
                    id: r.id,
                    body: [replace('/details/requirements/solutions', inDynamics.body as unknown as Ref<Solution[]>)],
                    'If-Match': r.eTag,
                    Prefer: 'return=representation',
                  },
                  pc,
                ).body;
                d.dataverse.updateRow('Record the update', opportunity, row.opportunityid, {
                  values: {
                    cosell_audit: withAuditEntry(
                      row.cosell_audit,
                      auditEntry(true, $.concat('Dynamics 365 → Partner Center: solutions', eTagNote(patched.eTag))),
                    ),
                  },
                  ...dv,
                });
              },
            });
          },
          no: (c) =>
            c.if(
              'Is it waiting for a solution to be shared',
              $.and($.equals(row.cosell_syncwithpartnercenter, true), $.equals(trigger.sdkMessage, 'Create')),
              {
                yes: (d) =>
                  d.runChildFlow(
                    'Create Co-sell Referral',
                    createReferral,
                    { opportunityId: row.opportunityid },
                    {
                      ...child,
                      description:
                        'cosell-lint-disable external-call-no-retry: running the child again could create a second referral; it retries its own calls.',
                    },
                  ),
              },
            ),
        });
      },
    ],
    catch: [
      'Record the failure',
      (b, attempt) =>
        recordFailure(b, attempt, 'Solutions to Partner Center', $.concat('opportunityid eq ', opportunityId)),
    ],
  });
});
