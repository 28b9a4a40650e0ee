// The adapters: flow calls go through the generated swaggers (operationId -> method, path, parameters and the
// connector's policies) and real HTTP to the double. A swagger with a wrong path, method or host fails.
import { describe, expect, it } from 'vitest';
import type { Json } from '../../../src/dsl';
import { partnerCenterEventsConnector } from '../../../connector/partner-center-events';
import { partnerCenterReferrals } from '../../../connector/partner-center-referrals';
import { swaggerOf } from '../../../src/compile/swagger';
import type { ConnectorRequest } from '../../../src/sim/contracts';
import { partnerCenterAdapter, partnerCenterAdapters, unflatten } from '../../../src/sim/partner-center';
import { newReferral, startDouble } from './helpers';

const referralsApi = partnerCenterReferrals.identity.api.name;
const eventsApi = partnerCenterEventsConnector.identity.api.name;
const request = (apiName: string, operationId: string, parameters: Record<string, unknown>): ConnectorRequest => ({
  apiName,
  operationId,
  parameters,
  identity: 'sync@contoso.com',
});

describe('partnerCenterAdapters', () => {
  it('has one adapter per connector, keyed by api name', async () => {
    const adapters = partnerCenterAdapters(await startDouble());
    expect(Object.keys(adapters)).toEqual([referralsApi, eventsApi]);
  });

  it('creates, reads, patches and lists referrals through the referrals swagger', async () => {
    const pc = await startDouble();
    const adapter = partnerCenterAdapters(pc)[referralsApi]!;
    const created = await adapter.invoke(request(referralsApi, 'CreateReferral', { body: newReferral() }));
    expect(created.statusCode).toBe(200);
    const id = (created.body as any).id as string;
    const got = await adapter.invoke(request(referralsApi, 'GetReferralById', { id }));
    expect(got.body).toEqual(created.body);
    const patched = await adapter.invoke(
      request(referralsApi, 'PatchReferralById', {
        id,
        body: [{ op: 'replace', path: '/externalReferenceId', value: 'opp-1' }],
        'If-Match': (got.body as any).eTag,
        Prefer: 'return=representation',
      }),
    );
    expect([patched.statusCode, (patched.body as any).externalReferenceId]).toEqual([200, 'opp-1']);
    const stale = await adapter.invoke(
      request(referralsApi, 'PatchReferralById', {
        id,
        body: [{ op: 'replace', path: '/details/notes', value: 'x' }],
        'If-Match': (got.body as any).eTag,
      }),
    );
    expect(stale.statusCode).toBe(412);
    const listed = await adapter.invoke(
      request(referralsApi, 'GetAllReferrals', { $filter: "externalReferenceId eq 'opp-1'", $top: 5 }),
    );
    expect((listed.body as any).value.map((r: any) => r.id)).toEqual([id]);
    const last = pc.requests.at(-1)!;
    expect([last.host, last.identity, decodeURIComponent(last.url)]).toEqual([
      'api.partner.microsoft.com',
      'sync@contoso.com',
      "/v1.0/engagements/referrals?$filter=externalReferenceId eq 'opp-1'&$top=5",
    ]);
  });

  it('pages with $top as the total and follows @odata.nextLink through the adapter', async () => {
    const pc = await startDouble({ pageSize: 1 });
    const adapter = partnerCenterAdapters(pc)[referralsApi]!;
    pc.createReferral(newReferral({ externalReferenceId: 'opp-1' }));
    const page1 = await adapter.invoke(
      request(referralsApi, 'GetAllReferrals', { $filter: "externalReferenceId eq 'opp-1'", $top: 1 }),
    );
    expect((page1.body as any)['@odata.nextLink']).toBeUndefined(); // $top is the total, not a page size
    pc.createReferral(newReferral());
    pc.createReferral(newReferral());
    let page = await adapter.invoke(request(referralsApi, 'GetAllReferrals', {}));
    const ids = [];
    for (;;) {
      ids.push(...(page.body as any).value.map((r: any) => r.id));
      const next = (page.body as any)['@odata.nextLink'];
      if (!next) break;
      page = await adapter.nextPage(next, 'sync@contoso.com');
    }
    expect(ids).toEqual(pc.referrals().map((r) => r.id));
  });

  it('routes ListRelatedReferrals to the list filtered by engagement id (the connector policies)', async () => {
    const pc = await startDouble();
    const { partner } = pc.microsoft.createReferral({ customerProfile: newReferral().customerProfile });
    const adapter = partnerCenterAdapters(pc)[referralsApi]!;
    const related = await adapter.invoke(
      request(referralsApi, 'ListRelatedReferrals', { engagementId: partner.engagementId }),
    );
    expect(related.statusCode).toBe(200);
    expect((related.body as any).value).toHaveLength(2);
    // Without the policies the call reaches the virtual path, which the service does not have.
    const bare = partnerCenterAdapter(pc, swaggerOf(partnerCenterReferrals));
    const lost = await bare.invoke(
      request(referralsApi, 'ListRelatedReferrals', { engagementId: partner.engagementId }),
    );
    expect(lost.statusCode).toBe(404);
  });

  it('rebuilds a body flattened as body/... parameters', async () => {
    expect(unflatten({ id: 'x', 'body/customerProfile/name': 'A', 'body/type': 'Shared', 'If-Match': 'e' })).toEqual({
      id: 'x',
      body: { customerProfile: { name: 'A' }, type: 'Shared' },
      'If-Match': 'e',
    });
  });

  it('registers and views the webhook through the events swagger', async () => {
    const pc = await startDouble();
    const adapter = partnerCenterAdapters(pc)[eventsApi]!;
    const body = {
      WebhookUrl: 'https://flow.example/hook',
      WebhookEvents: ['referral-created'],
      SignatureTokenToMsSignatureHeader: true,
    };
    expect((await adapter.invoke(request(eventsApi, 'EventRegistration', { body }))).statusCode).toBe(200);
    expect((await adapter.invoke(request(eventsApi, 'EventRegistration', { body }))).statusCode).toBe(409);
    const view = await adapter.invoke(request(eventsApi, 'ViewRegistration', {}));
    expect((view.body as any).WebhookUrl).toBe('https://flow.example/hook');
    expect(pc.requests.at(-1)!.host).toBe('api.partnercenter.microsoft.com');
  });
});

