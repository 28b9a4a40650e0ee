import { describe, expect, it } from 'vitest';
import { s } from '../../src/dsl';
import { compile, httpFlow } from './helpers';

const referral = s.object({
  id: s.string(),
  status: s.enum(['New', 'Active', 'Closed']),
  value: s.nullable(s.number()),
  notes: s.optional(s.string({ description: 'Free text' })),
});

describe('ParseJson', () => {
  it('renders content and schema, and types its body', () => {
    const c = compile(
      httpFlow('Parse JSON flow', (f, req) => {
        const parsed = f.parseJson('Parse referral', req.body.payload, referral);
        f.compose('Status', parsed.body.status);
      }),
    );
    expect(c.actions.Parse_referral).toEqual({
      runAfter: {},
      metadata: c.meta('Parse_referral'),
      type: 'ParseJson',
      inputs: {
        content: "@triggerBody()?['payload']",
        schema: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            status: { type: 'string', enum: ['New', 'Active', 'Closed'] },
            value: { type: ['number', 'null'] },
            notes: { type: 'string', description: 'Free text' },
          },
          required: ['id', 'status', 'value'],
        },
      },
    });
    expect(Object.keys(c.actions.Parse_referral)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Parse_referral.inputs)).toEqual(['content', 'schema']);
    expect(c.actions.Status.inputs).toBe("@body('Parse_referral')?['status']");
  });

  it('renders an array schema over a literal string content', () => {
    const c = compile(
      httpFlow('Parse JSON array', (f) => {
        f.parseJson('Parse ids', '["a","b"]', s.array(s.object({ AppID: s.string() })));
      }),
    );
    expect(c.actions.Parse_ids.inputs).toEqual({
      content: '["a","b"]',
      schema: {
        type: 'array',
        items: { type: 'object', properties: { AppID: { type: 'string' } }, required: ['AppID'] },
      },
    });
  });
});
