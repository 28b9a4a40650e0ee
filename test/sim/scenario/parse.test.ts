// Scenario files: the issue's minimum shape parses; every schema or reference error names the file, the YAML
// line and the field.
import { describe, expect, it } from 'vitest';
import { ScenarioError, parseScenario } from '../../../src/sim/scenario';

/** The issue's example, keys and all. */
const MINIMUM = `name: Partner Center referral becomes an opportunity
settings: { cosell_showcheckmark: true }
dataverse:
  accounts: [ { name: Contoso, address1_postalcode: "98052", address1_country: US } ]
partnerCenter:
  referrals: []
steps:
  - partnerCenter.createReferral: { ref: r1, as: microsoft, body: { customerProfile: { name: Contoso } } }
  - partnerCenter.patchReferral: { id: $r1, ops: [ { op: replace, path: /details/dealValue, value: 5000 } ] }
  - dataverse.create: { ref: o1, table: opportunities, as: seller, row: { name: Deal, cosell_syncwithpartnercenter: true } }
  - dataverse.update: { table: opportunities, id: $o1, as: seller, set: { estimatedvalue: 7000 } }
  - webhook.deliver: { event: referral-updated, referral: $r1, times: 2 }
  - fault: { service: partnerCenter, status: 429, count: 3 }
  - flow.run: { flow: "Partner Center Webhook Registration", inputs: { Events to register: "" } }
expect:
  dataverse:
    opportunities:
      count: 1
      rows: [ { where: { cosell_referralidentifier: $r1 }, fields: { estimatedvalue: 5000 } } ]
  partnerCenter:
    referrals:
      count: 1
      rows: [ { where: { id: $r1 }, fields: { details.dealValue: 5000, externalReferenceId: $o1 } } ]
  runs: { failed: 0 }
`;

