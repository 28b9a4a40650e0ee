// i. Dynamics 365 Microsoft Solutions to Partner Center: adding or removing a Partner Center Solution row sends the
// opportunity's whole solution list as details.requirements.solutions (If-Match), when it differs from the
// referral's. On an opportunity still waiting to be shared (the rules wanted a solution), it retries the share.
// Rows the sync itself created (from a Partner Center referral) do not start a run, given cosell_syncuserid;
// without it, their run finds the row's id already on the opportunity's list (the sync writes the list before
// the rows) and ends. Rows it deleted (a solution removed in Partner Center) start one that finds no opportunity,
// their ids being off the list before the delete.
// A Delete notification carries only the deleted row's id, so the opportunity keeps the ids of its solution rows
// (cosell_solutionrowids): an added row's id is appended there, a removed one is found there and taken out. The
// solution ids sent are recorded (cosell_referralsolutionids): the referral's later updates carry them, and are
// then not taken for a change of its solutions.
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
  odataContains,
  sameIds,
  solutionOfRow,
  solutionRowIdsWith,
  solutionRowIdsWithout,
  text,
  withAuditEntry,
} from './mapping';
import { type PartnerCenterSolutionRow, opportunity, partnerCenterSolution } from './tables';

type Notification = PartnerCenterSolutionRow & { SdkMessage: string };

export default flow('Dynamics 365 Microsoft Solutions to Partner Center', (f) => {
  const trigger = f.trigger(
    dataverseRow(partnerCenterSolution, {
      name: 'When a solution is added or removed',
      message: Message.addedOrDeleted,
      conditions: [
        // A delete carries no user: the sync's own deletes start a run that ends finding no opportunity (see
        // common/solutions). A creation starts a run when a user made it, on an opportunity (the lookup is
        // required, so always).
        $.or(
          $.equals(triggerRow<Notification>().SdkMessage, 'Delete'),
          $.and(
            notModifiedBySync(triggerRow<Notification>()),
            isGuid(triggerRow<Notification>()._cosell_opportunity_value),
          ),
        ),
      ],
    }),
  );
  const removed = $.equals(trigger.sdkMessage, 'Delete');
  const rowId = trigger.row.cosell_partnercentersolutionid;
  // The opportunity: by the row's lookup, or for a removed row (whose notification has only its id) by its id list.
  const opportunityFilter = $.if(
    removed,
    odataContains('cosell_solutionrowids', rowId),
    $.concat('opportunityid eq ', trigger.row._cosell_opportunity_value),
  );

  f.tryCatch({
    try: [
      'Synchronize the solutions',
      (b) => {
        const found = b.dataverse.listRows('Find the opportunity', opportunity, {
          filter: opportunityFilter,
          select: [
            'opportunityid',
            'cosell_syncwithpartnercenter',
            'cosell_referralidentifier',
            'cosell_audit',
            'cosell_solutionrowids',
          ],
          top: 1,
          ...dv,
        });
        const row = found.first;
        const opportunityId = text(row.opportunityid);
        const rowIds = $.if(
          removed,
          solutionRowIdsWithout(row.cosell_solutionrowids, rowId),
          solutionRowIdsWith(row.cosell_solutionrowids, rowId),
        );
        // An added row whose id the shared opportunity already lists is the sync's own (it lists a row's id before
        // writing the row, whatever the order in which the notifications arrive), or one already handled.
        const recorded = $.and($.not(removed), $.contains(text(row.cosell_solutionrowids), rowId));
        const state = $.if(
          $.empty(found.rows),
          'unknown',
          $.if($.empty(text(row.cosell_referralidentifier)), 'not shared', $.if(recorded, 'recorded', 'shared')),
        );
        // Nothing to do for a removed row no opportunity knows (deleted with its opportunity, by the sync, or older
        // than this version) nor for a recorded one: no case.
        b.switch('Is the opportunity shared', state, {
          shared: (c) => {
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
                d.dataverse.updateRow('Record the update', opportunity, opportunityId, {
                  values: {
                    cosell_solutionrowids: rowIds,
                    cosell_referralsolutionids: $.join(idsInDynamics.body as Ref<string[]>, ' '),
                    cosell_audit: withAuditEntry(
                      row.cosell_audit,
                      auditEntry(true, $.concat('Dynamics 365 → Partner Center: solutions', eTagNote(patched.eTag))),
                    ),
                  },
                  ...dv,
                });
              },
              no: (d) =>
                d.dataverse.updateRow('Remember the solution rows', opportunity, opportunityId, {
                  values: { cosell_solutionrowids: rowIds },
                  ...dv,
                }),
            });
          },
          'not shared': (c) => {
            c.dataverse.updateRow('Remember the solution row', opportunity, opportunityId, {
              values: { cosell_solutionrowids: rowIds },
              ...dv,
            });
            c.if(
              'Is it waiting for a solution to be shared',
              $.and($.equals(row.cosell_syncwithpartnercenter, true), $.not(removed)),
              {
                yes: (d) =>
                  d.runChildFlow(
                    'Create Co-sell Referral',
                    createReferral,
                    { opportunityId },
                    {
                      ...child,
                      description:
                        'cosell-lint-disable external-call-no-retry: running the child again could create a second referral; it retries its own calls.',
                    },
                  ),
              },
            );
          },
        });
      },
    ],
    catch: [
      'Record the failure',
      (b, attempt) => recordFailure(b, attempt, 'Solutions to Partner Center', opportunityFilter),
    ],
  });
});
