import type { DefinitionCheck, Finding } from '../finding';

/** Every connector action and trigger goes through a declared connection reference. */
export const connections: DefinitionCheck = (model, properties) => {
  const declared = properties.connectionReferences ?? {};
  const findings: Finding[] = [];
  const check = (path: string, json: Record<string, any>) => {
    const host = json.inputs?.host;
    if (!host || typeof host !== 'object' || !('connectionName' in host || 'apiId' in host)) return;
    const name = host.connectionName;
    if (typeof name !== 'string' || !(name in declared)) {
      findings.push({ check: 'connections', path, field: 'inputs.host.connectionName', message: `connection '${name}' is not declared in properties.connectionReferences` });
    }
  };
  for (const [name, json] of Object.entries(model.triggers)) check(`triggers/${name}`, json);
  for (const a of model.actions) check(a.path, a.json);
  return findings;
};
