// Power Platform policy templates a connector needs: OData paging links, and routing for virtual paths.
import type { Json } from '../../dsl';
import type { ConnectorModel } from '../../../connector/model/connector';

type JsonObject = { [key: string]: Json };

/** `{name}` in a policy value -> the request's query parameter `name` (policy expression). */
export const policyValue = (template: string): string =>
  template.replace(/\{([A-Za-z0-9_$-]+)\}/g, (_, name: string) => `@{queryParameters('${name}')}`);

/** The `policyTemplateInstances` of a connector, one or more per operation that needs them, in operation order. */
export function policyTemplatesOf(model: ConnectorModel): JsonObject[] {
  const out: JsonObject[] = [];
  for (const op of Object.values(model.operations)) {
    const operationName = [op.operationId];
    if (op.nextLink) {
      out.push({
        templateId: 'updatenextlink',
        title: `Page ${op.operationId} through the connector`,
        parameters: {
          'x-ms-apimTemplate-operationName': operationName,
          'x-ms-apimTemplateParameter.nextLinkPropertyName': op.nextLink,
        },
      });
    }
    if (!op.upstream) continue;
    out.push({
      templateId: 'routerequesttoendpoint',
      title: `Send ${op.operationId} to ${op.upstream.path}`,
      parameters: {
        'x-ms-apimTemplate-operationName': operationName,
        'x-ms-apimTemplateParameter.newPath': op.upstream.path,
        'x-ms-apimTemplateParameter.httpMethod': op.method.toUpperCase(),
      },
    });
    for (const [name, template] of Object.entries(op.upstream.query ?? {})) {
      out.push({
        templateId: 'setqueryparameter',
        title: `Set ${name} of ${op.operationId}`,
        parameters: {
          'x-ms-apimTemplate-operationName': operationName,
          'x-ms-apimTemplateParameter.name': name,
          'x-ms-apimTemplateParameter.value': policyValue(template),
          'x-ms-apimTemplateParameter.existsAction': 'override',
        },
      });
    }
  }
  return out;
}
