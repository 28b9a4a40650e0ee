import { uniqueNames } from '../../compile/checks/unique-names';
import { ruleFromCheck } from '../check-rule';

export default ruleFromCheck(
  {
    id: 'unique-names',
    severity: 'error',
    description: 'Two actions (in any scopes) share a name, or an action has the name of the trigger.',
    why: 'Expressions name actions without their scope: a duplicate makes body()/outputs() ambiguous and the definition invalid.',
    fix: 'Rename one of the actions.',
  },
  uniqueNames,
);
