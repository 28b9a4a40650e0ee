// f. Partner Center to Dynamics 365: the webhook receiver. Its first action answers Partner Center, before any
// outbound call: 200 with the referral id and event name when the event is genuine (a known EventName, ResourceName
// "referral", a ResourceUri on a Partner Center host whose last segment is a GUID), else 400. Then it routes a
// genuine event to the helper (referral-*) or to the Microsoft updates flow (related-referral-*); a forged one
// matches no case and nothing more runs. It never calls the ResourceUri: the children fetch the referral through
// the connector, by id. One run at a time, so a referral's created and updated events cannot race each other into
// two opportunities.
import { webhookPayload } from '../connector/partner-center-events/webhook-payload';
import { $, flow, http } from '../src/dsl';
import { child } from './common/retry';
import microsoftUpdates from './microsoft-cosell-referral-updates.flow';
import helper from './partner-center-to-dynamics-helper.flow';
import { isGenuineReferralEvent, literal, objectOf, referralIdOf, webhookRoute } from './mapping';

const noRetry =
  'cosell-lint-disable external-call-no-retry: running the child again would repeat its writes; it retries its own calls.';

export default flow('Partner Center to Dynamics 365', (f) => {
  const hook = f.trigger(
    http.request({ schema: webhookPayload, method: 'POST', concurrency: { runs: 1, maximumWaitingRuns: 100 } }),
  );
  const genuine = isGenuineReferralEvent(hook.body);
  const referralId = referralIdOf(hook.body.ResourceUri);

  f.respond('Answer Partner Center', {
    status: $.if(genuine, 200, 400),
    body: $.if(
      genuine,
      objectOf({ referralId, eventName: hook.body.EventName }),
      literal({ error: 'Not a Partner Center referral event.' }),
    ),
  });
  // 'referral', 'related', or 'invalid' for a forged event, which matches no case.
  f.switch('Route by event', webhookRoute(hook.body), {
    referral: (c) => {
      const run = c.runChildFlow(
        'Synchronize the referral',
        helper,
        { referralId },
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
        { referralId },
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
});
