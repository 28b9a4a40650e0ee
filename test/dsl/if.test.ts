import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { compile, httpFlow } from './helpers';

describe('Condition (If)', () => {
  const c = compile(
    httpFlow('If flow', (f, req) => {
      f.compose('Start', 1);
      f.if(
        'Is a referral',
        $.and(
          $.equals(req.body.EventName, 'referral-created'),
          $.not($.equals(req.body.id, '')),
          $.greater(req.body.step, 2),
        ),
        {
          yes: (b) => {
            b.compose('Accept', req.body.id);
            b.compose('Log', 'accepted');
          },
          no: (b) => void b.compose('Reject', 'rejected'),
        },
      );
      f.compose('After', 2);
    }),
  );

  it('renders actions, runAfter, else, expression, metadata, type in export order', () => {
    expect(c.actions.Is_a_referral).toEqual({
      actions: {
        Accept: { runAfter: {}, metadata: c.meta('Accept'), type: 'Compose', inputs: "@triggerBody()?['id']" },
        Log: { runAfter: { Accept: ['Succeeded'] }, metadata: c.meta('Log'), type: 'Compose', inputs: 'accepted' },
      },
      runAfter: { Start: ['Succeeded'] },
      else: {
        actions: { Reject: { runAfter: {}, metadata: c.meta('Reject'), type: 'Compose', inputs: 'rejected' } },
      },
      expression: {
        and: [
          { equals: ["@triggerBody()?['EventName']", 'referral-created'] },
          { not: { equals: ["@triggerBody()?['id']", ''] } },
          { greater: ["@triggerBody()?['step']", 2] },
        ],
      },
      metadata: c.meta('Is_a_referral'),
      type: 'If',
    });
    expect(Object.keys(c.actions.Is_a_referral)).toEqual([
      'actions',
      'runAfter',
      'else',
      'expression',
      'metadata',
      'type',
    ]);
  });

  it('the next statement runs after the If succeeded', () => {
    expect(c.actions.After.runAfter).toEqual({ Is_a_referral: ['Succeeded'] });
  });

  it('renders a single predicate in structured form and an empty else', () => {
    const single = compile(
      httpFlow(
        'If single',
        (f, req) =>
          void f.if('Has tag', $.contains(req.body.known, req.body.tag), {
            yes: (b) => void b.compose('Tagged', true),
          }),
      ),
    );
    expect(single.actions.Has_tag).toEqual({
      actions: { Tagged: { runAfter: {}, metadata: single.meta('Tagged'), type: 'Compose', inputs: true } },
      runAfter: {},
      else: { actions: {} },
      expression: { contains: ["@triggerBody()?['known']", "@triggerBody()?['tag']"] },
      metadata: single.meta('Has_tag'),
      type: 'If',
    });
  });

  it('falls back to an expression string when the designer could not show the condition', () => {
    const raw = compile(
      httpFlow('If raw', (f, req) => {
        f.if('No items', $.empty(req.body.items), {});
        f.if('Mixed', $.or($.empty(req.body.known), $.equals(req.body.step, 1)), {});
      }),
    );
    expect(raw.actions.No_items.expression).toBe("@empty(triggerBody()?['items'])");
    expect(raw.actions.Mixed.expression).toBe("@or(empty(triggerBody()?['known']), equals(triggerBody()?['step'], 1))");
  });
});