describe('a broken swagger fails against the double', () => {
  const broken = (edit: (swagger: any) => void) => {
    const swagger = structuredClone(swaggerOf(partnerCenterReferrals)) as any;
    edit(swagger);
    return swagger as { [key: string]: Json };
  };

  it('a wrong path answers 404, a wrong method 405, a wrong host or base path 404', async () => {
    const pc = await startDouble();
    const id = pc.createReferral(newReferral()).id;
    const cases: [string, (s: any) => void, number][] = [
      [
        'path',
        (s) => ((s.paths['/referral/{id}'] = s.paths['/referrals/{id}']), delete s.paths['/referrals/{id}']),
        404,
      ],
      [
        'method',
        (s) => (
          (s.paths['/referrals/{id}'].put = s.paths['/referrals/{id}'].get),
          delete s.paths['/referrals/{id}'].get
        ),
        405,
      ],
      ['host', (s) => (s.host = 'api.partnercenter.microsoft.com'), 404],
      ['base path', (s) => (s.basePath = '/v1.0'), 404],
    ];
    for (const [what, edit, status] of cases) {
      const adapter = partnerCenterAdapter(pc, broken(edit));
      const r = await adapter.invoke(request(referralsApi, 'GetReferralById', { id }));
      expect(r.statusCode, what).toBe(status);
    }
  });

  it('throws for an operation or parameter the swagger lacks, and for a host that is not Partner Center', async () => {
    const pc = await startDouble();
    const adapter = partnerCenterAdapter(pc, swaggerOf(partnerCenterReferrals));
    await expect(adapter.invoke(request(referralsApi, 'DeleteReferral', {}))).rejects.toThrow(
      /has no operation 'DeleteReferral'/,
    );
    await expect(adapter.invoke(request(referralsApi, 'GetReferralById', { Id: 'x' }))).rejects.toThrow(
      /has no parameter 'Id'/,
    );
    const elsewhere = partnerCenterAdapter(
      pc,
      broken((s) => (s.host = 'example.com')),
    );
    await expect(elsewhere.invoke(request(referralsApi, 'GetReferralById', { id: 'x' }))).rejects.toThrow(
      /not a Partner Center host/,
    );
  });
});
