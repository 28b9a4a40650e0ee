import { describe, expect, it } from 'vitest';
import { type ConnectorApi, flow, input, manual, operation } from '../../src/dsl';
import { CONNECTION_AUTH, RAW_AUTH, compile, expectProblems, httpFlow, partnerCenterApi } from './helpers';

interface Referral {
  id: string;
  status: string;
}
const getReferral = operation<{ id: unknown; 'api-version'?: string }, Referral>(partnerCenterApi, 'GetReferral');
const listReferrals = operation<{ $top?: number }, { value: Referral[] }>(partnerCenterApi, 'ListReferrals');

const host = (operationId: string) => ({
  connectionName: partnerCenterApi.name,
  operationId,
  apiId: `/providers/Microsoft.PowerApps/apis/${partnerCenterApi.name}`,
});

describe('custom connector operations (OpenApiConnection)', () => {
  it('renders host, parameters, authentication and a typed body', () => {
    const c = compile(
      httpFlow('Connector flow', (f, req) => {
        const got = f.call('Get referral', getReferral, { id: req.body.id, 'api-version': '2024-01-01' });
        f.compose('Status', got.body.status);
      }),
    );
    expect(c.actions.Get_referral).toEqual({
      runAfter: {},
      metadata: c.meta('Get_referral'),
      type: 'OpenApiConnection',
      inputs: {
        host: host('GetReferral'),
        parameters: { id: "@triggerBody()?['id']", 'api-version': '2024-01-01' },
        authentication: CONNECTION_AUTH,
      },
    });
    expect(Object.keys(c.actions.Get_referral)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Get_referral.inputs)).toEqual(['host', 'parameters', 'authentication']);
    expect(Object.keys(c.actions.Get_referral.inputs.host)).toEqual(['connectionName', 'operationId', 'apiId']);
    expect(c.actions.Status.inputs).toBe("@body('Get_referral')?['status']");
  });

  it('declares the connection reference with the custom connector logicalName and $connections', () => {
    const c = compile(httpFlow('Connector reference', (f) => void f.call('Get referral', getReferral, { id: 'x' })));
    expect(c.properties.connectionReferences).toEqual({
      [partnerCenterApi.name]: {
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_PartnerCenter' },
        api: { name: partnerCenterApi.name, logicalName: partnerCenterApi.logicalName },
      },
    });
    expect(c.definition.parameters.$connections).toEqual({ defaultValue: {}, type: 'Object' });
  });

  it('renders retryPolicy inside inputs and paging as runtimeConfiguration.paginationPolicy', () => {
    const c = compile(
      httpFlow('Connector options', (f) => {
        f.call(
          'List referrals',
          listReferrals,
          { $top: 100 },
          {
            retryPolicy: { type: 'exponential', count: 10, interval: 'PT10S' },
            minimumItemCount: 5000,
          },
        );
      }),
    );
    expect(c.actions.List_referrals).toEqual({
      runAfter: {},
      metadata: c.meta('List_referrals'),
      type: 'OpenApiConnection',
      inputs: {
        host: host('ListReferrals'),
        parameters: { $top: 100 },
        authentication: CONNECTION_AUTH,
        retryPolicy: { type: 'exponential', count: 10, interval: 'PT10S' },
      },
      runtimeConfiguration: { paginationPolicy: { minimumItemCount: 5000 } },
    });
    expect(Object.keys(c.actions.List_referrals)).toEqual([
      'runAfter',
      'metadata',
      'type',
      'inputs',
      'runtimeConfiguration',
    ]);
  });

  it('uses the Raw X-MS-APIM-Tokens authentication in a Button-triggered flow', () => {
    const c = compile(
      flow('Connector in child', (f) => {
        const { id } = f.trigger(manual({ id: input.text('Referral id') })).inputs;
        f.call('Get referral', getReferral, { id });
      }),
    );
    expect(c.actions.Get_referral.inputs).toEqual({
      host: host('GetReferral'),
      parameters: { id: "@triggerBody()?['text']" },
      authentication: RAW_AUTH,
    });
  });

  it('bad paging, bad retry and a connector without a connection reference are CompileErrors', () => {
    const f = httpFlow('Connector bad options', (f) => {
      f.call('Page zero', listReferrals, {}, { minimumItemCount: 0 });
      f.call('Retry zero', listReferrals, {}, { retryPolicy: { type: 'fixed', count: 0, interval: 'PT1S' } });
    });
    expectProblems(f, [
      { path: 'Page_zero', message: 'minimumItemCount must be 1-100000, not 0' },
      { path: 'Retry_zero', message: 'retryPolicy.count must be 1-90, not 0' },
    ]);
    const unknownApi: ConnectorApi = { name: 'shared_unknown-5fconnector' };
    const g = httpFlow(
      'Connector undeclared',
      (f) => void f.call('Call it', operation<{}, unknown>(unknownApi, 'Do'), {}),
    );
    expectProblems(g, [
      {
        path: 'Call_it',
        message: "connector 'shared_unknown-5fconnector' has no connection reference in solution.yaml",
      },
    ]);
  });
});
