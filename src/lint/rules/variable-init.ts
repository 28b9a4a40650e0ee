import { variables } from '../../compile/checks/variables';
import { ruleFromCheck } from '../check-rule';

export default ruleFromCheck(
  {
    id: 'variable-init',
    severity: 'error',
    description: 'A variable is initialized twice, or inside a scope, condition or loop, or updated without being initialized.',
    why: 'InitializeVariable is only valid at the top level and once per name (case-insensitive); otherwise the flow does not save or import.',
    fix: 'Initialize each variable once, at the top level of the flow (FlowBuilder.variable), and update it with SetVariable.',
  },
  variables,
);