function issues(yaml: string) {
  try {
    parseScenario(yaml, 'x.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues;
  }
  throw new Error('the scenario parsed');
}

describe('scenario files: parsing', () => {
  it("accepts the issue's minimum shape and keeps each step's kind, arguments and line", () => {
    const s = parseScenario(MINIMUM, 'x.yaml');
    expect(s.name).toBe('Partner Center referral becomes an opportunity');
    expect(s.settings).toEqual({ cosell_showcheckmark: true });
    expect(s.partnerCenter.webhook).toEqual({ register: 'auto' });
    expect(s.steps.map((st) => [st.kind, st.line])).toEqual([
      ['partnerCenter.createReferral', 8],
      ['partnerCenter.patchReferral', 9],
      ['dataverse.create', 10],
      ['dataverse.update', 11],
      ['webhook.deliver', 12],
      ['fault', 13],
      ['flow.run', 14],
    ]);
    expect(s.steps[1]!.args).toEqual({ id: '$r1', ops: [{ op: 'replace', path: '/details/dealValue', value: 5000 }] });
    expect(s.expect.partnerCenter?.referrals?.rows?.[0]?.fields).toEqual({ 'details.dealValue': 5000, externalReferenceId: '$o1' });
  });

  it('reads `partnerCenter.webhook: none` and the object form', () => {
    expect(parseScenario('name: a\npartnerCenter: { webhook: none }\nsteps: []\n', 'x.yaml').partnerCenter.webhook).toEqual({ register: 'none' });
    expect(parseScenario('name: a\npartnerCenter: { webhook: { receiver: R, events: [referral-created] } }\nsteps: []\n', 'x.yaml').partnerCenter.webhook).toEqual({
      register: 'auto',
      receiver: 'R',
      events: ['referral-created'],
    });
  });

  it('locates an unknown step at its line, listing the steps there are', () => {
    const [issue] = issues('name: a\nsteps:\n  - dataverse.create: { table: accounts, row: {} }\n  - dataverse.insert: { table: accounts }\n');
    expect(issue).toMatchObject({ line: 4, field: 'steps[1].dataverse.insert' });
    expect(issue!.message).toMatch(/^unknown step 'dataverse.insert' \(steps: partnerCenter.createReferral, /);
  });

  it('locates wrong types, values out of range and missing keys at the field', () => {
    const yaml = [
      'name: a',
      'steps:',
      '  - fault:',
      '      service: pc',
      '      status: 200',
      '  - webhook.deliver: { event: referral-updated }',
      '  - clock.advance: 5m',
      'expect:',
      '  runs: { failed: -1 }',
      '  dataverse: { opportunities: { rows: [ { fields: { a: 1 } } ] } }',
      '',
    ].join('\n');
    expect(issues(yaml).map((i) => `${i.line} ${i.field}: ${i.message}`)).toEqual([
      '4 steps[0].fault.service: must be one of partnerCenter, dataverse, http (got "pc")',
      '5 steps[0].fault.status: must be >= 400 (got 200)',
      "6 steps[1].webhook.deliver: missing required key 'referral'",
      '7 steps[2].clock.advance: must be an ISO 8601 duration such as PT5M or P1D (got "5m")',
      '9 expect.runs.failed: must be a count: an integer >= 0, or { min, max } (got -1)',
      "10 expect.dataverse.opportunities.rows[0]: missing required key 'where'",
    ]);
  });

  it('locates an unknown top-level key and a missing name', () => {
    expect(issues('steps: []\nsetting: { a: 1 }\n')).toEqual([
      { line: 1, message: "missing required key 'name'" },
      { line: 2, field: 'setting', message: "unknown key 'setting'" },
    ]);
  });

  it('rejects a step with two kinds in one item', () => {
    const [issue] = issues("name: a\nsteps:\n  - { clock.advance: PT1M, fault: { service: http, status: 500 } }\n");
    expect(issue).toMatchObject({ line: 3, field: 'steps[0]', message: "a step is an object with exactly one key, its kind (e.g. 'dataverse.create')" });
  });

  it('reports YAML syntax errors with their line', () => {
    const [issue] = issues('name: a\nsteps:\n  - fault: a: b\nexpect: {}\n');
    expect(issue!.line).toBe(3);
  });

  it('locates a reference used before its ref is defined, and a ref defined twice', () => {
    const yaml = [
      'name: a',
      'steps:',
      '  - partnerCenter.patchReferral: { id: $r1, ops: [ { op: replace, path: /name, value: x } ] }',
      '  - partnerCenter.createReferral: { ref: r1, body: {} }',
      '  - dataverse.create: { ref: r1, table: opportunities, row: { name: "for ${r2}" } }',
      'expect:',
      '  partnerCenter: { referrals: { rows: [ { where: { id: $o9 } } ] } }',
      '',
    ].join('\n');
    expect(issues(yaml).map((i) => `${i.line} ${i.field}: ${i.message}`)).toEqual([
      '3 steps[0].partnerCenter.patchReferral.id: unknown reference $r1 (defined before this point: $receiverUrl)',
      '5 steps[2].dataverse.create.row.name: unknown reference $r2 (defined before this point: $receiverUrl, $r1)',
      "5 steps[2].dataverse.create.ref: ref 'r1' is already defined at line 4",
      '7 expect.partnerCenter.referrals.rows[0].where.id: unknown reference $o9 (defined before this point: $receiverUrl, $r1)',
    ]);
  });

  it('lets initial rows define refs for the steps, and refuses references in settings', () => {
    const ok = 'name: a\ndataverse:\n  accounts: [ { ref: a1, name: A } ]\nsteps:\n  - dataverse.update: { table: accounts, id: $a1, set: { name: B } }\n';
    expect(parseScenario(ok, 'x.yaml').steps).toHaveLength(1);
    expect(issues('name: a\nsettings: { cosell_url: $receiverUrl }\nsteps: []\n')).toEqual([
      { line: 2, field: 'settings.cosell_url', message: 'settings apply when the flows load, before any reference exists: $receiverUrl cannot be used here' },
    ]);
  });

  it('names the file in the message of the error', () => {
    expect(() => parseScenario('name: a\nsteps: [ { fault: {} } ]\n', 'test/scenarios/x.yaml')).toThrow(
      "test/scenarios/x.yaml:2: steps[0].fault: missing required key 'service'",
    );
  });
});
