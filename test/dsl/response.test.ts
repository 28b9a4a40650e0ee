import { describe, expect, it } from 'vitest';
import { $, s } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('Response', () => {
  it('renders runAfter, metadata, type, kind, inputs with statusCode, headers, body, schema', () => {
    const c = compile(
      httpFlow('Response flow', (f, req) => {
        f.respond('Reply', {
          status: 202,
          headers: { 'Content-type': 'application/json' },
          body: { id: req.body.id, accepted: true },
          schema: s.object({ id: s.string(), accepted: s.boolean() }),
        });
      }),
    );
    expect(c.actions.Reply).toEqual({
      runAfter: {},
      metadata: c.meta('Reply'),
      type: 'Response',
      kind: 'Http',
      inputs: {
        statusCode: 202,
        headers: { 'Content-type': 'application/json' },
        body: { id: "@triggerBody()?['id']", accepted: true },
        schema: {
          type: 'object',
          properties: { id: { type: 'string' }, accepted: { type: 'boolean' } },
          required: ['id', 'accepted'],
        },
      },
    });
    expect(Object.keys(c.actions.Reply)).toEqual(['runAfter', 'metadata', 'type', 'kind', 'inputs']);
    expect(Object.keys(c.actions.Reply.inputs)).toEqual(['statusCode', 'headers', 'body', 'schema']);
  });

  it('defaults to 200 and renders the PowerApp kind and an expression status', () => {
    const c = compile(
      httpFlow('Response kinds', (f, req) => {
        f.respond('OK');
        f.respond('To flow', { kind: 'PowerApp', body: { pass: true } });
        f.respond('Computed', { status: $.if($.empty(req.body.id), 400, 200), body: 'x' });
      }),
    );
    expect(c.actions.OK).toEqual({
      runAfter: {},
      metadata: c.meta('OK'),
      type: 'Response',
      kind: 'Http',
      inputs: { statusCode: 200 },
    });
    expect(c.actions.To_flow).toEqual({
      runAfter: { OK: ['Succeeded'] },
      metadata: c.meta('To_flow'),
      type: 'Response',
      kind: 'PowerApp',
      inputs: { statusCode: 200, body: { pass: true } },
    });
    expect(c.actions.Computed.inputs).toEqual({ statusCode: "@if(empty(triggerBody()?['id']), 400, 200)", body: 'x' });
  });

  it('answers on failure with runAfter Failed, TimedOut, Skipped, as real exports do', () => {
    const c = compile(
      httpFlow('Response on failure', (f) => {
        const work = f.scope('Scope', (b) => void b.compose('Actual work', 1));
        f.respond('Response OK', { status: 200 });
        f.respond('Response Error', {
          status: 500,
          body: $.raw("result('Scope')[0]?['error']"),
          runAfter: [[work, 'Failed', 'TimedOut', 'Skipped']],
        });
      }),
    );
    expect(c.actions.Response_Error).toEqual({
      runAfter: { Scope: ['Failed', 'TimedOut', 'Skipped'] },
      metadata: c.meta('Response_Error'),
      type: 'Response',
      kind: 'Http',
      inputs: { statusCode: 500, body: "@result('Scope')[0]?['error']" },
    });
  });

  it('a status outside 100-599 is a CompileError', () => {
    const f = httpFlow('Response bad status', (f) => {
      f.respond('Too big', { status: 700 });
      f.if('Check', $.equals(1, 1), { no: (b) => void b.respond('Fraction', { status: 200.5 }) });
    });
    expectProblems(f, [
      { path: 'Too_big', message: 'status 700 is not an HTTP status code' },
      { path: 'Check/else/Fraction', message: 'status 200.5 is not an HTTP status code' },
    ]);
  });
});
