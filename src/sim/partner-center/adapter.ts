// The connector adapters: a flow's OpenApiConnection call -> the generated swagger (operationId -> method, path,
// parameters, after the connector's policies) -> a real HTTP request to the double's loopback server. A swagger
// that names the wrong path, method or host fails here as it would against Partner Center.
import type { Json } from '../../dsl';
import { connectorModels } from '../../../connector';
import type { ConnectorModel } from '../../../connector/model/connector';
import { policyTemplatesOf, serviceRequestOf, swaggerOf } from '../../compile/swagger';
import type { ConnectorAdapter, ConnectorRequest, ServiceResponse } from '../contracts';
import type { PartnerCenterDouble } from './double';
import { send, toLoopback } from './http';

type JsonObject = { [key: string]: Json };

/** `body/customerProfile/name`-style keys (how the designer flattens a body) back into one `body` object. */
export function unflatten(parameters: Record<string, unknown>): Record<string, Json | undefined> {
  const out: Record<string, Json | undefined> = {};
  for (const [key, value] of Object.entries(parameters)) {
    const [head, ...rest] = key.split('/');
    if (!rest.length || head === '' || !/^body$/i.test(head!)) {
      out[key] = value as Json | undefined;
      continue;
    }
    let node = (out[head!] ??= {}) as JsonObject;
    for (const segment of rest.slice(0, -1)) node = (node[segment] ??= {}) as JsonObject;
    node[rest.at(-1)!] = value as Json;
  }
  return out;
}

/** A connector adapter that can also follow an `@odata.nextLink` (what the runtime's pagination needs). */
export interface PartnerCenterAdapter extends ConnectorAdapter {
  nextPage(nextLink: string, identity: string): Promise<ServiceResponse>;
}

/**
 * The adapter of one connector: `swagger` is its generated apiDefinition, `apiProperties` (optional) supplies the
 * policy templates (e.g. ListRelatedReferrals is routed to GET /referrals?$filter=engagementId eq '...').
 */
export function partnerCenterAdapter(
  double: PartnerCenterDouble,
  swagger: JsonObject,
  apiProperties?: JsonObject,
): PartnerCenterAdapter {
  const props = apiProperties?.properties as JsonObject | undefined;
  const policies = Array.isArray(props?.policyTemplateInstances) ? (props.policyTemplateInstances as Json[]) : [];
  return {
    async invoke(request: ConnectorRequest): Promise<ServiceResponse> {
      const service = serviceRequestOf({ swagger, policies }, request.operationId, unflatten(request.parameters));
      const target = toLoopback(service.url, double.baseUrl);
      if (!target.host)
        throw new Error(
          `${request.operationId}: the swagger sends it to ${new URL(service.url).host}, which is not a Partner Center host`,
        );
      const headers: Record<string, string> = {
        ...service.headers,
        Authorization: `Bearer ${request.identity}`,
        Accept: 'application/json',
        'X-Forwarded-Host': target.host,
      };
      return send(service.method, target.url, headers, service.body);
    },
    nextPage(nextLink, identity) {
      return double.http.request(
        'GET',
        nextLink,
        { Authorization: `Bearer ${identity}`, Accept: 'application/json' },
        undefined,
      );
    },
  };
}

/** One adapter per connector model, keyed by the `api.name` flows reference (what ConnectorRequest.apiName holds). */
export function partnerCenterAdapters(
  double: PartnerCenterDouble,
  models: readonly ConnectorModel[] = connectorModels,
): Record<string, PartnerCenterAdapter> {
  const out: Record<string, PartnerCenterAdapter> = {};
  for (const model of models) {
    const apiProperties = { properties: { policyTemplateInstances: policyTemplatesOf(model) } };
    out[model.identity.api.name] = partnerCenterAdapter(double, swaggerOf(model), apiProperties);
  }
  return out;
}
