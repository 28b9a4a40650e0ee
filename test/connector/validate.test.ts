// The build-time checks reject a broken connector with located messages (model file, connector, JSON path).
import { describe, expect, it } from 'vitest';
import type { ConnectorModel } from '../../connector/model/connector';
import { Definitions } from '../../connector/model/definitions';
import { connectorIdentity } from '../../connector/model/identity';
import { type OperationSpec, operation, param } from '../../connector/model/operation';
import { partnerCenterReferrals } from '../../connector/partner-center-referrals';
import { s } from '../../src/dsl';
import { ConnectorError, connectorArtifacts } from '../../src/compile/swagger';

const settings = { clientId: '6a1f3c2e-0b7d-4e59-9c1a-2f8e4d6b7a90', tenantId: 'common' };

function model(operations: Record<string, OperationSpec>, definitions = new Definitions()): ConnectorModel {
  return { ...partnerCenterReferrals, identity: connectorIdentity('broken'), source: 'test/broken.ts', definitions, operations };
}

function problems(m: ConnectorModel, s2 = settings): string[] {
  try {
    connectorArtifacts(s2, [m]);
  } catch (e) {
    expect(e).toBeInstanceOf(ConnectorError);
    return (e as ConnectorError).problems.map((p) => `${p.at}: ${p.message}`);
  }
  throw new Error('the connector was accepted');
}

const ok = { 200: { description: 'OK' } };
const get = (o: Partial<OperationSpec>): OperationSpec => ({
  operationId: 'GetThing',
  method: 'get',
  path: '/things',
  summary: 'Get a thing',
  description: 'Gets a thing.',
  parameters: {},
  responses: ok,
  ...o,
});

describe('connector checks', () => {
  it('locates each problem in the message, with the model file and the connector', () => {
    try {
      connectorArtifacts(settings, [model({ a: get({ summary: '' }) })]);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(
        "test/broken.ts: connector 'cosell_5Fbroken': apiDefinition.paths./things.get: has no summary",
      );
    }
  });

  it('rejects duplicate operation ids, a missing description and an undeclared path parameter', () => {
    expect(
      problems(
        model({
          a: get({}),
          b: get({ path: '/things/{id}', description: ' ' }),
        }),
      ),
    ).toEqual([
      "apiDefinition.paths./things/{id}.get: operationId 'GetThing' is also used by paths./things.get",
      'apiDefinition.paths./things/{id}.get: has no description',
      'apiDefinition.paths./things/{id}.get: path parameter {id} is not declared',
    ]);
  });

  it('rejects two operations on the same method and path', () => {
    expect(problems(model({ a: get({}), b: get({ operationId: 'GetOther' }) }))).toEqual([
      'apiDefinition: test/broken.ts: two operations are GET /things',
    ]);
  });

  it('rejects parameters Power Automate cannot use', () => {
    const defs = new Definitions();
    const thing = defs.define('Thing', s.object({ name: s.nullable(s.string()) }));
    const bad = operation({
      operationId: 'PutThing',
      method: 'put',
      path: '/things/{id}',
      summary: 'Put a thing',
      description: 'Replaces a thing.',
      parameters: {
        other: param.path(s.string(), { summary: 'Other', description: 'Not in the path.' }),
        filter: param.query(s.object({}), { summary: 'Filter', description: 'An object in a query.' }),
        kind: param.header(s.string(), { summary: 'Kind', description: 'Hidden.', visibility: 'internal', required: true }),
        body: param.body(thing, { summary: '', description: 'The thing.' }),
      },
      responses: { 404: { description: 'Not found.' } },
    });
    expect(problems(model({ bad }, defs))).toEqual([
      'apiDefinition.definitions.Thing.properties.name: type ["string","null"] is not a Swagger 2.0 type (use x-nullable for null)',
      'apiDefinition.paths./things/{id}.put.parameters.other: is not in the path /things/{id}',
      'apiDefinition.paths./things/{id}.put.parameters.filter: a query parameter needs a primitive type, not "object"',
      'apiDefinition.paths./things/{id}.put.parameters.kind: is required and internal, so it needs a default',
      'apiDefinition.paths./things/{id}.put.parameters.body: has no x-ms-summary',
      'apiDefinition.paths./things/{id}.put: path parameter {id} is not declared',
      'apiDefinition.paths./things/{id}.put.responses: has no success (2xx) response',
    ]);
  });

  it('rejects dangling and unused definitions, and a paging link the response does not have', () => {
    const defs = new Definitions();
    defs.define('Unused', s.object({ a: s.string() }));
    const page = defs.define('Page', s.object({ value: s.array(s.string()) }));
    const list = get({ responses: { 200: { description: 'A page.', schema: page } }, nextLink: '@odata.nextLink' });
    const dangling = get({
      operationId: 'GetOther',
      path: '/other',
      responses: { 200: { description: 'x', schema: { json: { $ref: '#/definitions/Missing' } } } },
    });
    expect(problems(model({ list, dangling }, defs))).toEqual([
      "apiDefinition.paths./other.get.responses.200.schema: $ref '#/definitions/Missing' does not resolve to a definition",
      'apiDefinition.definitions.Unused: is never referenced',
      "apiDefinition.paths./things.get.x-ms-pageable: nextLinkName '@odata.nextLink' is not a property of the success response",
    ]);
  });

  it('rejects a client id that is not a GUID and a policy naming an unknown operation', () => {
    const m = model({ a: get({ upstream: { path: 'things' } }) });
    expect(problems(m, { clientId: 'not-a-guid', tenantId: 'common' })).toEqual([
      'apiProperties.properties.connectionParameters.token.oAuthSettings.clientId: must be a lower-case GUID',
      "apiProperties.properties.policyTemplateInstances[0]: newPath must start with '/'",
    ]);
  });

  it('refuses connector names over the 30 characters solution tools keep', () => {
    expect(() => connectorIdentity('partnercenterreferralsconnector')).toThrow(
      "connector name 'cosell_5Fpartnercenterreferralsconnector' is 40 characters; solution tools drop connectors over 30",
    );
    expect(() => connectorIdentity('Partner Center')).toThrow(/lower-case letters and digits/);
  });
});
