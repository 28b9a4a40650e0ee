// Response (kinds Http and PowerApp): answers the HTTP caller or the parent flow; the first one wins.
import { isObject, toText, type Value } from '../../../expr';
import { ActionFailure } from '../errors';
import { plain } from '../plain';
import { headersOf } from '../service-call';
import type { ActionExecutor } from '../state';

export const response: ActionExecutor = (call) => {
  const { schema: _schema, ...rest } = isObject(call.json.inputs) ? call.json.inputs : {};
  const inputs = call.recordInputs(call.evaluate(rest));
  const given = isObject(inputs) ? inputs : {};
  const statusCode = Number(given.statusCode === undefined ? 200 : toText(given.statusCode));
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    throw new ActionFailure('InvalidTemplate', `The response status code '${toText(given.statusCode ?? null)}' is not a valid HTTP status code.`);
  }
  const run = call.run;
  if (run.response) {
    throw new ActionFailure('ResponseAlreadySent', `The run already answered with status ${run.response.statusCode}; action '${call.name}' cannot answer again.`);
  }
  const answer = { statusCode, headers: headersOf(given.headers), body: plain(given.body ?? null) };
  run.response = answer;
  run.onResponse?.(answer);
  return { inputs, outputs: { statusCode, headers: answer.headers, body: (given.body ?? null) as Value } };
};
