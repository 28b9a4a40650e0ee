// f. Partner Center to Dynamics 365: the webhook receiver. Its first action answers Partner Center, before any
// outbound call: 200 with the referral id and event name when the event is genuine (a known EventName, ResourceName
// "referral", a ResourceUri on a Partner Center host whose last segment is a GUID), else 400. Then it routes a
// genuine event to the helper (referral-*) or to the Microsoft updates flow (related-referral-*); a forged one
// matches no case and nothing more runs. It never calls the ResourceUri: the children fetch the referral through
// the connector, by id. One run at a time, so a referral's created and updated events cannot race each other into
// two opportunities.
import { webhookPayload } from '../connector/partner-center-events/webhook-payload';
import { $, type ChildFlow, type InputSpec, type Ref, type Steps, flow, http } from '../src/dsl';
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
    referral: (c) =>
      synchronize(
        c,
        'Synchronize the referral',
        helper,
        referralId,
        'Referral not synchronized',
        'The helper flow failed; its run and the opportunity audit say why.',
      ),
    related: (c) =>
      synchronize(
        c,
        'Synchronize Microsoft updates',
        microsoftUpdates,
        referralId,
        'Microsoft updates not synchronized',
        'The Microsoft updates flow failed; its run says why.',
      ),
  });
});

/** Runs a child flow with the referral id; its failure fails this run (reconciliation retries). */
function synchronize(
  c: Steps,
  name: string,
  flow: ChildFlow<{ referralId: InputSpec<string> }>,
  referralId: Ref<string>,
  failed: string,
  why: string,
): void {
  const run = c.runChildFlow(name, flow, { referralId }, { ...child, description: noRetry });
  c.terminate(
    failed,
    'Failed',
    { code: 'SyncFailed', message: `${why} Reconciliation retries.` },
    { runAfter: [[run, 'Failed', 'TimedOut']] },
  );
}
