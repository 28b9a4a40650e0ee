// j. Partner Center Referrals Reconciliation (not in the seed): Partner Center drops a webhook event after 10 failed
// deliveries, so every hour this flow asks Partner Center for the referrals updated since its last fully successful
// run and passes each one to the helper that webhooks use (or, for Microsoft's side of an engagement, to the
// Microsoft updates flow). Both skip what Dynamics 365 already holds, so the overlap costs reads, not writes.
// The watermark is the value of the environment variable cosell_reconciliationwatermark, read and written as a
// Dataverse row; it only moves when every referral of the window went through.
import { partnerCenter } from '../connector/partner-center-referrals';
import { $, flow, recurrence } from '../src/dsl';
import { WATERMARK_VARIABLE } from './common/env';
import { failureOf } from './common/failure';
import { child, dv, pc } from './common/retry';
import { upsertItem } from './common/rows';
import microsoftUpdates from './microsoft-cosell-referral-updates.flow';
import helper from './partner-center-to-dynamics-helper.flow';
import { isMicrosoftReferral, objectOf, odataEq, text, updatedBetween, windowEnd, windowStart } from './mapping';
import { environmentVariableDefinition, environmentVariableValue } from './tables';

const noRetry =
  'cosell-lint-disable external-call-no-retry: running the child again would repeat its writes; it retries its own calls.';

export default flow('Partner Center Referrals Reconciliation', (f) => {
  f.trigger(recurrence({ frequency: 'Hour', interval: 1, concurrency: { runs: 1 } }));
  const started = $.fn<{ startTime: string }>('trigger').startTime;

  f.tryCatch({
    try: [
      'Reconcile',
      (b) => {
        const definitions = b.dataverse.listRows('Get the watermark definition', environmentVariableDefinition, {
          filter: odataEq('schemaname', WATERMARK_VARIABLE),
          select: ['environmentvariabledefinitionid'],
          top: 1,
          ...dv,
        });
        const definition = definitions.first;
        const values = b.dataverse.listRows('Get the watermark', environmentVariableValue, {
          filter: $.concat('_environmentvariabledefinitionid_value eq ', definition.environmentvariabledefinitionid),
          select: ['environmentvariablevalueid', 'value'],
          top: 1,
          ...dv,
        });
        const current = values.first;
        const end = windowEnd(started);
        const updated = b.call(
          'List the referrals updated since the watermark',
          partnerCenter.listReferrals,
          {
            $filter: updatedBetween(windowStart(current.value, started), end),
            $orderby: 'updatedDateTime asc',
            $top: 100,
          },
          { ...pc, minimumItemCount: 5000 },
        );
        b.foreach(
          'Synchronize each referral',
          updated.body.value,
          (l, referral) =>
            l.if('Is it Microsoft side of an engagement', isMicrosoftReferral(referral), {
              yes: (c) =>
                c.runChildFlow(
                  'Synchronize Microsoft updates',
                  microsoftUpdates,
                  { referralId: referral.id },
                  { ...child, description: noRetry },
                ),
              no: (c) =>
                c.runChildFlow(
                  'Synchronize the referral',
                  helper,
                  { referralId: referral.id },
                  { ...child, description: noRetry },
                ),
            }),
          { concurrency: 1 },
        );
        const isNew = $.empty(text(current.environmentvariablevalueid));
        upsertItem(
          b,
          'Move the watermark',
          environmentVariableValue,
          $.if(isNew, $.guid(), current.environmentvariablevalueid),
          $.if(
            isNew,
            objectOf({
              value: end,
              schemaname: WATERMARK_VARIABLE,
              'EnvironmentVariableDefinitionId@odata.bind': $.concat(
                'environmentvariabledefinitions(',
                definition.environmentvariabledefinitionid,
                ')',
              ),
            }),
            objectOf({ value: end }),
          ),
          {
            description:
              'Runs only when every referral of the window went through: a failed one is listed again next time.',
          },
        );
      },
    ],
    catch: [
      'Report the failure',
      (b, attempt) =>
        b.terminate('Fail the run', 'Failed', { code: 'ReconciliationFailed', message: failureOf(b, attempt) }),
    ],
  });
});
