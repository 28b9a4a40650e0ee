// Connector model + admin settings -> apiProperties.json: Entra ID (AAD) OAuth, brand colour, policy templates.
// The same `connectionParameters` object is the solution's `<name>_connectionparameters.json`.
import type { Json } from '../../dsl';
import type { ConnectorModel } from '../../../connector/model/connector';
import { policyTemplatesOf } from './policies';
import type { ConnectorSettings } from './settings';

type JsonObject = { [key: string]: Json };

/**
 * The shared redirect URL. `redirectMode: Global` keeps it the same in every environment, so the admin registers
 * it once on the app; the per-connector form (`GlobalPerConnector`) embeds the environment-specific api name.
 */
export const REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';
export const LOGIN_URI = 'https://login.microsoftonline.com';

export function connectionParametersOf(model: ConnectorModel, settings: ConnectorSettings): JsonObject {
  return {
    token: {
      type: 'oauthSetting',
      oAuthSettings: {
        identityProvider: 'aad',
        clientId: settings.clientId,
        scopes: [],
        redirectMode: 'Global',
        redirectUrl: REDIRECT_URL,
        properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: model.resource },
        customParameters: {
          loginUri: { value: LOGIN_URI },
          tenantId: { value: settings.tenantId },
          resourceUri: { value: model.resource },
        },
      },
    },
    'token:TenantId': {
      type: 'string',
      metadata: { sourceType: 'AzureActiveDirectoryTenant' },
      uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
    },
  };
}

/** paconn's apiProperties.json. */
export function apiPropertiesOf(model: ConnectorModel, settings: ConnectorSettings): JsonObject {
  return {
    properties: {
      connectionParameters: connectionParametersOf(model, settings),
      iconBrandColor: model.brandColor,
      capabilities: [],
      policyTemplateInstances: policyTemplatesOf(model),
    },
  };
}
