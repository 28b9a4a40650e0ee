// OpenApiConnection (and OpenApiConnectionWebhook actions): dispatched to the adapter of the
// connector named by the connection reference's `api.name`, as the connection's identity or,
// with `impersonation.source: invoker`, as the invoking user.
import { isObject } from '../../../compile/definition';
import type { ConnectorRequest } from '../../contracts';
import { ActionFailure } from '../errors';
import { plain } from '../plain';
import { callService } from '../service-call';
import type { ActionExecutor } from '../state';

export const connector: ActionExecutor = async (call) => {
  const host = call.json.inputs?.host ?? {};
  const reference = call.run.flow.connectionReferences[host.connectionName];
  const apiName = reference?.api?.name;
  if (!isObject(reference) || typeof apiName !== 'string') {
    throw new ActionFailure('ConnectionNotFound', `The connection '${String(host.connectionName)}' of action '${call.name}' is not declared in connectionReferences.`);
  }
  const parameters = call.evaluate(call.json.inputs?.parameters ?? {});
  call.recordInputs({ host: { apiName, operationId: host.operationId, connectionName: host.connectionName }, parameters });
  const { services } = call.run;
  const adapter = services.adapters[apiName];
  if (!adapter) throw new ActionFailure('ConnectorNotAvailable', `No adapter is registered for connector '${apiName}' (action '${call.name}').`);
  const logicalName: string | undefined = reference.connection?.connectionReferenceLogicalName;
  const request: ConnectorRequest = {
    apiName,
    ...(logicalName ? { connectionReferenceLogicalName: logicalName } : {}),
    operationId: String(host.operationId),
    parameters: plain(parameters) as Record<string, unknown>,
    identity: reference.impersonation?.source === 'invoker' ? call.run.invoker : services.connectionIdentity(logicalName),
  };
  return callService(call, () => adapter.invoke(structuredClone(request)));
};
