import { describe, expect, it } from 'vitest';
import { $, flow, http, s } from '../../src/dsl';
import { compile } from './helpers';

describe('When an HTTP request is received (Request/Http)', () => {
  it('renders metadata, type, kind, inputs with schema, method and triggerAuthenticationType', () => {
    const payload = s.object({ EventName: s.string(), ResourceUri: s.string() });
    const c = compile(
      flow('HTTP trigger flow', (f) => {
        const req = f.trigger(http.request({ schema: payload, method: 'POST' }));
        f.compose('Event', req.body.EventName);
        f.compose('Key', req.headers['x-api-key']);
      }),
    );
    expect(c.definition.triggers).toEqual({
      manual: {
        metadata: c.meta('manual'),
        type: 'Request',
        kind: 'Http',
        inputs: {
          schema: {
            type: 'object',
            properties: { EventName: { type: 'string' }, ResourceUri: { type: 'string' } },
            required: ['EventName', 'ResourceUri'],
          },
          method: 'POST',
          triggerAuthenticationType: 'All',
        },
      },
    });
    expect(Object.keys(c.trigger)).toEqual(['metadata', 'type', 'kind', 'inputs']);
    expect(Object.keys(c.trigger.inputs)).toEqual(['schema', 'method', 'triggerAuthenticationType']);
    expect(c.actions.Event.inputs).toBe("@triggerBody()?['EventName']");
    expect(c.actions.Key.inputs).toBe("@triggerOutputs()?['headers']?['x-api-key']");
  });

  it('without a schema renders method and auth type only, as the PNP export does; GET is kept', () => {
    const c = compile(flow('HTTP trigger GET', (f) => void f.trigger(http.request({ method: 'GET' }))));
    expect(c.trigger).toEqual({
      metadata: c.meta('manual'),
      type: 'Request',
      kind: 'Http',
      inputs: { method: 'GET', triggerAuthenticationType: 'All' },
    });
    // A flow without connectors has no connection references and only $authentication.
    expect(c.properties.connectionReferences).toEqual({});
    expect(c.definition.parameters).toEqual({ $authentication: { defaultValue: {}, type: 'SecureObject' } });
  });

  it('defaults to POST and renders conditions and description after inputs', () => {
    const c = compile(
      flow('HTTP trigger options', (f) => {
        f.trigger(
          http.request({ conditions: [$.equals($.raw("triggerBody()?['kind']"), 'referral')], description: 'Webhook' }),
        );
      }),
    );
    expect(c.trigger).toEqual({
      metadata: c.meta('manual'),
      type: 'Request',
      kind: 'Http',
      inputs: { method: 'POST', triggerAuthenticationType: 'All' },
      conditions: [{ expression: "@equals(triggerBody()?['kind'], 'referral')" }],
      description: 'Webhook',
    });
  });
});
