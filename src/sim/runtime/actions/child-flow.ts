// Workflow (Run a Child Flow): runs the flow whose workflow id is `host.workflowReferenceName`
// synchronously, `inputs.body` as its trigger body; its Response is this action's outputs.
import { isObject, toText } from '../../../expr';
import { ActionFailure } from '../errors';
import { plain } from '../plain';
import { callService, headersOf } from '../service-call';
import type { ActionExecutor } from '../state';

export const childFlow: ActionExecutor = async (call) => {
  const id = call.json.inputs?.host?.workflowReferenceName;
  if (typeof id !== 'string' || !id) throw new ActionFailure('InvalidTemplate', `Action '${call.name}' needs inputs.host.workflowReferenceName.`);
  const { body: rawBody, headers: rawHeaders } = isObject(call.json.inputs) ? call.json.inputs : {};
  const body = call.evaluate(rawBody);
  const headers = headersOf(call.evaluate(rawHeaders));
  call.recordInputs({ host: { workflowReferenceName: id }, ...(rawHeaders !== undefined ? { headers } : {}), body });
  const { run } = call;
  return callService(call, () => run.services.callChild(toText(id), plain(body), headers, run));
};
