// The generated swaggers: structure Power Automate reads, stable operation ids, and the build-time checks.
import { describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import { partnerCenterEventsConnector } from '../../connector/partner-center-events';
import { partnerCenterReferrals } from '../../connector/partner-center-referrals';
import { apiPropertiesOf, checkApiProperties, checkSwagger, swaggerOf } from '../../src/compile/swagger';

type J = Record<string, any>;
const settings = { clientId: '6a1f3c2e-0b7d-4e59-9c1a-2f8e4d6b7a90', tenantId: 'common' };
const referrals = swaggerOf(partnerCenterReferrals) as J;
const events = swaggerOf(partnerCenterEventsConnector) as J;
const operations = (doc: J) =>
  Object.entries(doc.paths as J).flatMap(([path, item]) =>
    Object.entries(item as J).map(([method, op]) => ({ path, method, op: op as J })),
  );
const byId = (doc: J, id: string) => operations(doc).find((o) => o.op.operationId === id)!;
const definition = (doc: J, ref: string) => doc.definitions[ref.replace('#/definitions/', '')] as J;

describe('generated swaggers', () => {
  it.each(connectorModels.map((m) => [m.identity.name, m] as const))('%s passes the build-time checks', (_, model) => {
    const doc = swaggerOf(model);
    expect(checkSwagger(doc)).toEqual([]);
    expect(checkApiProperties(apiPropertiesOf(model, settings), doc)).toEqual([]);
  });

  it('keeps the operation ids flows depend on (renaming one breaks deployed flows)', () => {
    expect(operations(referrals).map((o) => `${o.method.toUpperCase()} ${o.path} ${o.op.operationId}`)).toEqual([
      'GET /referrals GetAllReferrals',
      'POST /referrals CreateReferral',
      'GET /referrals/{id} GetReferralById',
      'PATCH /referrals/{id} PatchReferralById',
      'GET /relatedreferrals ListRelatedReferrals',
    ]);
    expect(operations(events).map((o) => `${o.method.toUpperCase()} ${o.path} ${o.op.operationId}`)).toEqual([
      'GET /webhooks/v1/registration ViewRegistration',
      'POST /webhooks/v1/registration EventRegistration',
      'PUT /webhooks/v1/registration UpdateRegistration',
    ]);
  });

  it('gives every operation and parameter a summary and a description', () => {
    for (const { op } of [...operations(referrals), ...operations(events)]) {
      expect(op.summary, op.operationId).toMatch(/\S/);
      expect(op.description, op.operationId).toMatch(/\S/);
      for (const p of op.parameters)
        expect([p['x-ms-summary'], p.description], `${op.operationId} ${p.name}`).toEqual([
          expect.stringMatching(/\S/),
          expect.stringMatching(/\S/),
        ]);
    }
  });

  it('describes the Referrals host, OData list parameters and paging', () => {
    expect([referrals.host, referrals.basePath, referrals.swagger]).toEqual([
      'api.partner.microsoft.com',
      '/v1.0/engagements',
      '2.0',
    ]);
    const list = byId(referrals, 'GetAllReferrals').op;
    expect(list.parameters.map((p: J) => [p.name, p.in, p.type, p.required])).toEqual([
      ['$filter', 'query', 'string', false],
      ['$orderby', 'query', 'string', false],
      ['$top', 'query', 'integer', false],
      ['$skip', 'query', 'integer', false],
      ['$count', 'query', 'boolean', false],
      ['MS-CorrelationId', 'header', 'string', false],
    ]);
    expect(list['x-ms-pageable']).toEqual({ nextLinkName: '@odata.nextLink' });
    expect(definition(referrals, list.responses['200'].schema.$ref).properties['@odata.nextLink']).toMatchObject({
      type: 'string',
      format: 'uri',
    });
  });

  it('describes the JSON Patch: replace/add, the patchable paths, optional If-Match and Prefer', () => {
    const patch = byId(referrals, 'PatchReferralById').op;
    const headers = patch.parameters.filter((p: J) => p.in === 'header').map((p: J) => [p.name, p.required, p.enum]);
    expect(headers).toEqual([
      ['If-Match', false, undefined],
      ['Prefer', false, ['return=representation']],
      ['MS-CorrelationId', false, undefined],
    ]);
    const body = patch.parameters.find((p: J) => p.in === 'body');
    expect(body.schema.type).toBe('array');
    const item = definition(referrals, body.schema.items.$ref);
    expect(item.properties.op.enum).toEqual(['replace', 'add']);
    expect(item.properties.path.enum).toEqual(expect.arrayContaining(['/status', '/substatus', '/details/dealValue', '/team/-']));
    expect(Object.keys(patch.responses)).toEqual(['200', '204', '400', '401', '403', '404', '412', '429']);
    expect(patch.responses['204'].schema).toBeUndefined();
  });

  it('models the full referral with its enums and the service spelling of the consent flag', () => {
    const r = referrals.definitions.Referral as J;
    expect(r.properties.type.enum).toEqual(['Independent', 'Shared']);
    expect(r.properties.status.enum).toEqual(['New', 'Active', 'Closed']);
    expect(r.properties.substatus.enum).toEqual(['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired']);
    expect(r.properties.id.readOnly).toBe(true);
    expect(Object.keys(referrals.definitions.Consent.properties)).toContain('consentToToShareInfoWithOthers');
    expect(referrals.definitions.Address.properties.country.pattern).toBe('^[A-Z]{2}$');
    expect(referrals.definitions.ReferralDetails.properties.currency.pattern).toBe('^[A-Z]{3}$');
    expect(referrals.definitions.InviteContext.properties.assistanceRequestCode.enum).toHaveLength(7);
    expect(referrals.definitions.TrackingInfo.properties.microsoftMsxId['x-nullable']).toBe(true);
    for (const key of ['requirements', 'dealValue', 'currency', 'closingDateTime', 'notes']) {
      expect(Object.keys(referrals.definitions.ReferralDetails.properties)).toContain(key);
    }
    expect(Object.keys(referrals.definitions.Requirements.properties)).toEqual([
      'solutions',
      'products',
      'industries',
      'services',
      'offers',
    ]);
    // The create body holds no read-only field.
    const create = byId(referrals, 'CreateReferral').op.parameters.find((p: J) => p.in === 'body');
    const created = definition(referrals, create.schema.$ref);
    expect([...created.required].sort()).toEqual(['consent', 'customerProfile', 'details', 'type']);
    expect(Object.keys(created.properties)).not.toContain('eTag');
  });

  it('describes the webhook registration body', () => {
    const register = byId(events, 'EventRegistration').op;
    const body = definition(events, register.parameters[0].schema.$ref);
    expect(Object.keys(body.properties)).toEqual(['WebhookUrl', 'WebhookEvents', 'SignatureTokenToMsSignatureHeader']);
    expect(body.required).toEqual(['WebhookUrl', 'WebhookEvents']);
    expect([events.host, register.consumes]).toEqual(['api.partnercenter.microsoft.com', ['application/json']]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(swaggerOf(partnerCenterReferrals))).toBe(JSON.stringify(referrals));
  });
});
