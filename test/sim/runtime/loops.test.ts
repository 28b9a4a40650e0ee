// Foreach (sequential and concurrent) and Until with its limits.
import { describe, expect, it } from 'vitest';
import type { ConnectorAdapter } from '../../../src/sim/contracts';
import { SimulatedClock } from '../../../src/sim/runtime';
import { action, compose, runOnce, type Json } from './helpers';

const each = (actions: Json, extra: Json = {}) => ({ Each: { type: 'Foreach', foreach: "@triggerBody()?['items']", actions, runAfter: {}, ...extra } });

describe('Foreach', () => {
  it('runs its actions once per item, records iterations and meters each execution', async () => {
    const { run, sim } = await runOnce(
      {
        Init: { type: 'InitializeVariable', inputs: { variables: [{ name: 'Seen', type: 'array', value: [] }] }, runAfter: {} },
        Each: {
          type: 'Foreach',
          foreach: "@triggerBody()?['items']",
          actions: {
            Double: compose("@mul(items('Each'), 2)"),
            Keep: { type: 'AppendToArrayVariable', inputs: { name: 'Seen', value: "@outputs('Double')" }, runAfter: { Double: ['Succeeded'] } },
          },
          runAfter: { Init: ['Succeeded'] },
        },
        Last: compose("@outputs('Double')", { Each: ['Succeeded'] }),
        All: compose("@variables('Seen')", { Each: ['Succeeded'] }),
      },
      { items: [1, 2, 3] },
    );
    expect(run.status).toBe('Succeeded');
    expect(action(run, 'All').outputs).toEqual([2, 4, 6]);
    expect(action(run, 'Last').outputs).toBe(6); // after the loop, the last iteration's record is visible
    expect(run.actions.filter((a) => a.name === 'Double').map((a) => [a.iteration, a.outputs])).toEqual([
      [[0], 2],
      [[1], 4],
      [[2], 6],
    ]);
    // trigger + Init + Each + 3 x (Double + Keep) + Last + All
    expect(run.actionExecutions).toBe(1 + 1 + 1 + 6 + 2);
    expect(sim.meter.total).toBe(run.actionExecutions);
  });

  it('fails when an iteration fails, and result() lists every iteration’s actions', async () => {
    const { run } = await runOnce(
      {
        ...each({ Check: compose("@div(10, items('Each'))") }),
        Report: compose("@length(result('Each'))", { Each: ['Failed'] }),
      },
      { items: [1, 0, 5] },
    );
    expect(action(run, 'Each').status).toBe('Failed');
    expect(run.actions.filter((a) => a.name === 'Check').map((a) => a.status)).toEqual(['Succeeded', 'Failed', 'Succeeded']);
    expect(action(run, 'Report').outputs).toBe(3);
  });

  it('fails when foreach is not an array', async () => {
    const { run } = await runOnce(each({ X: compose(1) }), { items: { a: 1 } });
    expect(action(run, 'Each').error?.message).toMatch(/'foreach' expression .* is of type 'Object'. The result must be a valid array/);
  });

  /** An adapter whose calls take `delay(item)` turns of the event loop, logging starts and ends. */
  function tracingAdapter(delay: (item: number) => number) {
    const log: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const adapter: ConnectorAdapter = {
      async invoke(request) {
        const item = Number(request.parameters.item);
        log.push(`start ${item}`);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        for (let i = 0; i < delay(item); i++) await Promise.resolve();
        inFlight--;
        log.push(`end ${item}`);
        return { statusCode: 200, headers: {}, body: { item } };
      },
    };
    return { adapter, log, max: () => maxInFlight };
  }

  const connectorLoop = (extra: Json = {}) => ({
    actions: each(
      { Call: { type: 'OpenApiConnection', inputs: { host: { connectionName: 'svc', operationId: 'Echo' }, parameters: { item: "@items('Each')" } }, runAfter: {} } },
      extra,
    ),
    refs: { connectionReferences: { svc: { api: { name: 'shared_svc' } } } },
  });

  it('is sequential by default', async () => {
    const t = tracingAdapter(() => 3);
    const { actions, refs } = connectorLoop();
    await runOnce(actions, { items: [1, 2, 3] }, { adapters: { shared_svc: t.adapter } }, refs);
    expect(t.max()).toBe(1);
    expect(t.log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs up to runtimeConfiguration.concurrency.repetitions iterations at once, deterministically', async () => {
    const trace = async () => {
      const t = tracingAdapter((item) => (item % 3) + 1);
      const { actions, refs } = connectorLoop({ runtimeConfiguration: { concurrency: { repetitions: 3 } } });
      const { run } = await runOnce(actions, { items: [1, 2, 3, 4, 5, 6, 7] }, { adapters: { shared_svc: t.adapter } }, refs);
      expect(run.status).toBe('Succeeded');
      return t;
    };
    const first = await trace();
    const second = await trace();
    expect(first.max()).toBe(3);
    expect(first.log.slice(0, 3)).toEqual(['start 1', 'start 2', 'start 3']);
    expect(first.log.indexOf('start 4')).toBeGreaterThan(first.log.indexOf('end 3')); // 3 finishes first (1 turn)
    expect(second.log).toEqual(first.log);
  });
});

describe('Until', () => {
  const init = { type: 'InitializeVariable', inputs: { variables: [{ name: 'n', type: 'integer', value: 0 }] }, runAfter: {} };
  const until = (expression: unknown, limit: Json, actions: Json) => ({
    Init: init,
    Loop: { type: 'Until', expression, limit, actions, runAfter: { Init: ['Succeeded'] } },
  });
  const increment = { Inc: { type: 'IncrementVariable', inputs: { name: 'n', value: 1 }, runAfter: {} } };

  it('repeats until its expression is true, then exposes the last iteration', async () => {
    const { run } = await runOnce({
      ...until("@equals(variables('n'), 3)", { count: 60, timeout: 'PT1H' }, { ...increment, Snap: compose("@variables('n')", { Inc: ['Succeeded'] }) }),
      After: compose("@outputs('Snap')", { Loop: ['Succeeded'] }),
    });
    expect(action(run, 'Loop').outputs).toEqual({ iterations: 3, stoppedBy: 'condition' });
    expect(run.actions.filter((a) => a.name === 'Inc').map((a) => a.iteration)).toEqual([[0], [1], [2]]);
    expect(action(run, 'After').outputs).toBe(3);
  });

  it('stops at limit.count and succeeds', async () => {
    const { run } = await runOnce(until({ equals: ["@variables('n')", -1] }, { count: 5, timeout: 'PT1H' }, increment));
    expect(action(run, 'Loop')).toMatchObject({ status: 'Succeeded', outputs: { iterations: 5, stoppedBy: 'count' } });
  });

  it('stops at limit.timeout on the simulated clock', async () => {
    const clock = new SimulatedClock('2025-06-01T00:00:00Z');
    const wait = { Pause: { type: 'Wait', inputs: { interval: { count: 1, unit: 'Minute' } }, runAfter: {} } };
    const { run } = await runOnce(until('@false', { count: 100, timeout: 'PT5M' }, wait), {}, { clock });
    expect(action(run, 'Loop').outputs).toEqual({ iterations: 5, stoppedBy: 'timeout' });
    expect(clock.now().toISOString()).toBe('2025-06-01T00:05:00.000Z');
    expect(action(run, 'Loop').durationMs).toBe(5 * 60_000);
  });

  it('takes the status of its last iteration', async () => {
    const body = (divisor: string) => ({ ...increment, Check: compose(`@div(1, ${divisor})`, { Inc: ['Succeeded'] }) });
    const done = "@greaterOrEquals(variables('n'), 2)";
    const recovered = await runOnce(until(done, { count: 10 }, body("sub(variables('n'), 1)")));
    expect(action(recovered.run, 'Loop').status).toBe('Succeeded');
    expect(recovered.run.actions.filter((a) => a.name === 'Check').map((a) => a.status)).toEqual(['Failed', 'Succeeded']);
    const failed = await runOnce(until(done, { count: 10 }, body("sub(2, variables('n'))")));
    expect(failed.run.actions.filter((a) => a.name === 'Check').map((a) => a.status)).toEqual(['Succeeded', 'Failed']);
    expect(action(failed.run, 'Loop').status).toBe('Failed');
  });
});
