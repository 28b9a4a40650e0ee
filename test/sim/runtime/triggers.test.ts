// Trigger conditions, trigger concurrency, Dataverse row triggers and parameters.
import { describe, expect, it } from 'vitest';
import type { ConnectorAdapter, RowSubscription, RowTriggerSource } from '../../../src/sim/contracts';
import { FlowLoadError, Simulator } from '../../../src/sim/runtime';
import { action, compose, ok, workflow, type Json } from './helpers';

describe('trigger conditions', () => {
  const conditioned = workflow(
    { Work: compose("@triggerBody()?['category']") },
    { triggers: { manual: { type: 'Request', kind: 'Http', inputs: {}, conditions: [{ expression: "@equals(triggerBody()?['category'], 6)" }] } } },
  );

  it('start no run when a condition is false, and record a skipped trigger evaluation', async () => {
    const sim = new Simulator();
    sim.load(conditioned, { name: 'Test' });
    expect(await sim.trigger('Test', { body: { category: 5 } })).toBeUndefined();
    expect(sim.runs).toHaveLength(0);
    expect(sim.triggerHistory).toMatchObject([{ flow: 'Test', trigger: 'manual', result: 'Skipped', reason: expect.stringContaining("@equals(triggerBody()?['category'], 6)") }]);
    expect(sim.meter.snapshot()).toMatchObject({ total: 1, triggers: 1, actions: 0 });
    const run = await sim.trigger('Test', { body: { category: 6 } });
    expect(run?.status).toBe('Succeeded');
    expect(sim.triggerHistory[1]).toMatchObject({ result: 'Fired', runId: run!.runId });
  });
});

