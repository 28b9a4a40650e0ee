// Simulator throughput: metered action executions per second on synthetic flows.
import { Simulator } from '../../src/sim/runtime';
import type { BenchRow } from './harness';

const GOAL = 2_000;
const ITEMS = Array.from({ length: 200 }, (_, i) => ({ id: i, amount: (i * 37) % 100 }));

/** A loop of 200 items, each running a Compose, an If with a variable update and a Scope with a connector call. */
function synthetic(concurrency?: number) {
  const loop = {
    type: 'Foreach',
    foreach: "@triggerBody()?['items']",
    ...(concurrency ? { runtimeConfiguration: { concurrency: { repetitions: concurrency } } } : {}),
    actions: {
      Label: { type: 'Compose', inputs: "@concat('item-', string(items('Each')?['id']))", runAfter: {} },
      Big: {
        type: 'If',
        expression: { and: [{ greater: ["@items('Each')?['amount']", 50] }] },
        actions: { Add: { type: 'IncrementVariable', inputs: { name: 'total', value: "@items('Each')?['amount']" }, runAfter: {} } },
        else: { actions: { Note: { type: 'AppendToArrayVariable', inputs: { name: 'small', value: "@outputs('Label')" }, runAfter: {} } } },
        runAfter: { Label: ['Succeeded'] },
      },
      Work: {
        type: 'Scope',
        actions: {
          Fetch: {
            type: 'OpenApiConnection',
            inputs: { host: { connectionName: 'svc', operationId: 'Get' }, parameters: { id: "@items('Each')?['id']" } },
            runAfter: {},
          },
          Shape: { type: 'Compose', inputs: { id: "@body('Fetch')?['id']", label: "@outputs('Label')" }, runAfter: { Fetch: ['Succeeded'] } },
        },
        runAfter: { Big: ['Succeeded'] },
      },
    },
    runAfter: { Init: ['Succeeded'] },
  };
  return {
    properties: {
      connectionReferences: { svc: { api: { name: 'shared_svc' } } },
      definition: {
        triggers: { manual: { type: 'Request', kind: 'Http', inputs: {} } },
        actions: {
          Init: {
            type: 'InitializeVariable',
            inputs: { variables: [{ name: 'total', type: 'integer', value: 0 }, { name: 'small', type: 'array', value: [] }] },
            runAfter: {},
          },
          Each: loop,
          Done: { type: 'Compose', inputs: "@variables('total')", runAfter: { Each: ['Succeeded'] } },
        },
      },
    },
  };
}

async function throughput(concurrency?: number): Promise<number> {
  const sim = new Simulator({
    adapters: { shared_svc: { invoke: async (r) => ({ statusCode: 200, headers: {}, body: { id: r.parameters.id } }) } },
  });
  sim.load(synthetic(concurrency), { name: 'Synthetic' });
  const once = () => sim.trigger('Synthetic', { body: { items: ITEMS } });
  for (let i = 0; i < 3; i++) await once(); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < 7; r++) {
    const before = sim.meter.total;
    const start = process.hrtime.bigint();
    const run = await once();
    if (run?.status !== 'Succeeded') throw new Error(`the synthetic run ended ${run?.status}`);
    rates.push((sim.meter.total - before) / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, concurrency] of [['sequential Foreach', undefined], ['Foreach, 20 at once', 20]] as const) {
    const rate = await throughput(concurrency);
    rows.push({ name: `${label} (200 x 6 actions)`, unit: 'executions/s', value: rate, ratio: { against: 'vs 2k/s goal', value: rate / GOAL, goal: '>= 1x' } });
  }
  return rows;
}
