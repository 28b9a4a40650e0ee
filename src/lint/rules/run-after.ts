import { runAfter } from '../../compile/checks/run-after';
import { ruleFromCheck } from '../check-rule';

export default ruleFromCheck(
  {
    id: 'run-after',
    severity: 'error',
    description: 'runAfter names an action that does not exist or is in another scope, has invalid statuses, forms a cycle, or leaves an action unreachable.',
    why: 'Power Automate rejects such a definition on save or import, or the action silently never runs.',
    fix: 'Point runAfter at an earlier action of the same scope (in the DSL, statement order is runAfter) and break the cycle.',
  },
  runAfter,
);
