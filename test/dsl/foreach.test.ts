import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { accounts, compile, expectProblems, httpFlow } from './helpers';

describe('Apply to each (Foreach)', () => {
  it('renders foreach, actions, runAfter, metadata, type, runtimeConfiguration in export order', () => {
    const c = compile(
      httpFlow('Foreach flow', (f) => {
        const list = f.dataverse.listRows('List accounts', accounts, { select: ['name'] });
        f.foreach(
          'Each account',
          list.rows,
          (b, row) => {
            b.compose('Name', row.name);
            b.compose('Upper', $.toUpper(row.name));
          },
          { concurrency: 20 },
        );
      }),
    );
    expect(c.actions.Each_account).toEqual({
      foreach: "@outputs('List_accounts')?['body/value']",
      actions: {
        Name: { runAfter: {}, metadata: c.meta('Name'), type: 'Compose', inputs: "@items('Each_account')?['name']" },
        Upper: {
          runAfter: { Name: ['Succeeded'] },
          metadata: c.meta('Upper'),
          type: 'Compose',
          inputs: "@toUpper(items('Each_account')?['name'])",
        },
      },
      runAfter: { List_accounts: ['Succeeded'] },
      metadata: c.meta('Each_account'),
      type: 'Foreach',
      runtimeConfiguration: { concurrency: { repetitions: 20 } },
    });
    expect(Object.keys(c.actions.Each_account)).toEqual([
      'foreach',
      'actions',
      'runAfter',
      'metadata',
      'type',
      'runtimeConfiguration',
    ]);
  });

  it('omits runtimeConfiguration for the platform default, and nests loops', () => {
    const c = compile(
      httpFlow('Foreach nested', (f, req) => {
        f.foreach('Outer', req.body.items, (b, item) => {
          b.foreach('Inner', req.body.known, (i, known) => void i.compose('Pair', { item: item.id, known }), {
            concurrency: 1,
          });
        });
      }),
    );
    expect(c.actions.Outer).toEqual({
      foreach: "@triggerBody()?['items']",
      actions: {
        Inner: {
          foreach: "@triggerBody()?['known']",
          actions: {
            Pair: {
              runAfter: {},
              metadata: c.meta('Pair'),
              type: 'Compose',
              inputs: { item: "@items('Outer')?['id']", known: "@items('Inner')" },
            },
          },
          runAfter: {},
          metadata: c.meta('Inner'),
          type: 'Foreach',
          runtimeConfiguration: { concurrency: { repetitions: 1 } },
        },
      },
      runAfter: {},
      metadata: c.meta('Outer'),
      type: 'Foreach',
    });
  });

  it('concurrency outside 1-50 is a CompileError naming the loop path', () => {
    const f = httpFlow('Foreach bad concurrency', (f, req) => {
      f.foreach('Zero', req.body.items, () => {}, { concurrency: 0 });
      f.scope('Work', (b) => {
        b.foreach('Too many', req.body.items, () => {}, { concurrency: 51 });
        b.foreach('Fraction', req.body.items, () => {}, { concurrency: 2.5 });
      });
    });
    expectProblems(f, [
      { path: 'Zero', message: 'concurrency must be an integer from 1 to 50, not 0' },
      { path: 'Work/Too_many', message: 'concurrency must be an integer from 1 to 50, not 51' },
      { path: 'Work/Fraction', message: 'concurrency must be an integer from 1 to 50, not 2.5' },
    ]);
  });
});
