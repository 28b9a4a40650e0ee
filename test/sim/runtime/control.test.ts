// If, Switch, Scope and Terminate.
import { describe, expect, it } from 'vitest';
import { action, compose, runOnce, statuses } from './helpers';

const ifAction = (expression: unknown) => ({
  type: 'If',
  expression,
  actions: { Yes: compose('yes') },
  else: { actions: { No: compose('no') } },
  runAfter: {},
});

describe('If', () => {
  it('evaluates the designer’s structured conditions', async () => {
    const expression = {
      and: [
        { equals: ["@triggerBody()?['kind']", 'a'] },
        { not: { contains: ["@triggerBody()?['tags']", 'x'] } },
        { or: [{ greater: ["@triggerBody()?['n']", 5] }, { startsWith: ["@triggerBody()?['kind']", 'z'] }] },
      ],
    };
    const yes = await runOnce({ Check: ifAction(expression) }, { kind: 'a', tags: ['y'], n: 6 });
    expect(statuses(yes.run)).toEqual({ Check: 'Succeeded', 'Check/Yes': 'Succeeded' });
    expect(action(yes.run, 'Check').inputs).toEqual({ expressionResult: true });
    const no = await runOnce({ Check: ifAction(expression) }, { kind: 'a', tags: ['x'], n: 6 });
    expect(statuses(no.run)).toEqual({ Check: 'Succeeded', 'Check/else/No': 'Succeeded' });
  });

  it('evaluates string expressions', async () => {
    const { run } = await runOnce({ Check: ifAction("@equals(triggerBody()?['n'], 1)") }, { n: 1 });
    expect(action(run, 'Check/Yes').outputs).toBe('yes');
  });

  it('fails when the expression is not a boolean', async () => {
    const { run } = await runOnce({ Check: ifAction("@triggerBody()?['n']") }, { n: 1 });
    expect(action(run, 'Check').status).toBe('Failed');
    expect(action(run, 'Check').error?.message).toMatch(/must evaluate to a boolean; it is of type 'Integer'/);
    expect(run.actions).toHaveLength(1);
  });

  it('fails when a branch action fails', async () => {
    const { run } = await runOnce({
      Check: { type: 'If', expression: '@true', actions: { Boom: compose('@div(1, 0)') }, runAfter: {} },
    });
    expect(statuses(run)).toEqual({ Check: 'Failed', 'Check/Boom': 'Failed' });
    expect(action(run, 'Check').error?.code).toBe('ActionFailed');
  });
});

describe('Switch', () => {
  const switchOn = {
    Route: {
      type: 'Switch',
      expression: "@triggerBody()?['event']",
      cases: {
        Case_created: { case: 'created', actions: { Created: compose('c') } },
        Case_2: { case: 2, actions: { Two: compose(2) } },
      },
      default: { actions: { Other: compose('other') } },
      runAfter: {},
    },
  };

  it('runs the matching case, else default', async () => {
    expect(statuses((await runOnce(switchOn, { event: 'created' })).run)).toEqual({ Route: 'Succeeded', 'Route/Case_created/Created': 'Succeeded' });
    expect(statuses((await runOnce(switchOn, { event: 2 })).run)).toEqual({ Route: 'Succeeded', 'Route/Case_2/Two': 'Succeeded' });
    expect(statuses((await runOnce(switchOn, { event: 'Created' })).run)).toEqual({ Route: 'Succeeded', 'Route/default/Other': 'Succeeded' });
  });
});

describe('Terminate', () => {
  const flow = (runStatus: string, runError?: unknown) => ({
    Before: compose(1),
    Stop: { type: 'Terminate', inputs: { runStatus, ...(runError ? { runError } : {}) }, runAfter: { Before: ['Succeeded'] } },
    After: compose(2, { Stop: ['Succeeded'] }),
  });

  it('ends the run Failed with its error; later actions never run', async () => {
    const { run } = await runOnce(flow('Failed', { code: 'E42', message: 'stop here' }));
    expect(run.status).toBe('Failed');
    expect(run.error).toEqual({ code: 'E42', message: 'stop here' });
    expect(statuses(run)).toEqual({ Before: 'Succeeded', Stop: 'Succeeded' });
    expect(run.actionExecutions).toBe(3);
  });

  it('ends the run Succeeded or Cancelled', async () => {
    expect((await runOnce(flow('Succeeded'))).run.status).toBe('Succeeded');
    const cancelled = (await runOnce(flow('Cancelled'))).run;
    expect(cancelled.status).toBe('Cancelled');
    expect(cancelled.error).toBeUndefined();
  });

  it('inside a scope, cancels the scope and stops parallel branches from starting more actions', async () => {
    const { run } = await runOnce({
      Work: {
        type: 'Scope',
        actions: { Stop: { type: 'Terminate', inputs: { runStatus: 'Failed' }, runAfter: {} } },
        runAfter: {},
      },
      Next: compose(1, { Work: ['Succeeded', 'Failed'] }),
    });
    expect(run.status).toBe('Failed');
    expect(run.error?.code).toBe('Terminated');
    expect(statuses(run)).toEqual({ Work: 'Cancelled', 'Work/Stop': 'Succeeded' });
  });
});
