import { expressions } from '../../compile/checks/expressions';
import { ruleFromCheck } from '../check-rule';

export default ruleFromCheck(
  {
    id: 'expression',
    severity: 'error',
    description: 'An expression does not parse, calls an unknown function or with the wrong number of arguments, or refers to an action, loop, variable or parameter that is not there.',
    why: 'The designer refuses such an expression, or the run fails when it reaches it.',
    fix: 'Fix the expression; in the DSL use the typed $ functions and action handles rather than $.raw strings.',
  },
  expressions,
);
