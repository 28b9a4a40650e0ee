import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('Do until (Until)', () => {
  it('renders actions, runAfter, expression, limit, metadata, type', () => {
    const c = compile(
      httpFlow('Until flow', (f) => {
        const attempts = f.variable('attempts', 'integer', 0);
        f.until('Retry', $.greaterOrEquals(attempts.value, 3), { count: 60, timeout: 'PT1H' }, (b) => {
          b.increment(attempts);
        });
      }),
    );
    expect(c.actions.Retry).toEqual({
      actions: {
        Increment_attempts: {
          runAfter: {},
          metadata: c.meta('Increment_attempts'),
          type: 'IncrementVariable',
          inputs: { name: 'attempts', value: 1 },
        },
      },
      runAfter: { Initialize_attempts: ['Succeeded'] },
      expression: { greaterOrEquals: ["@variables('attempts')", 3] },
      limit: { count: 60, timeout: 'PT1H' },
      metadata: c.meta('Retry'),
      type: 'Until',
    });
    expect(Object.keys(c.actions.Retry)).toEqual(['actions', 'runAfter', 'expression', 'limit', 'metadata', 'type']);
  });

  it('renders a non-structured condition as an expression string', () => {
    const c = compile(
      httpFlow('Until raw', (f) => {
        const ids = f.variable<string[]>('ids', 'array', []);
        f.until(
          'Fill',
          $.greater($.length(ids.value), 10),
          { count: 5000, timeout: 'P1DT12H' },
          (b) => void b.appendToArray(ids, 'x'),
        );
        f.until('Empty', $.empty(ids.value), { count: 1, timeout: 'PT30S' }, () => {});
      }),
    );
    expect(c.actions.Fill.expression).toEqual({ greater: ["@length(variables('ids'))", 10] });
    expect(c.actions.Fill.limit).toEqual({ count: 5000, timeout: 'P1DT12H' });
    expect(c.actions.Empty.expression).toBe("@empty(variables('ids'))");
  });

  it('a count outside 1-5000 or a timeout that is not an ISO 8601 duration is a CompileError', () => {
    const f = httpFlow('Until bad limits', (f, req) => {
      const stop = $.equals(req.body.step, 1);
      f.until('No count', stop, { count: 0, timeout: 'PT1H' }, () => {});
      f.scope('Work', (b) => {
        b.until('Huge', stop, { count: 5001, timeout: 'PT1H' }, () => {});
        b.until('Bad timeout', stop, { count: 10, timeout: '1 hour' }, () => {});
        b.until('Empty timeout', stop, { count: 10, timeout: 'PT' }, () => {});
      });
    });
    expectProblems(f, [
      { path: 'No_count', message: 'limit.count must be 1-5000, not 0' },
      { path: 'Work/Huge', message: 'limit.count must be 1-5000, not 5001' },
      { path: 'Work/Bad_timeout', message: "limit.timeout '1 hour' is not an ISO 8601 duration such as PT1H" },
      { path: 'Work/Empty_timeout', message: "limit.timeout 'PT' is not an ISO 8601 duration such as PT1H" },
    ]);
  });
});
