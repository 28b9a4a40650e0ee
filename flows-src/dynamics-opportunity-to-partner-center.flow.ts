// h. Dynamics 365 Opportunity to Partner Center: an opportunity set to sync, without a referral yet, is shared by
// the Create Co-sell Referral flow. Edits to what sharing needs (account, contact, help, visibility) retry a share
// the rules refused. One run at a time: a second change while the first share is under way finds the referral
// identifier written and stops, instead of creating a second referral.
import { $, Message, dataverseRow, flow } from '../src/dsl';
import { notModifiedBySync, triggerRow } from './common/guards';
import { child } from './common/retry';
import createReferral from './create-cosell-referral.flow';
import { type OpportunityRow, opportunity } from './tables';

export default flow('Dynamics 365 Opportunity to Partner Center', (f) => {
  const row = f.trigger(
    dataverseRow(opportunity, {
      name: 'When an opportunity is set to sync',
      message: Message.addedOrModified,
      filteringAttributes: [
        'cosell_syncwithpartnercenter',
        'parentaccountid',
        'parentcontactid',
        'cosell_microsofthelp',
        'cosell_referralvisibility',
      ],
      filterExpression: 'cosell_syncwithpartnercenter eq true and cosell_referralidentifier eq null',
      conditions: [notModifiedBySync(triggerRow<OpportunityRow>())],
      concurrency: { runs: 1, maximumWaitingRuns: 100 },
    }),
  ).row;

  const run = f.runChildFlow(
    'Create Co-sell Referral',
    createReferral,
    { opportunityId: row.opportunityid },
    {
      ...child,
      description:
        'cosell-lint-disable external-call-no-retry: running the child again could create a second referral; it retries its own calls.',
    },
  );
  f.terminate(
    'Referral not created',
    'Failed',
    {
      code: 'ShareFailed',
      message: $.concat('Sharing opportunity ', row.opportunityid, ' failed: see its audit trail.'),
    },
    { runAfter: [[run, 'Failed', 'TimedOut']] },
  );
});
