import { describe, expect, it } from 'vitest';
import { $, env } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('HTTP action', () => {
  it('renders method, uri, headers, queries, body, authentication, retryPolicy inside inputs', () => {
    const apiBase = env.string('cosell_apibase');
    const c = compile(
      httpFlow('HTTP flow', (f, req) => {
        const call = f.http('Call API', {
          method: 'POST',
          uri: $.text`${apiBase}/v1/referrals/${req.body.id}`,
          headers: { 'Content-Type': 'application/json; utf-8' },
          queries: { 'api-version': '1.0' },
          body: { id: req.body.id },
          authentication: { type: 'ActiveDirectoryOAuth', audience: apiBase },
          retryPolicy: { type: 'exponential', count: 10, interval: 'PT10S', maximumInterval: 'PT1H' },
        });
        f.compose('Status', call.statusCode);
        f.compose('Body', call.body);
      }),
    );
    const param = 'API Base (cosell_apibase)';
    expect(c.actions.Call_API).toEqual({
      runAfter: {},
      metadata: c.meta('Call_API'),
      type: 'Http',
      inputs: {
        method: 'POST',
        uri: `@{parameters('${param}')}/v1/referrals/@{triggerBody()?['id']}`,
        headers: { 'Content-Type': 'application/json; utf-8' },
        queries: { 'api-version': '1.0' },
        body: { id: "@triggerBody()?['id']" },
        authentication: { type: 'ActiveDirectoryOAuth', audience: `@parameters('${param}')` },
        retryPolicy: { type: 'exponential', count: 10, interval: 'PT10S', maximumInterval: 'PT1H' },
      },
    });
    expect(Object.keys(c.actions.Call_API)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Call_API.inputs)).toEqual([
      'method',
      'uri',
      'headers',
      'queries',
      'body',
      'authentication',
      'retryPolicy',
    ]);
    expect(c.actions.Status.inputs).toBe("@outputs('Call_API')?['statusCode']");
    expect(c.actions.Body.inputs).toBe("@body('Call_API')");
    expect(c.definition.parameters[param]).toEqual({
      defaultValue: 'https://api.partner.microsoft.com',
      type: 'String',
      metadata: { schemaName: 'cosell_apibase' },
    });
  });

  it('renders a minimal GET with retryPolicy none and a fixed retry policy', () => {
    const c = compile(
      httpFlow('HTTP minimal', (f) => {
        f.http('Ping', { method: 'GET', uri: 'https://example.com/ping', retryPolicy: { type: 'none' } });
        f.http('Fixed', {
          method: 'DELETE',
          uri: 'https://example.com/x',
          retryPolicy: { type: 'fixed', count: 4, interval: 'PT20S' },
        });
      }),
    );
    expect(c.actions.Ping).toEqual({
      runAfter: {},
      metadata: c.meta('Ping'),
      type: 'Http',
      inputs: { method: 'GET', uri: 'https://example.com/ping', retryPolicy: { type: 'none' } },
    });
    expect(c.actions.Fixed.inputs).toEqual({
      method: 'DELETE',
      uri: 'https://example.com/x',
      retryPolicy: { type: 'fixed', count: 4, interval: 'PT20S' },
    });
  });

  it('a retry count outside 1-90 or an interval that is not a duration is a CompileError', () => {
    const f = httpFlow('HTTP bad retry', (f) => {
      f.http('Too many', {
        method: 'GET',
        uri: 'https://example.com',
        retryPolicy: { type: 'fixed', count: 100, interval: 'PT5S' },
      });
      f.scope('Work', (b) => {
        b.http('Bad interval', {
          method: 'GET',
          uri: 'https://example.com',
          retryPolicy: { type: 'exponential', count: 3, interval: '5s', minimumInterval: 'PT1S' },
        });
      });
    });
    expectProblems(f, [
      { path: 'Too_many', message: 'retryPolicy.count must be 1-90, not 100' },
      { path: 'Work/Bad_interval', message: "retryPolicy interval '5s' is not an ISO 8601 duration" },
    ]);
  });
});
