// operationId -> method/path/parameters from the generated swagger, and the request the service receives after
// the connector's policies: what the simulator's Partner Center double relies on.
import { describe, expect, it } from 'vitest';
import { partnerCenterEventsConnector } from '../../connector/partner-center-events';
import { partnerCenterReferrals } from '../../connector/partner-center-referrals';
import { findOperation, operationsOf, policyTemplatesOf, serviceRequestOf, swaggerOf } from '../../src/compile/swagger';

const referrals = { swagger: swaggerOf(partnerCenterReferrals), policies: policyTemplatesOf(partnerCenterReferrals) };
const ID = '4111fffc-f9ee-4d53-bba6-569135228642';

describe('operation lookup', () => {
  it('finds an operation by id with its method, path and parameters', () => {
    const op = findOperation(referrals.swagger, 'PatchReferralById');
    expect([op.method, op.path]).toEqual(['PATCH', '/referrals/{id}']);
    expect(op.parameters.map((p) => `${p.in}:${p.name}${p.required ? '!' : ''}`)).toEqual([
      'path:id!',
      'body:body!',
      'header:If-Match',
      'header:Prefer',
      'header:MS-CorrelationId',
    ]);
    expect(op.parameters[1]!.schema).toEqual({
      type: 'array',
      items: { $ref: '#/definitions/PatchOperation' },
      description: 'JSON Patch operations, applied in order.',
    });
    expect(Object.keys(op.responses)).toContain('412');
    expect(findOperation(referrals.swagger, 'GetAllReferrals').nextLinkName).toBe('@odata.nextLink');
  });

  it('lists every operation of both connectors and names the missing one', () => {
    expect([...operationsOf(swaggerOf(partnerCenterEventsConnector)).keys()]).toEqual([
      'ViewRegistration',
      'EventRegistration',
      'UpdateRegistration',
    ]);
    expect(() => findOperation(referrals.swagger, 'DeleteReferral')).toThrow("has no operation 'DeleteReferral'");
  });
});

describe('the request the service receives', () => {
  it('fills path parameters and sends headers and body', () => {
    const body = [{ op: 'replace', path: '/status', value: 'Closed' }];
    expect(serviceRequestOf(referrals, 'PatchReferralById', { id: ID, 'If-Match': '"etag-1"', body })).toEqual({
      method: 'PATCH',
      url: `https://api.partner.microsoft.com/v1.0/engagements/referrals/${ID}`,
      headers: { 'If-Match': '"etag-1"' },
      body,
    });
  });

  it('sends the OData query parameters', () => {
    const r = serviceRequestOf(referrals, 'GetAllReferrals', { $filter: "status eq 'New'", $top: 10 });
    expect(r.url).toBe("https://api.partner.microsoft.com/v1.0/engagements/referrals?$filter=status%20eq%20'New'&$top=10");
  });

  it('routes the related referrals to the list, filtered by engagement id (the policies)', () => {
    const r = serviceRequestOf(referrals, 'ListRelatedReferrals', { engagementId: ID, $top: 5 });
    expect(r.method).toBe('GET');
    const url = new URL(r.url);
    expect(url.origin + url.pathname).toBe('https://api.partner.microsoft.com/v1.0/engagements/referrals');
    expect(url.searchParams.get('$filter')).toBe(`engagementId eq '${ID}'`);
    expect(url.searchParams.get('$top')).toBe('5');
  });

  it('rejects a missing required parameter and an unknown one', () => {
    expect(() => serviceRequestOf(referrals, 'GetReferralById', {})).toThrow(
      "GetReferralById: the required parameter 'id' is missing",
    );
    expect(() => serviceRequestOf(referrals, 'GetReferralById', { id: ID, Id: ID })).toThrow(
      "GetReferralById has no parameter 'Id'",
    );
  });

  it('targets the events host for the registration', () => {
    const events = { swagger: swaggerOf(partnerCenterEventsConnector) };
    const body = { WebhookUrl: 'https://example.test/hook', WebhookEvents: ['referral-created'] };
    expect(serviceRequestOf(events, 'UpdateRegistration', { body })).toEqual({
      method: 'PUT',
      url: 'https://api.partnercenter.microsoft.com/webhooks/v1/registration',
      headers: {},
      body,
    });
  });
});
