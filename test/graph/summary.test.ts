// The tables of a flow's page, for each trigger kind the DSL writes, and the `cosell graph` command.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $, Message, dataverseRow, env, flow, input, manual, recurrence } from '../../src/dsl';
import { summaryOf } from '../../src/graph/summary';
import { compile, opportunities } from '../dsl/helpers';
import { root } from '../diff/helpers';

const tables = (f: Parameters<typeof compile>[0]) => {
  const c = compile(f);
  return summaryOf(c.properties, c.definition);
};

describe('summaryOf', () => {
  it('a Dataverse row trigger: table, message, scope, filtering columns, conditions, concurrency; its connection', () => {
    const s = tables(
      flow('Row changed', (f) => {
        const t = f.trigger(
          dataverseRow(opportunities, {
            name: 'When an opportunity changes',
            message: Message.modified,
            filteringAttributes: ['name', 'estimatedvalue'],
            conditions: [$.equals($.fn('string', 1), '1')],
            concurrency: { runs: 1, maximumWaitingRuns: 10 },
          }),
        );
        f.compose('Name', t.row.name);
      }),
    );
    expect(s.triggers).toEqual([
      [
        '`When_an_opportunity_changes`',
        'Dataverse row',
        "table `opportunity`; when modified; scope organization; filtering columns `name,estimatedvalue`; condition `@equals(string(1), '1')`; concurrency 1, 10 waiting",
      ],
    ]);
    expect(s.inputs).toEqual([]);
    expect(s.connections).toEqual([['`cosell_Dataverse`', '`shared_commondataserviceforapps`']]);
  });

  it('a recurrence, and the environment variables a flow reads', () => {
    const s = tables(
      flow('Hourly', (f) => {
        f.trigger(recurrence({ frequency: 'Hour', interval: 2, timeZone: 'UTC' }));
        f.compose('Column', env.string('cosell_dealvaluecolumn'));
        f.compose('Size', env.number('cosell_pagesize'));
      }),
    );
    expect(s.triggers).toEqual([['`Recurrence`', 'recurrence', 'every 2 Hour; time zone `UTC`']]);
    expect(s.environmentVariables).toEqual([
      ['`cosell_dealvaluecolumn`', '`Deal Value Column (cosell_dealvaluecolumn)`', 'String', '`estimatedvalue`'],
      ['`cosell_pagesize`', '`Page Size (cosell_pagesize)`', 'Int', '`50`'],
    ]);
  });

  it('a manual trigger: its inputs by title and key', () => {
    const s = tables(
      flow('Ask', (f) => {
        f.trigger(
          manual({ id: input.text('Referral id', { description: 'The referral' }), notify: input.boolean('Notify', { required: false }) }),
        );
        f.compose('Done', 1);
      }),
    );
    expect(s.triggers).toEqual([['`manual`', 'manual (instant or child flow)', '']]);
    expect(s.inputs).toEqual([
      ['Referral id (`text`)', 'string', 'yes', 'The referral'],
      ['Notify (`boolean`)', 'boolean', 'no', 'Please select yes or no'],
    ]);
  });
});

describe('cosell graph', () => {
  const cosell = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'cosell.mjs'), ...args], { cwd: root, encoding: 'utf8' });

  it('prints the chart of the flows it is given, or of one chosen by name', () => {
    const dir = join(root, 'test', 'golden');
    const all = cosell('graph', '--from', join(dir, 'partner-center-to-dynamics.json'));
    expect(all.status).toBe(0);
    expect(all.stdout.split('\n').slice(0, 3)).toEqual([
      '%% partner-center-to-dynamics',
      'flowchart TD',
      '  t_manual(["manual<br/>Request (Http)"])',
    ]);
    const none = cosell('graph', 'Nope', '--from', join(dir, 'partner-center-to-dynamics.json'));
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("no flow matches 'Nope'; the flows are: partner-center-to-dynamics");
  }, 60_000);
});
