// The scenario runner against the webhook receiver skeleton (fixtures/flows) and both doubles: setup, steps,
// settling after each step, `$ref` substitution, the logs expectations read, and located step errors.
import { describe, expect, it } from 'vitest';
import { MICROSOFT_REFERRAL, simulate } from './helpers';

const RECEIVER = 'Partner Center to Dynamics 365';

describe('scenario runner: the webhook receiver skeleton end to end', () => {
  it('delivers a genuine referral-created event, answered 200, with no Dataverse write', async () => {
    const r = await simulate(`name: genuine
dataverse:
  accounts: [ { ref: contoso, name: Contoso } ]
steps:
  - partnerCenter.createReferral:
      ref: r1
      microsoftRef: m1
      as: microsoft
      body:${MICROSOFT_REFERRAL}
expect:
  partnerCenter:
    referrals: { count: 1, rows: [ { where: { id: $r1 }, fields: { status: New, direction: Incoming, details.dealValue: 50000 } } ] }
    microsoftReferrals: { count: 1, rows: [ { where: { id: $m1 }, fields: { status: Active } } ] }
    deliveries: { count: 1, rows: [ { where: { referral: $r1 }, fields: { event: referral-created, delivered: true, attempts: 1, status: 200 } } ] }
    offlineQueue: { count: 0 }
    requests: { count: 0 }
  webhook: { count: 1, rows: [ { where: { n: 1 }, fields: { via: partnerCenter, status: 200, body: { referralId: $r1 } } } ] }
  dataverse:
    opportunities: { count: 0 }
    accounts: { rows: [ { where: { accountid: $contoso }, fields: { name: Contoso } } ] }
  changes: { dataverse: { count: 0 } }
  http: { outbound: 0 }
  runs: { total: 1, succeeded: 1, flows: { ${RECEIVER}: { succeeded: 1 } } }
  meter: { total: 4, flows: { ${RECEIVER}: { max: 4 } } }
`);
    expect(r.failures).toEqual([]);
    expect(r.error).toBeUndefined();
    expect(r.passed).toBe(true);
    expect(r.notes.join()).toContain(`no 'Partner Center Webhook Registration' flow is loaded: the callback URL of '${RECEIVER}' was registered directly`);
    expect(r.runs.map((run) => [run.flow, run.status, run.response?.statusCode])).toEqual([[RECEIVER, 'Succeeded', 200]]);
    expect(r.steps).toMatchObject([{ kind: 'partnerCenter.createReferral', line: 5, runIds: [r.runs[0]!.runId] }]);
    expect(r.refs.r1).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.syncedReferrals).toBe(1);
  });

  it('answers a forged event 400 and makes no outbound call at all (the request logs stay empty)', async () => {
    const r = await simulate(`name: forged
steps:
  - webhook.post:
      ref: forged
      body: { EventName: referral-created, ResourceUri: "https://evil.example.com/engagements/v1/referrals/not-a-guid", ResourceName: referral, ResourceChangeUtcDate: "2026-03-02T09:00:00Z" }
expect:
  webhook: { count: 1, rows: [ { where: { ref: forged }, fields: { via: post, status: 400, referral: not-a-guid, body.error: "not a referral event: referral-created https://evil.example.com/engagements/v1/referrals/not-a-guid" } } ] }
  http: { outbound: 0 }
  partnerCenter: { requests: { count: 0 }, deliveries: { count: 0 } }
  changes: { dataverse: { count: 0 }, partnerCenter: { count: 0 } }
  runs: { succeeded: 1, failed: 0 }
`);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.outbound).toEqual([]);
    expect(r.runs[0]!.actions.map((a) => `${a.path} ${a.status}`)).toEqual([
      'Referral_id Succeeded',
      'Is_a_genuine_referral_event Succeeded',
      'Is_a_genuine_referral_event/else/Reject Succeeded',
    ]);
  });

  it('substitutes refs in step arguments and expectations, and reports each mismatch at its line', async () => {
    const r = await simulate(`name: mismatches
partnerCenter:
  webhook: none
  referrals:
    - ref: r1
      name: Fabrikam ERP
      type: Independent
      customerProfile:
        name: Fabrikam
        address: { addressLine1: 1 Main St, city: Seattle, state: WA, postalCode: "98101", country: US }
        team: [ { firstName: Ann, lastName: Lee, email: ann@fabrikam.com } ]
      consent: { consentToToShareInfoWithOthers: true, consentToContact: true, consentToShareReferralWithMicrosoftSellers: false }
      details: { dealValue: 1000, currency: USD }
steps:
  - dataverse.create: { ref: o1, table: opportunities, as: seller, row: { name: "Deal for \${r1}", cosell_referralidentifier: $r1 } }
  - partnerCenter.patchReferral: { id: $r1, ops: [ { op: replace, path: /details/dealValue, value: 5000 }, { op: replace, path: /externalReferenceId, value: $o1 } ] }
expect:
  dataverse:
    opportunities:
      rows:
        - { where: { cosell_referralidentifier: $r1 }, fields: { name: "Deal for \${r1}", _createdby_value: null } }
  partnerCenter:
    referrals:
      rows:
        - { where: { id: $r1 }, fields: { details.dealValue: 5000, externalReferenceId: $o1 } }
        - { where: { id: $o1 } }
    deliveries: { count: 0 }
`);
    expect(r.error).toBeUndefined();
    const referral = r.refs.r1 as string;
    expect(r.failures.map((f) => [f.line, f.message, f.expected, f.actual])).toEqual([
      [21, "dataverse.opportunities row 1: field '_createdby_value' differs", null, expect.stringMatching(/^[0-9a-f-]{36}$/)],
      [26, "partnerCenter.referrals row 2: 'where' must match exactly one row, it matched 0 of 1", { id: r.refs.o1 }, [{ id: referral }]],
    ]);
    expect(r.passed).toBe(false);
  });

  it('stops at a step the services refuse, naming the step and its line', async () => {
    const r = await simulate(`name: refused
partnerCenter: { webhook: none }
steps:
  - dataverse.create: { table: opportunities, row: { name: A } }
  - dataverse.create: { table: opportunities, row: { name: B, nosuchcolumn: 1 } }
  - dataverse.create: { table: opportunities, row: { name: C } }
expect:
  dataverse: { opportunities: { count: 3 } }
`);
    expect(r.passed).toBe(false);
    expect(r.error).toMatchObject({ line: 5, step: 1 });
    expect(r.error!.message).toMatch(/^step 2 \(dataverse.create\): .*nosuchcolumn/);
    expect(r.steps).toHaveLength(2);
    expect(r.failures).toEqual([]);
  });

  it('runs a flow with `flow.run`, inputs by key or title, and reports its failed run', async () => {
    const r = await simulate(`name: flow.run
partnerCenter: { webhook: none }
steps:
  - flow.run: { flow: ${RECEIVER}, inputs: { EventName: referral-created, ResourceName: referral, ResourceUri: null, ResourceChangeUtcDate: "2026-03-02T09:00:00Z" } }
expect:
  runs: { failed: 0 }
`);
    // ResourceUri is null: split(null) fails the receiver's first action, and the run with it.
    expect(r.failures.map((f) => [f.line, f.message])).toEqual([[6, 'runs failed: expected 0, found 1']]);
    expect(r.runs[0]!.actions[0]).toMatchObject({ path: 'Referral_id', status: 'Failed', error: { code: 'InvalidTemplate' } });
  });

  it('refuses `flow.run` inputs the trigger does not have, or without its required ones', async () => {
    const unknown = await simulate(`name: x\npartnerCenter: { webhook: none }\nsteps:\n  - flow.run: { flow: ${RECEIVER}, inputs: { Referral: x } }\n`);
    expect(unknown.error).toMatchObject({ line: 4, message: expect.stringContaining(`flow '${RECEIVER}' has no input 'Referral' (inputs: EventName, ResourceUri,`) });
    const missing = await simulate(`name: x\npartnerCenter: { webhook: none }\nsteps:\n  - flow.run: { flow: ${RECEIVER} }\n`);
    expect(missing.error!.message).toBe(
      `step 1 (flow.run): flow '${RECEIVER}': missing required input(s) EventName, ResourceUri, ResourceName, ResourceChangeUtcDate`,
    );
  });

  it('fails a scenario whose flows do not load, naming the missing flow', async () => {
    const r = await simulate('name: x\nflows: [ No such flow ]\nsteps: []\n');
    expect(r.passed).toBe(false);
    expect(r.error!.message).toContain("no flow named 'No such flow' (flows: Partner Center to Dynamics 365)");
  });

  it("runs Microsoft's and the Dataverse users' steps, on the simulated clock, and checks the change logs", async () => {
    const r = await simulate(`name: steps
start: "2026-05-01T08:00:00Z"
steps:
  - partnerCenter.createReferral:
      ref: r1
      microsoftRef: m1
      as: microsoft
      body:${MICROSOFT_REFERRAL}
  - microsoft.update: { referral: $r1, ops: [ { op: replace, path: /details/dealValue, value: 9 } ] }
  - clock.advance: PT1H
  - microsoft.close: { referral: $r1, outcome: Won }
  - dataverse.create: { ref: o1, table: opportunities, row: { name: A } }
  - dataverse.update: { table: opportunities, id: $o1, as: sync@contoso.com, set: { name: B } }
  - dataverse.delete: { table: opportunities, id: $o1 }
expect:
  partnerCenter:
    microsoftReferrals: { rows: [ { where: { id: $m1 }, fields: { details.dealValue: 9, status: Closed, substatus: Won } } ] }
    referrals: { rows: [ { where: { id: $r1 }, fields: { status: New } } ] }
    deliveries: { count: 3, rows: [ { where: { n: 3 }, fields: { event: related-referral-updated, referral: $m1, status: 200 } } ] }
  changes:
    partnerCenter:
      count: 4
      rows: [ { where: { n: 4 }, fields: { referral: $m1, kind: updated, via: MSX, identity: microsoft } } ]
    dataverse:
      count: 3
      rows:
        - { where: { n: 1 }, fields: { message: Create, entitySet: opportunities, id: $o1, identity: seller } }
        - { where: { n: 2 }, fields: { message: Update, identity: sync@contoso.com, attributes: [ name, modifiedon, modifiedby ] } }
        - { where: { n: 3 }, fields: { message: Delete } }
  dataverse: { opportunities: { count: 0 } }
  runs: { total: 3, succeeded: 3 }
`);
    expect(r.failures).toEqual([]);
    expect(r.error).toBeUndefined();
    expect(r.steps.map((s) => [s.kind, s.at, s.runIds.length])).toEqual([
      ['partnerCenter.createReferral', '2026-05-01T08:00:00.000Z', 1],
      ['microsoft.update', '2026-05-01T08:00:00.000Z', 1],
      ['clock.advance', '2026-05-01T08:00:00.000Z', 0],
      ['microsoft.close', '2026-05-01T09:00:00.000Z', 1],
      ['dataverse.create', '2026-05-01T09:00:00.000Z', 0],
      ['dataverse.update', '2026-05-01T09:00:00.000Z', 0],
      ['dataverse.delete', '2026-05-01T09:00:00.000Z', 0],
    ]);
  });
});
