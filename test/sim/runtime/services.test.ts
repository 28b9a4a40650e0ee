// Http actions through the injected HttpClient, and OpenApiConnection actions through adapters.
import { describe, expect, it } from 'vitest';
import { action, compose, ok, runOnce, scriptedAdapter, scriptedHttp, simWith } from './helpers';

describe('Http', () => {
  it('sends method, uri with queries, headers and body; outputs the response', async () => {
    const http = scriptedHttp(ok({ hello: 'world' }, 201, { 'x-id': '7' }));
    const { run } = await runOnce(
      {
        Post: {
          type: 'Http',
          inputs: {
            method: 'POST',
            uri: 'https://api.example.com/items',
            queries: { q: "@triggerBody()?['q']" },
            headers: { 'Content-Type': 'application/json' },
            body: { value: "@triggerBody()?['v']" },
          },
          runAfter: {},
        },
        Read: compose("@body('Post')?['hello']", { Post: ['Succeeded'] }),
      },
      { q: 'a b', v: 3 },
      { http: http.client },
    );
    expect(http.requests).toEqual([
      { method: 'POST', uri: 'https://api.example.com/items?q=a+b', headers: { 'Content-Type': 'application/json' }, body: { value: 3 } },
    ]);
    expect(action(run, 'Post').outputs).toEqual({ statusCode: 201, headers: { 'x-id': '7' }, body: { hello: 'world' } });
    expect(action(run, 'Read').outputs).toBe('world');
  });

  it('fails on 4xx, and without an HttpClient', async () => {
    const http = scriptedHttp(ok('missing', 404));
    const get = { Get: { type: 'Http', inputs: { method: 'GET', uri: 'https://api.example.com/x' }, runAfter: {} } };
    const { run } = await runOnce(get, {}, { http: http.client });
    expect(action(run, 'Get')).toMatchObject({ status: 'Failed', error: { code: 'NotFound' }, outputs: { statusCode: 404, body: 'missing' } });
    const without = await runOnce(get);
    expect(action(without.run, 'Get').error?.code).toBe('NoHttpClient');
  });
});

describe('OpenApiConnection', () => {
  const refs = (impersonate: boolean) => ({
    connectionReferences: {
      shared_commondataserviceforapps: {
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_Dataverse' },
        api: { name: 'shared_commondataserviceforapps' },
        ...(impersonate ? { impersonation: { source: 'invoker' } } : {}),
      },
    },
  });
  const getRow = {
    Get_row: {
      type: 'OpenApiConnection',
      inputs: {
        host: { connectionName: 'shared_commondataserviceforapps', operationId: 'GetItem', apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps' },
        parameters: { entityName: 'opportunities', recordId: "@triggerBody()?['id']", $select: 'name' },
        authentication: "@parameters('$authentication')",
      },
      runAfter: {},
    },
    Name: compose("@outputs('Get_row')?['body/name']", { Get_row: ['Succeeded'] }),
  };

  it('dispatches by the connection reference’s api.name, with evaluated parameters, as the connection’s identity', async () => {
    const dv = scriptedAdapter(ok({ name: 'Deal' }));
    const { run } = await runOnce(getRow, { id: 'abc' }, {
      adapters: { shared_commondataserviceforapps: dv.adapter },
      identity: 'owner@contoso.com',
      connectionIdentities: { cosell_Dataverse: 'svc-account@contoso.com' },
    }, refs(false));
    expect(dv.requests).toEqual([
      {
        apiName: 'shared_commondataserviceforapps',
        connectionReferenceLogicalName: 'cosell_Dataverse',
        operationId: 'GetItem',
        parameters: { entityName: 'opportunities', recordId: 'abc', $select: 'name' },
        identity: 'svc-account@contoso.com',
      },
    ]);
    expect(action(run, 'Name').outputs).toBe('Deal');
  });

  it('runs as the invoker with impersonation', async () => {
    const dv = scriptedAdapter(ok({ name: 'Deal' }));
    const sim = simWith(getRow, { adapters: { shared_commondataserviceforapps: dv.adapter }, identity: 'owner@contoso.com' }, refs(true));
    await sim.trigger('Test', { body: { id: 'x' } }, { identity: 'maker@contoso.com' });
    expect(dv.requests[0]!.identity).toBe('maker@contoso.com');
  });

  it('fails clearly when no adapter is registered', async () => {
    const { run } = await runOnce(getRow, { id: 'abc' }, {}, refs(false));
    expect(action(run, 'Get_row')).toMatchObject({ status: 'Failed', error: { code: 'ConnectorNotAvailable' } });
    expect(action(run, 'Get_row').error?.message).toContain('shared_commondataserviceforapps');
  });
});
