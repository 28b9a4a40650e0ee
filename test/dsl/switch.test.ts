import { describe, expect, it } from 'vitest';
import { compile, expectProblems, httpFlow } from './helpers';

describe('Switch', () => {
  it('renders runAfter, cases, default, expression, metadata, type with Case_ keys', () => {
    const c = compile(
      httpFlow('Switch flow', (f, req) => {
        f.switch(
          'Route event',
          req.body.EventName,
          {
            'Referral Created': (b) => void b.compose('Created', 1),
            'referral-updated': (b) => void b.compose('Updated', 2),
          },
          (b) => void b.compose('Ignored', 0),
        );
      }),
    );
    expect(c.actions.Route_event).toEqual({
      runAfter: {},
      cases: {
        Case_Referral_Created: {
          case: 'Referral Created',
          actions: { Created: { runAfter: {}, metadata: c.meta('Created'), type: 'Compose', inputs: 1 } },
        },
        Case_referral_updated: {
          case: 'referral-updated',
          actions: { Updated: { runAfter: {}, metadata: c.meta('Updated'), type: 'Compose', inputs: 2 } },
        },
      },
      default: { actions: { Ignored: { runAfter: {}, metadata: c.meta('Ignored'), type: 'Compose', inputs: 0 } } },
      expression: "@triggerBody()?['EventName']",
      metadata: c.meta('Route_event'),
      type: 'Switch',
    });
    expect(Object.keys(c.actions.Route_event)).toEqual([
      'runAfter',
      'cases',
      'default',
      'expression',
      'metadata',
      'type',
    ]);
    expect(Object.keys(c.actions.Route_event.cases.Case_Referral_Created)).toEqual(['case', 'actions']);
  });

  it('renders an empty default when there is no fallback', () => {
    const c = compile(
      httpFlow(
        'Switch no default',
        (f, req) => void f.switch('Route', req.body.tag, { a: (b) => void b.compose('A', 1) }),
      ),
    );
    expect(c.actions.Route.default).toEqual({ actions: {} });
  });

  it('two case values with the same case key get distinct keys, as the designer numbers them', () => {
    const c = compile(
      httpFlow('Switch collision', (f, req) => {
        f.switch('Route', req.body.tag, { 'won deal': (b) => b.compose('A', 1), 'won-deal': (b) => b.compose('B', 2) });
      }),
    );
    const cases = c.actions.Route.cases;
    expect(Object.keys(cases)).toEqual(['Case_won_deal', 'Case_won_deal_2']);
    expect(cases.Case_won_deal.case).toBe('won deal');
    expect(cases.Case_won_deal_2.case).toBe('won-deal');
  });

  it('numeric case values stay numbers', () => {
    const c = compile(
      httpFlow('Switch numbers', (f, req) => {
        f.switch('By step', req.body.step, [[1, (b) => b.compose('One', 1)], [2, (b) => b.compose('Two', 2)]]);
      }),
    );
    expect(Object.values(c.actions.By_step.cases).map((x: any) => x.case)).toEqual([1, 2]);
  });

  it('a duplicate case value and a Switch without cases are CompileErrors', () => {
    const f = httpFlow('Switch duplicate', (f, req) => {
      f.switch('Dup', req.body.step, [[1, () => {}], [1, () => {}]]);
      f.switch('Empty', req.body.tag, {});
    });
    expectProblems(f, [
      { path: 'Dup', message: "case '1' appears twice" },
      { path: 'Empty', message: 'a Switch needs at least one case' },
    ]);
  });
});
