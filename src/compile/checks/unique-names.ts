import type { DefinitionCheck, Finding } from '../finding';

/** Action and trigger names are unique across the whole flow, nested scopes included. */
export const uniqueNames: DefinitionCheck = (model) => {
  const findings: Finding[] = [];
  for (const [name, nodes] of model.byName) {
    if (nodes.length > 1) {
      const paths = nodes.map((n) => n.path).join(', ');
      findings.push({ check: 'unique-names', path: nodes[1]!.path, message: `the name '${name}' is used ${nodes.length} times (${paths})` });
    }
    if (name in model.triggers) {
      findings.push({ check: 'unique-names', path: nodes[0]!.path, message: `the action '${name}' has the name of the trigger` });
    }
  }
  return findings;
};
