// The bidirectional-sync-loop heuristic, branch by branch, on variations of its fixture.
import { describe, expect, it } from 'vitest';
import { type LintFlow, lintFlow, lintWorkflows } from '../../src/lint';
import { readFixture } from './helpers';

type JsonObject = Record<string, any>; // workflow JSON is untyped by nature

const loops = (flows: LintFlow[]) => lintWorkflows(flows).filter((f) => f.rule === 'bidirectional-sync-loop');

/** The bad fixture's flows, with `edit` applied to the JSON of the flow called `name`. */
async function variant(name: string, edit: (definition: JsonObject, properties: JsonObject) => void): Promise<LintFlow[]> {
  const flows = await readFixture('bidirectional-sync-loop', 'bad');
  return flows.map((f) => {
    if (f.name !== name) return f;
    const properties = JSON.parse(JSON.stringify(f.properties));
    edit(properties.definition, properties);
    return lintFlow({ ...f, properties });
  });
}

const rowTrigger = (d: JsonObject) => d.triggers.When_a_row_changes;

describe('bidirectional-sync-loop', () => {
  it('finds the loop through a child flow of the webhook flow', async () => {
    expect(loops(await readFixture('bidirectional-sync-loop', 'bad'))).toHaveLength(1);
  });

  it('needs the whole cycle: without the child flow nothing writes the table', async () => {
    const flows = (await readFixture('bidirectional-sync-loop', 'bad')).filter((f) => f.name !== 'UpsertOpportunityChild');
    expect(loops(flows)).toEqual([]);
  });

  it('a trigger condition on a sync-marker column the other flow writes is a guard', async () => {
    const flows = await variant('DynamicsToPartnerCenter', (d) => {
      rowTrigger(d).conditions = [{ expression: "@empty(triggerOutputs()?['body/cosell_referralidentifier'])" }];
    });
    expect(loops(flows)).toEqual([]);
  });

  it('a trigger condition that cannot tell the writes apart is not a guard', async () => {
    const flows = await variant('DynamicsToPartnerCenter', (d) => {
      rowTrigger(d).conditions = [{ expression: "@equals(triggerOutputs()?['body/statecode'], 0)" }];
    });
    expect(loops(flows)).toHaveLength(1);
  });

  it('filtering attributes that leave out the written columns break the cycle', async () => {
    const flows = await variant('DynamicsToPartnerCenter', (d) => {
      rowTrigger(d).inputs.parameters['subscriptionRequest/filteringattributes'] = 'estimatedvalue';
    });
    expect(loops(flows)).toEqual([]);
  });

  it('a create-only trigger is fired by the upsert, which may create the row', async () => {
    const flows = await variant('DynamicsToPartnerCenter', (d) => {
      rowTrigger(d).inputs.parameters['subscriptionRequest/message'] = 1;
    });
    expect(loops(flows)).toHaveLength(1);
  });

  it('a read of the external system is not a write', async () => {
    const flows = await variant('DynamicsToPartnerCenter', (d) => {
      d.actions.Update_referral.inputs.host.operationId = 'GetReferral';
    });
    expect(loops(flows)).toEqual([]);
  });

  it('an HTTP webhook trigger with a condition counts as guarded', async () => {
    const flows = await variant('PartnerCenterToDynamics', (d) => {
      d.triggers.manual.conditions = [{ expression: "@not(equals(triggerBody()?['source'], 'dynamics'))" }];
    });
    expect(loops(flows)).toEqual([]);
  });
});
