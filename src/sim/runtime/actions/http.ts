// Http: sends through the simulator's HttpClient, with the action's retry policy.
import { isObject, toText, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import { plain } from '../plain';
import { callService, headersOf } from '../service-call';
import type { ActionExecutor } from '../state';

function withQueries(uri: string, queries: Value | undefined): string {
  if (!isObject(queries) || !Object.keys(queries).length) return uri;
  const url = new URL(uri);
  for (const [k, v] of Object.entries(queries)) url.searchParams.set(k, toText(v));
  return url.toString();
}

export const http: ActionExecutor = async (call) => {
  const { authentication: _auth, retryPolicy: _retry, ...rest } = isObject(call.json.inputs) ? call.json.inputs : {};
  const inputs = call.recordInputs(call.evaluate(rest));
  const given = isObject(inputs) ? inputs : {};
  const method = toText(given.method ?? 'GET').toUpperCase();
  let uri: string;
  try {
    uri = withQueries(toText(given.uri ?? null), given.queries);
    new URL(uri);
  } catch {
    throw new ActionFailure('InvalidTemplate', `The 'uri' '${toText(given.uri ?? null)}' of action '${call.name}' is not an absolute URI.`);
  }
  const client = call.run.services.http;
  if (!client) throw new ActionFailure('NoHttpClient', `Action '${call.name}' sends an HTTP request, but the simulator was given no HttpClient.`);
  const headers = headersOf(given.headers);
  const body = plain(given.body ?? null);
  return callService(call, () => client.request(method, uri, headers, body));
};
