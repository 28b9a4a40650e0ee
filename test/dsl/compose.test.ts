import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { compile, httpFlow } from './helpers';

describe('Compose', () => {
  it('renders an expression input, first in its block', () => {
    const c = compile(
      httpFlow('Compose expression', (f, req) => {
        f.compose('Referral id', $.last($.split(req.body.ResourceUri, '/')));
      }),
    );
    expect(c.actions.Referral_id).toEqual({
      runAfter: {},
      metadata: c.meta('Referral_id'),
      type: 'Compose',
      inputs: "@last(split(triggerBody()?['ResourceUri'], '/'))",
    });
    expect(Object.keys(c.actions.Referral_id)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
  });

  it('renders an object input with literals and references, after the previous statement', () => {
    const c = compile(
      httpFlow('Compose object', (f, req) => {
        const first = f.compose('First', req.body.id);
        f.compose('Summary', {
          id: first.output,
          count: 3,
          ok: true,
          none: null,
          tags: ['a', req.body.tag],
          note: 'plain',
        });
      }),
    );
    expect(c.actions.Summary).toEqual({
      runAfter: { First: ['Succeeded'] },
      metadata: c.meta('Summary'),
      type: 'Compose',
      inputs: {
        id: "@outputs('First')",
        count: 3,
        ok: true,
        none: null,
        tags: ['a', "@triggerBody()?['tag']"],
        note: 'plain',
      },
    });
  });

  it('renders explicit runAfter, secure inputs/outputs and a description in export order', () => {
    const c = compile(
      httpFlow('Compose options', (f) => {
        const a = f.compose('A', 1);
        f.compose('B', 2);
        f.compose('C', 'done', {
          runAfter: [[a, 'Failed', 'TimedOut']],
          secure: { inputs: true, outputs: true },
          description: 'Runs when A fails',
        });
      }),
    );
    expect(c.actions.C).toEqual({
      runAfter: { A: ['Failed', 'TimedOut'] },
      metadata: c.meta('C'),
      type: 'Compose',
      inputs: 'done',
      runtimeConfiguration: { secureData: { properties: ['inputs', 'outputs'] } },
      description: 'Runs when A fails',
    });
    expect(Object.keys(c.actions.C)).toEqual([
      'runAfter',
      'metadata',
      'type',
      'inputs',
      'runtimeConfiguration',
      'description',
    ]);
  });

  it('derives the action key from the display name and the metadata id from flow and key', () => {
    const c = compile(httpFlow('Compose key', (f) => void f.compose('  Deal   value ', 1)));
    expect(Object.keys(c.actions)).toEqual(['Deal_value']);
    expect(c.actions.Deal_value.metadata).toEqual(c.meta('Deal_value'));
    // The same action name in another flow gets another id.
    const other = compile(httpFlow('Compose key 2', (f) => void f.compose('Deal value', 1)));
    expect(other.actions.Deal_value.metadata.operationMetadataId).not.toBe(
      c.actions.Deal_value.metadata.operationMetadataId,
    );
  });
});
