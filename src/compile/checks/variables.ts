import type { DefinitionCheck, Finding } from '../finding';
import type { DefinitionModel } from '../definition';

const UPDATES = new Set(['SetVariable', 'IncrementVariable', 'DecrementVariable', 'AppendToArrayVariable', 'AppendToStringVariable']);

/** Variable names initialized at the top level (case-insensitive, as the runtime treats them). */
export function declaredVariables(model: DefinitionModel): Set<string> {
  const names = new Set<string>();
  for (const a of model.actions) {
    if (a.json.type !== 'InitializeVariable' || a.parent) continue;
    for (const v of a.json.inputs?.variables ?? []) if (typeof v?.name === 'string') names.add(v.name.toLowerCase());
  }
  return names;
}

/** InitializeVariable only at the top level and once per name; updates target declared variables. */
export const variables: DefinitionCheck = (model) => {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const declared = declaredVariables(model);
  for (const a of model.actions) {
    if (a.json.type === 'InitializeVariable') {
      if (a.parent) {
        findings.push({ check: 'variables', path: a.path, message: 'InitializeVariable must be at the top level of the flow, not inside a scope, condition or loop' });
      }
      for (const v of a.json.inputs?.variables ?? []) {
        const key = String(v?.name).toLowerCase();
        const first = seen.get(key);
        if (first) findings.push({ check: 'variables', path: a.path, message: `variable '${v?.name}' is already initialized by '${first}'` });
        else seen.set(key, a.path);
      }
    }
    if (UPDATES.has(a.json.type)) {
      const name = a.json.inputs?.name;
      if (typeof name !== 'string' || !declared.has(name.toLowerCase())) {
        findings.push({ check: 'variables', path: a.path, field: 'inputs.name', message: `${a.json.type} targets variable '${name}', which no top-level InitializeVariable declares` });
      }
    }
  }
  return findings;
};
