// Every scenario of test/scenarios runs against the flows of flows-src, compiled in-process: the sync's
// behaviours as repeatable tests (the webhook receiver end to end against both doubles, first).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowSet, compileProject, formatResult, readScenario, runScenario } from '../../../src/sim/scenario';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'test', 'scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('test/scenarios against flows-src', () => {
  let flows: FlowSet;
  beforeAll(async () => {
    flows = await compileProject(ROOT);
  }, 60_000);

  it('has the webhook receiver scenarios', () => {
    expect(files).toEqual(expect.arrayContaining(['webhook-receiver-genuine.yaml', 'webhook-receiver-forged.yaml']));
  });

  // Issue 7, "Behaviour every flow must show": one scenario per behaviour. Scenarios that fail because of a flow
  // or a missing runner step wait in test/scenarios/pending/ (not run here), each saying why at its top.
  it('has a scenario for every behaviour the sync must show', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'pc-to-crm-microsoft-referral-becomes-opportunity.yaml',
        'pc-to-crm-partner-referral-creates-account.yaml',
        'crm-to-pc-opportunity-shared-as-cosell-referral.yaml',
        'pc-deal-value-and-close-date-update-opportunity.yaml',
        'crm-deal-value-and-close-date-patch-referral.yaml',
        'microsoft-accepts-cosell-fills-crm-identifier.yaml',
        'share-refused-missing-country-code.yaml',
        'share-refused-missing-contact-with-help.yaml',
        'share-refused-missing-solution.yaml',
        'no-loop-sync-writes-start-no-flow.yaml',
        'no-loop-partner-center-echo-writes-nothing.yaml',
        'no-loop-share-echoes-write-nothing.yaml',
        'crm-closed-won-closes-referral.yaml',
        'crm-closed-lost-closes-referral.yaml',
        'idempotent-duplicate-webhook-updates-once.yaml',
        'idempotent-out-of-order-events-one-opportunity.yaml',
        'resilient-partner-center-throttling-and-outage-absorbed.yaml',
        'resilient-persistent-failure-recorded-in-audit.yaml',
        'resilient-outage-recovered-by-reconciliation.yaml',
        'check-mark-off-leaves-names-untouched.yaml',
        'custom-columns-written-and-patched.yaml',
        'custom-columns-read-when-sharing.yaml',
      ]),
    );
  });

  it.each(files)('%s holds', async (file) => {
    const result = await runScenario(readScenario(relative(ROOT, join(DIR, file))), flows);
    // On failure the message is the CLI's text: the diff and the failing runs' history.
    expect(result.passed, formatResult(result)).toBe(true);
  }, 60_000);
});
