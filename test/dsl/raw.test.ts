import { describe, expect, it } from 'vitest';
import { compile, expectProblems, httpFlow } from './helpers';

describe('raw actions', () => {
  it('renders the given JSON with the flow-owned runAfter and metadata in export order', () => {
    const c = compile(
      httpFlow('Raw flow', (f) => {
        f.compose('Before', 1);
        f.raw('Past time', { type: 'Expression', kind: 'GetPastTime', inputs: { interval: 3, timeUnit: 'Day' } });
        f.raw(
          'Wait a minute',
          { type: 'Wait', inputs: { interval: { count: 1, unit: 'Minute' } } },
          { description: 'Throttle' },
        );
      }),
    );
    expect(c.actions.Past_time).toEqual({
      runAfter: { Before: ['Succeeded'] },
      metadata: c.meta('Past_time'),
      type: 'Expression',
      kind: 'GetPastTime',
      inputs: { interval: 3, timeUnit: 'Day' },
    });
    expect(Object.keys(c.actions.Past_time)).toEqual(['runAfter', 'metadata', 'type', 'kind', 'inputs']);
    expect(c.actions.Wait_a_minute).toEqual({
      runAfter: { Past_time: ['Succeeded'] },
      metadata: c.meta('Wait_a_minute'),
      type: 'Wait',
      inputs: { interval: { count: 1, unit: 'Minute' } },
      description: 'Throttle',
    });
  });

  it('places container members (foreach, actions) before runAfter', () => {
    const c = compile(
      httpFlow('Raw container', (f) => {
        f.raw('Loop', {
          type: 'Foreach',
          foreach: "@triggerBody()?['items']",
          actions: {},
          runtimeConfiguration: { concurrency: { repetitions: 1 } },
        });
      }),
    );
    expect(c.actions.Loop).toEqual({
      foreach: "@triggerBody()?['items']",
      actions: {},
      runAfter: {},
      metadata: c.meta('Loop'),
      type: 'Foreach',
      runtimeConfiguration: { concurrency: { repetitions: 1 } },
    });
    expect(Object.keys(c.actions.Loop)).toEqual([
      'foreach',
      'actions',
      'runAfter',
      'metadata',
      'type',
      'runtimeConfiguration',
    ]);
  });

  it('raw JSON that sets runAfter or metadata is a CompileError', () => {
    const f = httpFlow('Raw managed keys', (f) => {
      f.raw('Bad', { type: 'Compose', inputs: 1, runAfter: {}, metadata: { operationMetadataId: 'x' } });
    });
    expectProblems(f, [
      { path: 'Bad', message: "raw JSON must not set 'runAfter': the flow derives it" },
      { path: 'Bad', message: "raw JSON must not set 'metadata': the flow derives it" },
    ]);
  });

  it('expressions in raw JSON are still checked', () => {
    const f = httpFlow('Raw bad expression', (f) => {
      f.raw('Bad ref', { type: 'Compose', inputs: "@body('Nowhere')" });
    });
    expectProblems(f, [
      { path: 'Bad_ref', field: 'inputs', message: "body('Nowhere') refers to an action that does not exist" },
    ]);
  });
});
