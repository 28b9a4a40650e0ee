// Workflow actions: child flows run synchronously and answer through their Response.
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../../src/sim/runtime';
import { action, compose, workflow, type Json } from './helpers';

const CHILD_ID = '83B1EC3A-88D3-EC11-A7B5-000D3AF46350';
const buttonTrigger = { manual: { type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties: { text: { type: 'string' } } } } } };

function child(statusCode: number | string) {
  return workflow(
    {
      Upper: compose("@toUpper(triggerBody()?['text'])"),
      Respond: {
        type: 'Response',
        kind: 'PowerApp',
        inputs: { statusCode, body: { echo: "@outputs('Upper')" } },
        runAfter: { Upper: ['Succeeded'] },
      },
      After: compose('still running', { Respond: ['Succeeded'] }),
    },
    { triggers: buttonTrigger },
  );
}

const parent = (retryPolicy?: Json, id = CHILD_ID.toLowerCase()) =>
  workflow({
    Call_child: {
      type: 'Workflow',
      inputs: { host: { workflowReferenceName: id }, body: { text: "@triggerBody()?['text']" }, ...(retryPolicy ? { retryPolicy } : {}) },
      runAfter: {},
    },
    Echo: compose("@body('Call_child')?['echo']", { Call_child: ['Succeeded'] }),
  });

function simulator(childStatus: number | string, retryPolicy?: Json) {
  const sim = new Simulator({ identity: 'owner@contoso.com' });
  sim.load(child(childStatus), { name: 'Child', file: `Workflows/Child-${CHILD_ID}.json` });
  sim.load(parent(retryPolicy), { name: 'Parent' });
  return sim;
}

describe('child flows', () => {
  it('pass inputs.body as the child’s trigger body and return its Response as outputs', async () => {
    const sim = simulator(200);
    const run = (await sim.trigger('Parent', { body: { text: 'hi' } }, { identity: 'maker@contoso.com' }))!;
    await sim.idle();
    expect(run.status).toBe('Succeeded');
    expect(action(run, 'Call_child').outputs).toEqual({ statusCode: 200, headers: {}, body: { echo: 'HI' } });
    expect(action(run, 'Echo').outputs).toBe('HI');
    const childRun = sim.runs.find((r) => r.flow === 'Child')!;
    expect(childRun.trigger.outputs).toEqual({ headers: {}, body: { text: 'hi' } });
    expect(childRun.status).toBe('Succeeded');
    // Each run meters itself: parent = trigger + 2 actions; child = trigger + 3 actions.
    expect(run.actionExecutions).toBe(3);
    expect(childRun.actionExecutions).toBe(4);
    expect(sim.meter.byFlow).toEqual({ Parent: 3, Child: 4 });
  });

  it('fail the action on a 4xx Response without retrying', async () => {
    const sim = simulator(400);
    const run = (await sim.trigger('Parent', { body: { text: 'x' } }))!;
    await sim.idle();
    expect(action(run, 'Call_child')).toMatchObject({ status: 'Failed', error: { code: 'BadRequest' }, retries: 0 });
    expect(sim.runs.filter((r) => r.flow === 'Child')).toHaveLength(1);
  });

  it('retry a 5xx Response per the retry policy, running the child again', async () => {
    const sim = simulator(500, { type: 'fixed', count: 2, interval: 'PT10S' });
    const run = (await sim.trigger('Parent', { body: { text: 'x' } }))!;
    await sim.idle();
    expect(action(run, 'Call_child')).toMatchObject({ status: 'Failed', retries: 2 });
    expect(sim.runs.filter((r) => r.flow === 'Child')).toHaveLength(3);
  });

  it('fail with WorkflowNotFound for an unknown workflow id', async () => {
    const sim = new Simulator();
    sim.load(parent({ type: 'none' }, '00000000-0000-0000-0000-000000000000'), { name: 'Parent' });
    const run = (await sim.trigger('Parent', { body: {} }))!;
    expect(action(run, 'Call_child')).toMatchObject({ status: 'Failed', error: { code: 'WorkflowNotFound' } });
  });
});