/** An adapter whose calls wait until the test releases them, one at a time, in call order. */
function gatedAdapter() {
  const waiting: Array<() => void> = [];
  const log: string[] = [];
  const adapter: ConnectorAdapter = {
    invoke: (request) =>
      new Promise((resolve) => {
        log.push(`start ${String(request.parameters.n)}`);
        waiting.push(() => {
          log.push(`end ${String(request.parameters.n)}`);
          resolve(ok());
        });
      }),
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { adapter, log, waiting, release: async () => (waiting.shift()!(), settle()), settle };
}

const gatedFlow = (concurrency: Json) =>
  workflow(
    { Call: { type: 'OpenApiConnection', inputs: { host: { connectionName: 'svc', operationId: 'Op' }, parameters: { n: "@triggerBody()?['n']" } }, runAfter: {} } },
    {
      triggers: { manual: { type: 'Request', kind: 'Http', inputs: {}, runtimeConfiguration: { concurrency } } },
      connectionReferences: { svc: { api: { name: 'shared_svc' } } },
    },
  );

describe('trigger concurrency', () => {
  it('runs at most `runs` at once and queues the rest in trigger order', async () => {
    const gate = gatedAdapter();
    const sim = new Simulator({ adapters: { shared_svc: gate.adapter } });
    sim.load(gatedFlow({ runs: 2 }), { name: 'Test' });
    const runs = [1, 2, 3, 4, 5].map((n) => sim.trigger('Test', { body: { n } }));
    await gate.settle();
    expect(gate.log).toEqual(['start 1', 'start 2']);
    await gate.release();
    expect(gate.log).toEqual(['start 1', 'start 2', 'end 1', 'start 3']);
    while (gate.waiting.length) await gate.release();
    await sim.idle();
    expect(gate.log.filter((l) => l.startsWith('start'))).toEqual(['start 1', 'start 2', 'start 3', 'start 4', 'start 5']);
    expect((await Promise.all(runs)).map((r) => r?.status)).toEqual(Array(5).fill('Succeeded'));
  });

  it('rejects triggers beyond maximumWaitingRuns with 429', async () => {
    const gate = gatedAdapter();
    const sim = new Simulator({ adapters: { shared_svc: gate.adapter } });
    sim.load(gatedFlow({ runs: 1, maximumWaitingRuns: 1 }), { name: 'Test' });
    const a = sim.invoke('Test', { body: { n: 1 } });
    const b = sim.invoke('Test', { body: { n: 2 } });
    const c = sim.invoke('Test', { body: { n: 3 } });
    expect((await c.response).statusCode).toBe(429);
    expect(await c.run).toBeUndefined();
    expect(sim.triggerHistory.map((t) => t.result)).toEqual(['Fired', 'Fired', 'Rejected']);
    await gate.settle();
    while (gate.waiting.length) await gate.release();
    expect((await a.run)?.status).toBe('Succeeded');
    expect((await b.run)?.status).toBe('Succeeded');
  });
});

describe('row triggers', () => {
  /** A tiny stand-in for the Dataverse double: a write fires the matching subscriptions. */
  function fakeDataverse() {
    const subscriptions: Array<{ subscription: RowSubscription; fire: (body: Record<string, unknown>, identity: string) => void }> = [];
    const source: RowTriggerSource = { subscribe: (subscription, fire) => subscriptions.push({ subscription, fire }) };
    const write = (entityName: string, row: Record<string, unknown>, identity: string) => {
      for (const s of subscriptions) if (s.subscription.entityName === entityName) s.fire(row, identity);
    };
    const adapter: ConnectorAdapter = {
      async invoke(request) {
        const entity = String(request.parameters.entityName).replace(/s$/, '');
        const row = { ...Object.fromEntries(Object.entries(request.parameters).filter(([k]) => k.startsWith('item/')).map(([k, v]) => [k.slice(5), v])) };
        write(entity, row, request.identity);
        return ok(row, 201);
      },
    };
    return { source, subscriptions, write, adapter };
  }

  const dataverse = {
    shared_commondataserviceforapps: {
      runtimeSource: 'embedded',
      connection: { connectionReferenceLogicalName: 'cosell_Dataverse' },
      api: { name: 'shared_commondataserviceforapps' },
      impersonation: { source: 'invoker' },
    },
  };
  const rowTrigger = (entity: string, extra: Json = {}) => ({
    When_a_row_changes: {
      type: 'OpenApiConnectionWebhook',
      inputs: {
        host: { connectionName: 'shared_commondataserviceforapps', operationId: 'SubscribeWebhookTrigger', apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps' },
        parameters: { 'subscriptionRequest/message': 4, 'subscriptionRequest/entityname': entity, 'subscriptionRequest/scope': 4, ...extra },
        authentication: "@parameters('$authentication')",
      },
    },
  });
  const createTask = {
    Create_task: {
      type: 'OpenApiConnection',
      inputs: {
        host: { connectionName: 'shared_commondataserviceforapps', operationId: 'CreateRecord' },
        parameters: { entityName: 'tasks', 'item/subject': "@concat('Follow up ', triggerBody()?['name'])" },
      },
      runAfter: {},
    },
  };

  it('reads each flow’s subscription and runs it when fired, including rows the flows write themselves', async () => {
    const dv = fakeDataverse();
    const sim = new Simulator({ adapters: { shared_commondataserviceforapps: dv.adapter } });
    sim.load(
      workflow(createTask, {
        triggers: rowTrigger('opportunity', {
          'subscriptionRequest/filteringattributes': 'name,statecode',
          'subscriptionRequest/filterexpression': 'statecode eq 0',
          'subscriptionRequest/runas': 1,
        }),
        connectionReferences: dataverse,
      }),
      { name: 'On opportunity' },
    );
    const subscriptions = sim.bindRowTriggers(dv.source);
    sim.load(workflow({ Seen: compose("@triggerBody()?['subject']") }, { triggers: rowTrigger('task'), connectionReferences: dataverse }), { name: 'On task' });
    expect(subscriptions).toEqual([
      { flow: 'On opportunity', message: 4, entityName: 'opportunity', scope: 4, filteringAttributes: ['name', 'statecode'], filterExpression: 'statecode eq 0', runAs: 1 },
    ]);
    expect(dv.subscriptions.map((s) => s.subscription.flow)).toEqual(['On opportunity', 'On task']);

    dv.write('opportunity', { name: 'Big deal' }, 'seller@contoso.com');
    await sim.idle();
    expect(sim.runs.map((r) => [r.flow, r.status])).toEqual([
      ['On opportunity', 'Succeeded'],
      ['On task', 'Succeeded'],
    ]);
    const task = sim.runs.find((r) => r.flow === 'On task')!;
    expect(action(task, 'Seen').outputs).toBe('Follow up Big deal');
  });
});

describe('parameters', () => {
  const withParameters = workflow(
    { Read: compose({ url: "@parameters('Base URL (cosell_baseurl)')", flag: "@parameters('Flag (cosell_flag)')" }) },
    {
      parameters: {
        'Base URL (cosell_baseurl)': { defaultValue: 'https://a.example.com', type: 'String', metadata: { schemaName: 'cosell_baseurl' } },
        'Flag (cosell_flag)': { defaultValue: true, type: 'Bool', metadata: { schemaName: 'cosell_flag' } },
      },
    },
  );

  it('environment variables take their default, overridden by settings keyed by schema name', async () => {
    const plain = new Simulator();
    plain.load(withParameters, { name: 'Test' });
    expect(action((await plain.trigger('Test'))!, 'Read').outputs).toEqual({ url: 'https://a.example.com', flag: true });
    const set = new Simulator({ settings: { cosell_baseurl: 'https://b.example.com', cosell_flag: 'false' } });
    set.load(withParameters, { name: 'Test' });
    expect(action((await set.trigger('Test'))!, 'Read').outputs).toEqual({ url: 'https://b.example.com', flag: false });
  });

  it('a setting of the wrong type is a located load error', () => {
    const sim = new Simulator({ settings: { cosell_flag: 'maybe' } });
    expect(() => sim.load(withParameters, { name: 'Test' })).toThrow(FlowLoadError);
    expect(() => sim.load(withParameters, { name: 'Test' })).toThrow(/flow 'Test': action 'definition': parameters: parameter 'Flag \(cosell_flag\)': 'maybe' is not a boolean/);
  });
});
