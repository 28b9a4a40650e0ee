import { isObject } from '../../compile/definition';
import type { LintRule, RuleFinding } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'embedded-connection',
    severity: 'error',
    description: 'A connection is embedded instead of going through a solution connection reference: a connectionReferences entry without connection.connectionReferenceLogicalName, a runtimeSource other than embedded, or a $connections parameter.',
    why: 'An embedded connection belongs to one user in one environment: after import the flow is unbound or runs as someone else, and ALM cannot rebind it.',
    fix: 'Declare a connection reference (solution.yaml connectionReferences) and point the entry at it: connection.connectionReferenceLogicalName.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    const refs = flow.properties.connectionReferences;
    for (const [key, ref] of Object.entries(isObject(refs) ? refs : {})) {
      if (!isObject(ref)) continue;
      const path = `connectionReferences/${key}`;
      const logical = ref.connection?.connectionReferenceLogicalName;
      if (typeof logical !== 'string' || !logical) {
        const held = typeof ref.connection?.name === 'string' ? ` (connection.name '${ref.connection.name}')` : '';
        out.push({ path, field: 'connection', message: `connection '${key}' is embedded${held}: it names no connectionReferenceLogicalName` });
      } else if (ref.runtimeSource !== undefined && ref.runtimeSource !== 'embedded') {
        out.push({ path, field: 'runtimeSource', message: `connection '${key}' has runtimeSource '${ref.runtimeSource}': the run-time user's connection is used, not the connection reference '${logical}'` });
      }
    }
    const nodes = [...Object.entries(flow.model.triggers).map(([n, json]) => ({ path: `triggers/${n}`, json })), ...flow.model.actions];
    for (const { path, json } of nodes) {
      const name = json?.inputs?.host?.connection?.name;
      if (typeof name === 'string' && name.includes('$connections')) {
        out.push({ path, field: 'inputs.host.connection.name', message: `the call binds its connection through the $connections parameter (${name}), not a connection reference` });
      }
    }
    return out;
  },
};
export default rule;
