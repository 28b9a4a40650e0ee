// The Power Automate API's listCallbackUrl for a solution cloud flow (its name there is the Dataverse workflowid):
// POST /providers/Microsoft.ProcessSimple/environments/{env}/flows/{flow}/triggers/{trigger}/listCallbackUrl
// ?api-version=2016-11-01 answers { response: { value, method, basePath, queries } }. The shape is from public
// callers of the API (the XrmToolBox HttpFlowFinder plugin reads `response.value`); error codes are the double's.
import { deriveGuid } from '../../../dsl/names';
import type { HttpRequest, HttpResult } from '../http/handler';
import type { DataverseService } from '../service';

const FLOW_API_PATH = /^\/providers\/Microsoft\.ProcessSimple\/environments\/([^/]+)\/flows\/([^/]+)\/triggers\/([^/]+)\/listCallbackUrl$/i;

const json = (status: number, body: unknown): HttpResult => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body,
  events: [],
});
const failure = (status: number, code: string, message: string) => json(status, { error: { code, message } });

export function listCallbackUrl(req: HttpRequest, service: DataverseService, environmentId: string): HttpResult | undefined {
  const url = new URL(req.url, 'http://flow.invalid');
  const m = FLOW_API_PATH.exec(url.pathname);
  if (!m) return undefined;
  const [, env, flow, trigger] = m.map((s) => decodeURIComponent(s)) as [string, string, string, string];
  if (req.method.toUpperCase() !== 'POST') return failure(405, 'MethodNotAllowed', 'listCallbackUrl is a POST.');
  if (!url.searchParams.get('api-version')) {
    return failure(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
  }
  if (env.toLowerCase() !== environmentId.toLowerCase()) {
    return failure(404, 'EnvironmentAccessDenied', `The environment '${env}' could not be found or you do not have access to it.`);
  }
  const row = service.store.get('workflow', flow);
  if (!row) return failure(404, 'FlowNotFound', `Could not find flow '${flow}'.`);
  let triggers: Record<string, { type?: string; kind?: string }> = {};
  try {
    triggers = JSON.parse(String(row.clientdata)).properties?.definition?.triggers ?? {};
  } catch {
    // no triggers
  }
  const t = triggers[trigger];
  if (!t) return failure(404, 'TriggerNotFound', `The trigger '${trigger}' could not be found in flow '${flow}'.`);
  if (t.type !== 'Request') {
    return failure(400, 'TriggerTypeNotSupported', `The trigger '${trigger}' of type '${t.type}' has no callback URL.`);
  }
  const workflow = deriveGuid('sim/flow-api/logic-workflow', flow).replace(/-/g, '');
  const sig = deriveGuid('sim/flow-api/sig', flow, trigger).replace(/-/g, '');
  const basePath = `https://prod-00.westus.logic.azure.com/workflows/${workflow}/triggers/${trigger}/paths/invoke`;
  const queries = { 'api-version': '2016-06-01', sp: `/triggers/${trigger}/run`, sv: '1.0', sig };
  const value = `https://prod-00.westus.logic.azure.com:443/workflows/${workflow}/triggers/${trigger}/paths/invoke?${new URLSearchParams(queries).toString()}`;
  return json(200, { response: { value, method: 'POST', basePath, queries } });
}
