// A flow calling the Partner Center connectors: the exact OpenApiConnection JSON, shaped as real exports shape
// custom-connector calls (research/dataverse-connector.md §7): host.connectionName/operationId/apiId, parameters
// keyed by swagger parameter names, and a connectionReferences entry with api.name + api.logicalName.
import { describe, expect, it } from 'vitest';
import { partnerCenterEvents, partnerCenterEventsConnector, syncEventNames } from '../../connector/partner-center-events';
import { partnerCenter, partnerCenterReferrals, replace } from '../../connector/partner-center-referrals';
import { compileFlow } from '../../src/compile/compile-flow';
import type { ProjectModel } from '../../src/compile/project';
import { flow, http } from '../../src/dsl';

const referralsApi = partnerCenterReferrals.identity.api;
const eventsApi = partnerCenterEventsConnector.identity.api;
const project: ProjectModel = {
  environmentVariables: [],
  connectionReferences: [
    { logicalName: 'cosell_PartnerCenterReferrals', displayName: 'Partner Center Referrals', connector: referralsApi.name },
    { logicalName: 'cosell_PartnerCenterEvents', displayName: 'Partner Center Events', connector: eventsApi.name },
  ],
};
const AUTH = "@parameters('$authentication')";

const syncFlow = flow('Typed connector calls', (f) => {
  const hook = f.trigger(http.request<{ id: string; value: number }>());
  const got = f.call('Get referral', partnerCenter.getReferral, { id: hook.body.id });
  f.call('Update deal value', partnerCenter.patchReferral, {
    id: got.body.id,
    'If-Match': got.body.eTag,
    Prefer: 'return=representation',
    body: [replace('/details/dealValue', hook.body.value), { op: 'replace', path: '/substatus', value: 'Won' }],
  });
  f.call(
    'Related referrals',
    partnerCenter.listRelatedReferrals,
    { engagementId: got.body.engagementId },
    { minimumItemCount: 500 },
  );
  f.compose('Country', got.body.customerProfile.address.country);
  f.call('Register webhook', partnerCenterEvents.registerWebhook, {
    body: {
      WebhookUrl: 'https://example.test/hook',
      WebhookEvents: [...syncEventNames],
      SignatureTokenToMsSignatureHeader: true,
    },
  });
});

describe('typed Partner Center calls compile to OpenApiConnection actions', () => {
  const { properties } = compileFlow(syncFlow, project).clientdata;
  const actions = (properties.definition as Record<string, any>).actions;

  it('declares each custom connector once, with api.name and api.logicalName', () => {
    expect(properties.connectionReferences).toEqual({
      [referralsApi.name]: {
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_PartnerCenterReferrals' },
        api: { name: 'shared_cosell-5fpartnercenterref-5f5d814baac3b0562a', logicalName: 'cosell_5Fpartnercenterref' },
      },
      [eventsApi.name]: {
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_PartnerCenterEvents' },
        api: { name: 'shared_cosell-5fpartnercenterevents-5f290a63cb5c2c55fc', logicalName: 'cosell_5Fpartnercenterevents' },
      },
    });
  });

  it('renders a get by id', () => {
    const { metadata, ...rest } = actions.Get_referral;
    expect(metadata.operationMetadataId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rest).toEqual({
      runAfter: {},
      type: 'OpenApiConnection',
      inputs: {
        host: {
          connectionName: referralsApi.name,
          operationId: 'GetReferralById',
          apiId: `/providers/Microsoft.PowerApps/apis/${referralsApi.name}`,
        },
        parameters: { id: "@triggerBody()?['id']" },
        authentication: AUTH,
      },
    });
  });

  it('renders a JSON Patch with its headers, reading the typed result of the get', () => {
    expect(actions.Update_deal_value.inputs).toEqual({
      host: {
        connectionName: referralsApi.name,
        operationId: 'PatchReferralById',
        apiId: `/providers/Microsoft.PowerApps/apis/${referralsApi.name}`,
      },
      parameters: {
        id: "@body('Get_referral')?['id']",
        'If-Match': "@body('Get_referral')?['eTag']",
        Prefer: 'return=representation',
        body: [
          { op: 'replace', path: '/details/dealValue', value: "@triggerBody()?['value']" },
          { op: 'replace', path: '/substatus', value: 'Won' },
        ],
      },
      authentication: AUTH,
    });
    expect(actions.Update_deal_value.runAfter).toEqual({ Get_referral: ['Succeeded'] });
  });

  it('pages the related referrals through the connector (x-ms-pageable + paginationPolicy)', () => {
    expect(actions.Related_referrals.inputs.host.operationId).toBe('ListRelatedReferrals');
    expect(actions.Related_referrals.inputs.parameters).toEqual({ engagementId: "@body('Get_referral')?['engagementId']" });
    expect(actions.Related_referrals.runtimeConfiguration).toEqual({ paginationPolicy: { minimumItemCount: 500 } });
  });

  it('reads nested typed fields of the response body', () => {
    expect(actions.Country.inputs).toBe("@body('Get_referral')?['customerProfile']?['address']?['country']");
  });

  it('calls the events connector through its own connection reference', () => {
    expect(actions.Register_webhook.inputs).toEqual({
      host: {
        connectionName: eventsApi.name,
        operationId: 'EventRegistration',
        apiId: `/providers/Microsoft.PowerApps/apis/${eventsApi.name}`,
      },
      parameters: {
        body: {
          WebhookUrl: 'https://example.test/hook',
          WebhookEvents: ['referral-created', 'referral-updated', 'related-referral-created', 'related-referral-updated'],
          SignatureTokenToMsSignatureHeader: true,
        },
      },
      authentication: AUTH,
    });
  });

  it('fails, located, when solution.yaml has no connection reference for the connector', () => {
    const bare: ProjectModel = { environmentVariables: [], connectionReferences: [] };
    expect(() => compileFlow(syncFlow, bare)).toThrow(
      /Get_referral.*connector 'shared_cosell-5fpartnercenterref-5f5d814baac3b0562a' has no connection reference/s,
    );
  });
});
