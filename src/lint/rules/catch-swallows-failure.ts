import type { ActionNode } from '../../compile/definition';
import { isExternalCall } from '../facts/connectors';
import { caughtTargets, downstreamOf } from '../facts/run-after';
import type { LintRule, RuleFinding } from '../rule';

/** Terminate as Failed, respond with an error (or computed) status, or record the error through an external call. */
function surfaces(a: ActionNode): boolean {
  const { type, inputs } = a.json;
  if (type === 'Terminate') return inputs?.runStatus === 'Failed';
  if (type === 'Response') {
    const status = inputs?.statusCode;
    return typeof status === 'string' ? !/^\d+$/.test(status) || Number(status) >= 400 : Number(status) >= 400;
  }
  return isExternalCall(a.json);
}

const rule: LintRule = {
  meta: {
    id: 'catch-swallows-failure',
    severity: 'warning',
    description: 'A catch (an action that runs only after a failure) neither terminates as Failed, nor responds with an error status, nor records the error.',
    why: 'The run ends Succeeded although its work failed: monitoring, retries by the caller and run-history filters never see the failure.',
    fix: 'End the catch with Terminate Failed (with the error from result()), respond 4xx/5xx, or record the error (log row, notification, error child flow).',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const a of flow.model.actions) {
      const caught = caughtTargets(a.json);
      if (!caught.length || downstreamOf(a, flow.model).some(surfaces)) continue;
      out.push({
        path: a.path,
        field: 'runAfter',
        message: `'${a.name}' runs when '${caught.join("', '")}' failed but swallows the failure: nothing in or after it terminates as Failed, responds with an error status or records the error`,
      });
    }
    return out;
  },
};
export default rule;
