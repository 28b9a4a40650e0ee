// The bidirectional-sync-loop heuristic, branch by branch, on variations of its fixture.
import { describe, expect, it } from 'vitest';
import { type LintFlow, lintFlow, lintWorkflows } from '../../src/lint';
import { inlineFlow, readFixture } from './helpers';

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

  it('reports a group of flows that trigger each other once, with its shortest cycle and the other flows in it', () => {
    // Each flow is a webhook that posts to an external system: any of them can fire every other one.
    const webhook = (name: string) =>
      inlineFlow(name, {
        properties: {
          definition: {
            triggers: { manual: { type: 'Request', kind: 'Http', inputs: { method: 'POST' } } },
            actions: { Post: { type: 'Http', inputs: { method: 'POST', uri: 'https://api.contoso.com/orders' }, runAfter: {} } },
          },
        },
      });
    const found = loops(['E', 'B', 'D', 'A', 'C'].map(webhook));
    expect(found).toHaveLength(1);
    expect(found[0]!.flow).toBe('A');
    expect(found[0]!.message).toMatch(/^flows trigger each other with no guard, A -> B -> A: /);
    expect(found[0]!.message).toMatch(/'C', 'D', 'E' are in the same loop too/);
  });

  it('stays linear where most paths never close into a cycle', () => {
    // A row flow on table `t` that updates the tables `writes`.
    const rowFlow = (name: string, table: string, writes: string[]) =>
      inlineFlow(name, {
        properties: {
          definition: {
            triggers: {
              When_a_row_changes: {
                type: 'OpenApiConnectionWebhook',
                inputs: {
                  host: { apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps', operationId: 'SubscribeWebhookTrigger' },
                  parameters: { 'subscriptionRequest/message': 4, 'subscriptionRequest/entityname': table, 'subscriptionRequest/scope': 4 },
                },
              },
            },
            actions: Object.fromEntries(
              writes.map((w, i) => [
                `Update_${i}`,
                {
                  type: 'OpenApiConnection',
                  inputs: {
                    host: { apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps', operationId: 'UpdateRecord' },
                    parameters: { entityName: `${w}s`, recordId: '1', 'item/name': 'x' },
                  },
                  runAfter: {},
                },
              ]),
            ),
          },
        },
      });
    // A and Z fire each other; A also fires the first of nine layers of six flows, each firing the whole next
    // layer, and the last firing nothing: ten million paths, one cycle.
    const flows = [rowFlow('A', 'account', ['zone', 'layer1']), rowFlow('Z', 'zone', ['account'])];
    for (let l = 1; l <= 9; l++) for (let w = 0; w < 6; w++) flows.push(rowFlow(`L${l}_${w}`, `layer${l}`, l < 9 ? [`layer${l + 1}`] : []));
    const start = performance.now();
    const found = loops(flows);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(found.map((f) => f.flow)).toEqual(['A']);
    expect(found[0]!.message).toMatch(/^flows trigger each other with no guard, A -> Z -> A: /);
  });
});
