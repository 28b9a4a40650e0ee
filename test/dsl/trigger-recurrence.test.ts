import { describe, expect, it } from 'vitest';
import { flow, recurrence } from '../../src/dsl';
import { CONNECTION_AUTH, accounts, compile, expectProblems } from './helpers';

describe('Recurrence trigger', () => {
  it('renders recurrence beside metadata and type, with no inputs, as real exports do', () => {
    const c = compile(flow('Daily sync', (f) => void f.trigger(recurrence({ frequency: 'Day', interval: 1 }))));
    expect(c.definition.triggers).toEqual({
      Recurrence: {
        recurrence: { frequency: 'Day', interval: 1 },
        metadata: c.meta('Recurrence'),
        type: 'Recurrence',
      },
    });
    expect(Object.keys(c.trigger)).toEqual(['recurrence', 'metadata', 'type']);
  });

  it('renders startTime, timeZone and concurrency', () => {
    const c = compile(
      flow('Hourly sync', (f) => {
        f.trigger(
          recurrence({
            frequency: 'Hour',
            interval: 6,
            startTime: '2025-01-01T08:00:00',
            timeZone: 'W. Europe Standard Time',
            concurrency: { runs: 1 },
          }),
        );
      }),
    );
    expect(c.trigger).toEqual({
      recurrence: {
        frequency: 'Hour',
        interval: 6,
        startTime: '2025-01-01T08:00:00',
        timeZone: 'W. Europe Standard Time',
      },
      metadata: c.meta('Recurrence'),
      type: 'Recurrence',
      runtimeConfiguration: { concurrency: { runs: 1 } },
    });
  });

  it('connector actions of a scheduled flow use the $authentication parameter', () => {
    const c = compile(
      flow('Scheduled list', (f) => {
        f.trigger(recurrence({ frequency: 'Week', interval: 1 }));
        f.dataverse.listRows('List accounts', accounts);
      }),
    );
    expect(c.actions.List_accounts.inputs.authentication).toBe(CONNECTION_AUTH);
  });

  it('a bad interval, start time or concurrency is a CompileError on the trigger', () => {
    const f = flow('Bad schedule', (f) => {
      f.trigger(
        recurrence({
          frequency: 'Minute',
          interval: 0,
          startTime: 'tomorrow',
          concurrency: { runs: 0, maximumWaitingRuns: 101 },
        }),
      );
    });
    expectProblems(f, [
      { path: 'triggers/Recurrence', message: 'concurrency.runs must be 1-100, not 0' },
      { path: 'triggers/Recurrence', message: 'maximumWaitingRuns must be 1-100, not 101' },
      { path: 'triggers/Recurrence', message: 'interval must be a positive integer' },
      { path: 'triggers/Recurrence', message: 'startTime is not a date-time' },
    ]);
  });
});
