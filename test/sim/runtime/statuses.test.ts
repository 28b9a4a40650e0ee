// runAfter, skipping, and how scopes and runs take their status from their actions.
import { describe, expect, it } from 'vitest';
import { action, compose, runOnce, statuses } from './helpers';

const fail = (runAfter = {}) => compose('@div(1, 0)', runAfter);

describe('runAfter and skipping', () => {
  it('skips an action whose runAfter statuses are not met, and the skip propagates', async () => {
    const { run } = await runOnce({
      A: fail(),
      B: compose('b', { A: ['Succeeded'] }),
      C: compose('c', { B: ['Succeeded'] }),
      D: compose('d', { B: ['Skipped'] }),
    });
    expect(statuses(run)).toEqual({ A: 'Failed', B: 'Skipped', C: 'Skipped', D: 'Succeeded' });
    expect(action(run, 'B').error).toEqual({
      code: 'ActionConditionFailed',
      message: "The execution of template action 'B' is skipped: the 'runAfter' condition for action 'A' is not satisfied. Expected status values 'Succeeded' and actual value 'Failed'.",
    });
    // A's failure is handled by nothing that ran after it: the run fails.
    expect(run.status).toBe('Failed');
    expect(run.error).toEqual({ code: 'ActionFailed', message: 'An action failed. No dependent actions succeeded.' });
  });

  it('waits for every action it runs after (a join of parallel branches)', async () => {
    const { run } = await runOnce({
      Left: compose('l'),
      Right: compose('r'),
      Join: compose("@concat(outputs('Left'), outputs('Right'))", { Left: ['Succeeded'], Right: ['Succeeded'] }),
    });
    expect(action(run, 'Join').outputs).toBe('lr');
    expect(run.actions.map((a) => a.name)).toEqual(['Left', 'Right', 'Join']);
  });

  it('skipped actions are not metered', async () => {
    const { run, sim } = await runOnce({ A: compose(1), B: compose(2, { A: ['Failed'] }) });
    expect(run.actionExecutions).toBe(2); // trigger + A
    expect(sim.meter.snapshot()).toMatchObject({ total: 2, triggers: 1, actions: 1 });
  });
});

describe('scope status and the try/catch pattern', () => {
  const tryCatch = (work: Record<string, unknown>) => ({
    Try: { type: 'Scope', actions: work, runAfter: {} },
    Catch: {
      type: 'Scope',
      actions: { Report: compose("@result('Try')") },
      runAfter: { Try: ['Failed', 'TimedOut'] },
    },
    Respond: { type: 'Response', kind: 'Http', inputs: { statusCode: 200 }, runAfter: { Try: ['Succeeded'] } },
  });

  it('a failing Scope fails, the catch runs and reads result(), the success Response is skipped', async () => {
    const { run } = await runOnce(tryCatch({ Step: compose(1), Boom: fail({ Step: ['Succeeded'] }) }));
    expect(statuses(run)).toEqual({
      Try: 'Failed',
      'Try/Step': 'Succeeded',
      'Try/Boom': 'Failed',
      Catch: 'Succeeded',
      'Catch/Report': 'Succeeded',
      Respond: 'Skipped',
    });
    const report = action(run, 'Catch/Report').outputs as Array<{ name: string; status: string; error?: { code: string } }>;
    expect(report.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ['Step', 'Succeeded', undefined],
      ['Boom', 'Failed', 'InvalidTemplate'],
    ]);
    // The failure was handled by Catch: the run succeeds (a skipped branch takes its predecessor's status).
    expect(run.status).toBe('Succeeded');
    expect(run.response).toBeUndefined();
  });

  it('a succeeding Scope: the catch is skipped and the Response answers', async () => {
    const { run } = await runOnce(tryCatch({ Step: compose(1) }));
    expect(statuses(run)).toMatchObject({ Try: 'Succeeded', Catch: 'Skipped', Respond: 'Succeeded' });
    expect(run.response).toEqual({ statusCode: 200, headers: {}, body: null });
    expect(run.status).toBe('Succeeded');
  });

  it('a failure handled inside the scope does not fail the scope', async () => {
    const { run } = await runOnce({
      Work: {
        type: 'Scope',
        actions: { Boom: fail(), Recover: compose('ok', { Boom: ['Failed'] }) },
        runAfter: {},
      },
    });
    expect(statuses(run)).toEqual({ Work: 'Succeeded', 'Work/Boom': 'Failed', 'Work/Recover': 'Succeeded' });
    expect(run.status).toBe('Succeeded');
  });

  it('a failing handler fails the scope', async () => {
    const { run } = await runOnce({
      Work: { type: 'Scope', actions: { Boom: fail(), Recover: fail({ Boom: ['Failed'] }) }, runAfter: {} },
    });
    expect(action(run, 'Work').status).toBe('Failed');
  });

  it('a skipped scope does not run its actions', async () => {
    const { run } = await runOnce({
      A: compose(1),
      Work: { type: 'Scope', actions: { Inner: compose(2) }, runAfter: { A: ['Failed'] } },
    });
    expect(statuses(run)).toEqual({ A: 'Succeeded', Work: 'Skipped' });
  });
});
