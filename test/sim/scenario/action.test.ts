// The `dataverse.action` step: a seller closes an opportunity with WinOpportunity or LoseOpportunity (the only
// way to close one; Update refuses statecode Won/Lost). Parsed and checked like any step, run as its identity.
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../src/sim/scenario';
import { parse, simulate } from './helpers';

function issues(yaml: string) {
  try {
    parse(yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues;
  }
  throw new Error('the scenario parsed');
}

const OPEN = `partnerCenter: { webhook: none }
dataverse:
  opportunities: [ { ref: o1, name: Deal, estimatedvalue: 1200 } ]
`;

describe('scenario step dataverse.action', () => {
  it('parses with its name, body and identity, at its line', () => {
    const s = parse(`name: a
${OPEN}steps:
  - dataverse.action:
      name: WinOpportunity
      as: seller
      body: { OpportunityClose: { subject: Won, opportunityid@odata.bind: "/opportunities(\${o1})" }, Status: 3 }
`);
    expect(s.steps).toHaveLength(1);
    expect(s.steps[0]).toMatchObject({
      kind: 'dataverse.action',
      line: 6,
      args: { name: 'WinOpportunity', as: 'seller', body: { OpportunityClose: { subject: 'Won', 'opportunityid@odata.bind': '/opportunities(${o1})' }, Status: 3 } },
    });
  });

  it('refuses other actions, a body without OpportunityClose or its binding, and unknown keys, at the field', () => {
    expect(issues(`name: a\n${OPEN}steps:\n  - dataverse.action: { name: QualifyLead, body: { OpportunityClose: { opportunityid@odata.bind: "opportunities(x)" } } }\n`)[0]).toMatchObject({
      line: 6,
      field: 'steps[0].dataverse.action.name',
      message: expect.stringMatching(/must be one of WinOpportunity, LoseOpportunity/),
    });
    expect(issues(`name: a\n${OPEN}steps:\n  - dataverse.action: { name: WinOpportunity, body: { Status: 3 } }\n`)[0]).toMatchObject({
      message: "missing required key 'OpportunityClose'",
    });
    expect(issues(`name: a\n${OPEN}steps:\n  - dataverse.action: { name: WinOpportunity, body: { OpportunityClose: { subject: x } } }\n`)[0]).toMatchObject({
      message: "missing required key 'opportunityid@odata.bind'",
    });
    expect(issues(`name: a\n${OPEN}steps:\n  - dataverse.action: { name: WinOpportunity, body: { OpportunityClose: { opportunityid@odata.bind: "opportunities(x)", actualend: "2026-01-01" } } }\n`)[0]).toMatchObject({
      message: "unknown key 'actualend'",
    });
  });

  it('wins an opportunity as the seller: state, status, close date, actual value, and the change log', async () => {
    const r = await simulate(`name: win
start: "2026-05-01T08:00:00Z"
${OPEN}steps:
  - dataverse.action:
      name: WinOpportunity
      body: { OpportunityClose: { opportunityid@odata.bind: "/opportunities(\${o1})" } }
expect:
  dataverse:
    opportunities:
      rows: [ { where: { opportunityid: $o1 }, fields: { statecode: 1, statuscode: 3, actualclosedate: "2026-05-01", actualvalue: 1200 } } ]
  changes:
    dataverse:
      count: 1
      rows: [ { where: { n: 1 }, fields: { message: Update, entitySet: opportunities, id: $o1, identity: seller } } ]
`);
    expect(r.error).toBeUndefined();
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('loses an opportunity with a status and revenue, as the identity given', async () => {
    const r = await simulate(`name: lose
${OPEN}steps:
  - dataverse.action:
      name: LoseOpportunity
      as: manager@contoso.com
      body: { OpportunityClose: { opportunityid@odata.bind: "opportunities(\${o1})", actualrevenue: 10 }, Status: 4 }
expect:
  dataverse:
    opportunities:
      rows: [ { where: { opportunityid: $o1 }, fields: { statecode: 2, statuscode: 4, actualvalue: 10 } } ]
  changes:
    dataverse: { rows: [ { where: { n: 1 }, fields: { identity: manager@contoso.com } } ] }
`);
    expect(r.error).toBeUndefined();
    expect(r.failures).toEqual([]);
  });

  it('stops at a close the service refuses (already closed, a status of the other state, a bad binding)', async () => {
    const run = (steps: string) => simulate(`name: refused\n${OPEN}steps:\n${steps}`);
    const win = '  - dataverse.action: { name: WinOpportunity, body: { OpportunityClose: { opportunityid@odata.bind: "opportunities(${o1})" } } }\n';
    const twice = await run(win + win);
    expect(twice.error).toMatchObject({ step: 1 });
    expect(twice.error!.message).toMatch(/^step 2 \(dataverse.action\): /);
    const wrongStatus = await run('  - dataverse.action: { name: LoseOpportunity, body: { OpportunityClose: { opportunityid@odata.bind: "opportunities(${o1})" }, Status: 3 } }\n');
    expect(wrongStatus.error!.message).toMatch(/^step 1 \(dataverse.action\): /);
    const badBind = await run('  - dataverse.action: { name: WinOpportunity, body: { OpportunityClose: { opportunityid@odata.bind: "accounts(${o1})" } } }\n');
    expect(badBind.error!.message).toMatch(/opportunities\(<id>\)/);
  });
});
