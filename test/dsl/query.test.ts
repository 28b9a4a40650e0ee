import { describe, expect, it } from 'vitest';
import { $, s } from '../../src/dsl';
import { compile, httpFlow } from './helpers';

describe('Filter array (Query)', () => {
  it('renders from and where over item(), and exposes its body', () => {
    const c = compile(
      httpFlow('Filter flow', (f, req) => {
        const items = f.parseJson(
          'Parse items',
          req.body,
          s.array(s.object({ status: s.string(), value: s.number() })),
        );
        const open = f.filter('Open items', items.body, (item) =>
          $.and($.equals(item.status, 'open'), $.greater(item.value, 0)),
        );
        f.compose('Count', $.length(open.body));
      }),
    );
    expect(c.actions.Open_items).toEqual({
      runAfter: { Parse_items: ['Succeeded'] },
      metadata: c.meta('Open_items'),
      type: 'Query',
      inputs: {
        from: "@body('Parse_items')",
        where: "@and(equals(item()?['status'], 'open'), greater(item()?['value'], 0))",
      },
    });
    expect(Object.keys(c.actions.Open_items)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Open_items.inputs)).toEqual(['from', 'where']);
    expect(c.actions.Count.inputs).toBe("@length(body('Open_items'))");
  });

  it('filters a literal array with a negated contains, as real exports do', () => {
    const c = compile(
      httpFlow('Filter literal', (f, req) => {
        f.filter('Unknown', ['a', 'b'], (item) => $.not($.contains(req.body.known, item)));
      }),
    );
    expect(c.actions.Unknown.inputs).toEqual({
      from: ['a', 'b'],
      where: "@not(contains(triggerBody()?['known'], item()))",
    });
  });
});
