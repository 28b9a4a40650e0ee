// Between the flows and the doubles: the outbound log, Dataverse and HTTP faults, and no network beyond loopback.
import { describe, expect, it } from 'vitest';
import type { ConnectorRequest, HttpClient } from '../../../src/sim/contracts';
import { Wiring } from '../../../src/sim/scenario/wiring';

const request: ConnectorRequest = { apiName: 'shared_commondataserviceforapps', operationId: 'ListRecords', parameters: {}, identity: 'sync' };
const ok = { invoke: async () => ({ statusCode: 200, headers: {}, body: { value: [] } }) };

describe('scenario wiring', () => {
  it('logs every connector call with its status', async () => {
    const w = new Wiring(() => 'T');
    await w.adapter('dataverse', ok).invoke(request);
    expect(w.outbound).toEqual([{ at: 'T', service: 'dataverse', operation: 'ListRecords', identity: 'sync', status: 200 }]);
  });

  it('answers Dataverse faults for the matching operation, the given number of times, with Retry-After', async () => {
    const w = new Wiring(() => 'T');
    w.addFault({ service: 'dataverse', status: 429, count: 2, retryAfter: 7, operation: 'ListRecords' });
    const adapter = w.adapter('dataverse', ok);
    const first = await adapter.invoke(request);
    expect(first).toEqual({
      statusCode: 429,
      headers: { 'Retry-After': '7' },
      body: { error: { code: '0x80072322', message: "An injected fault: 429 (scenario step 'fault')." } },
    });
    expect((await adapter.invoke({ ...request, operationId: 'GetItem' })).statusCode).toBe(200);
    expect((await adapter.invoke(request)).statusCode).toBe(429);
    expect((await adapter.invoke(request)).statusCode).toBe(200);
  });

  it('answers a Dataverse fault given a table only for calls on that entity set', async () => {
    const w = new Wiring(() => 'T');
    w.addFault({ service: 'dataverse', status: 503, count: 2, operation: 'UpdateRecord', table: 'cosell_partnercentersolutions' });
    const adapter = w.adapter('dataverse', ok);
    const upsert = { ...request, operationId: 'UpdateRecord' };
    const on = (entityName: string) => ({ ...upsert, parameters: { entityName, recordId: 'x' } });
    expect((await adapter.invoke(on('opportunities'))).statusCode).toBe(200);
    expect((await adapter.invoke(upsert)).statusCode).toBe(200);
    expect((await adapter.invoke(on('cosell_partnercentersolutions'))).statusCode).toBe(503);
    expect((await adapter.invoke({ ...on('cosell_partnercentersolutions'), operationId: 'DeleteRecord' })).statusCode).toBe(200);
    expect((await adapter.invoke(on('cosell_partnercentersolutions'))).statusCode).toBe(503);
    expect((await adapter.invoke(on('cosell_partnercentersolutions'))).statusCode).toBe(200);
  });

  it('sends Partner Center URLs to the double and answers 502 for any other host', async () => {
    const w = new Wiring(() => 'T');
    const sent: string[] = [];
    const partnerCenter: HttpClient = { request: async (_m, uri) => (sent.push(uri), { statusCode: 204, headers: {}, body: null }) };
    const http = w.http(partnerCenter);
    expect((await http.request('GET', 'https://api.partner.microsoft.com/v1.0/engagements/referrals', {}, undefined)).statusCode).toBe(204);
    const elsewhere = await http.request('POST', 'https://example.com/hook', {}, {});
    expect(elsewhere.statusCode).toBe(502);
    expect(sent).toEqual(['https://api.partner.microsoft.com/v1.0/engagements/referrals']);
    expect(w.outbound.map((c) => [c.operation, c.url, c.status])).toEqual([
      ['GET', 'https://api.partner.microsoft.com/v1.0/engagements/referrals', 204],
      ['POST', 'https://example.com/hook', 502],
    ]);
  });
});
