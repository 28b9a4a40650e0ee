import { ancestors } from '../../compile/definition';
import { isExternalCall } from '../facts/connectors';
import { failureHandlers } from '../facts/run-after';
import type { LintRule } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'external-call-no-error-path',
    severity: 'warning',
    description: 'An external call (Http, connector, child flow) has no error path: nothing runs after it on Failed/TimedOut and no enclosing scope is caught.',
    why: 'When the call fails, the run just fails: nobody is told, nothing is rolled back or recorded, and a webhook caller gets a bare 502.',
    fix: 'Put the call in a try scope with a catch (DSL tryCatch), or add an action that runs after it on Failed and TimedOut.',
  },
  check(flow) {
    const { model } = flow;
    return model.actions
      .filter((a) => isExternalCall(a.json))
      .filter((a) => !failureHandlers(a, model).length && !ancestors(a).some((x) => failureHandlers(x, model).length))
      .map((a) => ({
        path: a.path,
        message: `${a.json.type} call '${a.name}' has no error path: no action runs after it (or after an enclosing scope) on Failed or TimedOut`,
      }));
  },
};
export default rule;
