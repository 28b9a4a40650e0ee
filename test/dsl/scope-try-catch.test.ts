import { describe, expect, it } from 'vitest';
import { $, type Compose } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('Scope', () => {
  it('renders actions, runAfter, metadata, type', () => {
    const c = compile(
      httpFlow('Scope flow', (f) => {
        f.scope('Work', (b) => {
          b.compose('Step one', 1);
          b.compose('Step two', 2);
        });
        f.compose('After', 3);
      }),
    );
    expect(c.actions.Work).toEqual({
      actions: {
        Step_one: { runAfter: {}, metadata: c.meta('Step_one'), type: 'Compose', inputs: 1 },
        Step_two: { runAfter: { Step_one: ['Succeeded'] }, metadata: c.meta('Step_two'), type: 'Compose', inputs: 2 },
      },
      runAfter: {},
      metadata: c.meta('Work'),
      type: 'Scope',
    });
    expect(Object.keys(c.actions.Work)).toEqual(['actions', 'runAfter', 'metadata', 'type']);
    expect(c.actions.After.runAfter).toEqual({ Work: ['Succeeded'] });
  });

  it('continueOn sets the statuses the next statement runs after', () => {
    const c = compile(
      httpFlow('Scope continue', (f) => {
        f.scope('Best effort', (b) => void b.compose('Try it', 1), { continueOn: ['Succeeded', 'Failed'] });
        f.compose('Anyway', 2);
      }),
    );
    expect(c.actions.Anyway.runAfter).toEqual({ Best_effort: ['Succeeded', 'Failed'] });
  });
});

describe('tryCatch', () => {
  it('without finally: catch runs after try failed or timed out, the next statement after catch succeeded or skipped', () => {
    const c = compile(
      httpFlow('Try catch', (f) => {
        f.tryCatch({
          try: ['Try', (b) => void b.compose('Work', 1)],
          catch: ['Catch', (b, failed) => void b.compose('Error', $.result(failed))],
        });
        f.compose('Done', 2);
      }),
    );
    expect(c.actions.Try).toEqual({
      actions: { Work: { runAfter: {}, metadata: c.meta('Work'), type: 'Compose', inputs: 1 } },
      runAfter: {},
      metadata: c.meta('Try'),
      type: 'Scope',
    });
    expect(c.actions.Catch).toEqual({
      actions: { Error: { runAfter: {}, metadata: c.meta('Error'), type: 'Compose', inputs: "@result('Try')" } },
      runAfter: { Try: ['Failed', 'TimedOut'] },
      metadata: c.meta('Catch'),
      type: 'Scope',
    });
    expect(c.actions.Done.runAfter).toEqual({ Catch: ['Succeeded', 'Skipped'] });
  });

  it('with finally: finally runs after catch whatever its status', () => {
    const c = compile(
      httpFlow('Try catch finally', (f) => {
        f.tryCatch({
          try: ['Try', (b) => void b.compose('Work', 1)],
          catch: ['Catch', (b) => void b.terminate('Stop', 'Failed', { code: '500' })],
          finally: ['Finally', (b) => void b.compose('Clean up', 2)],
        });
        f.compose('Done', 3);
      }),
    );
    expect(c.actions.Finally).toEqual({
      actions: { Clean_up: { runAfter: {}, metadata: c.meta('Clean_up'), type: 'Compose', inputs: 2 } },
      runAfter: { Catch: ['Succeeded', 'Failed', 'Skipped', 'TimedOut'] },
      metadata: c.meta('Finally'),
      type: 'Scope',
    });
    expect(c.actions.Catch.runAfter).toEqual({ Try: ['Failed', 'TimedOut'] });
    expect(c.actions.Done.runAfter).toEqual({ Finally: ['Succeeded'] });
  });

  it('a runAfter on an action of another block is a CompileError', () => {
    const f = httpFlow('Scope bad runAfter', (f) => {
      let inner: Compose<number> | undefined;
      f.scope('Work', (b) => void (inner = b.compose('Inner', 1)));
      f.compose('Outer', 2, { runAfter: [[inner!, 'Failed']] });
    });
    expectProblems(f, [
      {
        path: 'Outer',
        message: "action 'Outer' runs after 'Inner', which is not an earlier statement of the same block",
      },
    ]);
  });
});
