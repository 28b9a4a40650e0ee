import { connections } from '../../compile/checks/connections';
import { ruleFromCheck } from '../check-rule';

export default ruleFromCheck(
  {
    id: 'connection-declared',
    severity: 'error',
    description: 'A connector action or trigger uses a connection name that properties.connectionReferences does not declare.',
    why: 'The flow cannot bind the call to a connection: it fails to import or to turn on.',
    fix: 'Declare the connection reference (solution.yaml connectionReferences) and use it.',
  },
  connections,
);
