// f. Partner Center to Dynamics 365: the webhook receiver. It checks the event (a known EventName, ResourceName
// "referral", a ResourceUri on a Partner Center host whose last segment is a GUID) and answers 400 or 200 before any
// outbound call. It never calls the ResourceUri: the helpers fetch the referral through the connector, by id.
// One run at a time, so a referral's created and updated events cannot race each other into two opportunities.
import { webhookPayload } from '../connector/partner-center-events/webhook-payload';
import { $, flow, http } from '../src/dsl';
import { child } from './common/retry';
import microsoftUpdates from './microsoft-cosell-referral-updates.flow';
import helper from './partner-center-to-dynamics-helper.flow';
import { isGenuineReferralEvent, referralIdOf, text } from './mapping';

const noRetry =
  'cosell-lint-disable external-call-no-retry: running the child again would repeat its writes; it retries its own calls.';

export default flow('Partner Center to Dynamics 365', (f) => {
  const hook = f.trigger(
    http.request({ schema: webhookPayload, method: 'POST', concurrency: { runs: 1, maximumWaitingRuns: 100 } }),
  );
  const referralId = f.compose('Referral id', referralIdOf(hook.body.ResourceUri));

  f.if('Is a genuine referral event', isGenuineReferralEvent(hook.body), {
    yes: (b) => {
      b.respond('Accept', { status: 200, body: { referralId: referralId.output, eventName: hook.body.EventName } });
      b.switch('Route by event', $.if($.startsWith(text(hook.body.EventName), 'related-'), 'related', 'referral'), {
        referral: (c) => {
          const run = c.runChildFlow(
            'Synchronize the referral',
            helper,
            { referralId: referralId.output },
            { ...child, description: noRetry },
          );
          c.terminate(
            'Referral not synchronized',
            'Failed',
            {
              code: 'SyncFailed',
              message: 'The helper flow failed; its run and the opportunity audit say why. Reconciliation retries.',
            },
            { runAfter: [[run, 'Failed', 'TimedOut']] },
          );
        },
        related: (c) => {
          const run = c.runChildFlow(
            'Synchronize Microsoft updates',
            microsoftUpdates,
            { referralId: referralId.output },
            { ...child, description: noRetry },
          );
          c.terminate(
            'Microsoft updates not synchronized',
            'Failed',
            {
              code: 'SyncFailed',
              message: 'The Microsoft updates flow failed; its run says why. Reconciliation retries.',
            },
            { runAfter: [[run, 'Failed', 'TimedOut']] },
          );
        },
      });
    },
    no: (b) => b.respond('Reject', { status: 400, body: { error: 'Not a Partner Center referral event.' } }),
  });
});
