// Every connection reference and environment variable a flow uses is declared in the solution.
import { Findings, type SolutionFinding } from '../finding';
import { flowFiles, lineOfKey } from '../flows';
import { bareLower, plainProblem } from '../guid';
import type { SolutionModel } from '../model';

const API_PREFIX = '/providers/Microsoft.PowerApps/apis/';

/** A component another solution provides (MissingDependencies with a named solution, not "Active"). */
function providedElsewhere(model: SolutionModel, type: string, key: string): string | undefined {
  const dep = model.dependencies.find((d) => d.type.toLowerCase() === type.toLowerCase() && d.keys.includes(key.toLowerCase()));
  return dep && dep.solution && dep.solution !== 'Active' ? dep.solution : undefined;
}

export function declarations(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('connection-references');
  const seen = new Set<string>();
  for (const r of model.connectionReferences) {
    const at = { line: r.line, field: `connectionreference[${r.logicalName}]` };
    if (!r.logicalName) f.error(r.file, 'a <connectionreference> needs connectionreferencelogicalname', at);
    if (seen.has(r.logicalName.toLowerCase())) f.error(r.file, `connection reference '${r.logicalName}' is declared twice`, at);
    seen.add(r.logicalName.toLowerCase());
    if (!r.connectorId.startsWith(API_PREFIX)) f.error(r.file, `<connectorid> '${r.connectorId}' must be ${API_PREFIX}<api name>`, at);
    if (r.customConnectorId) {
      const p = plainProblem(r.customConnectorId);
      if (p) f.error(r.file, `<customconnectorid><connectorid> ${p}`, at);
      else if (
        !model.connectors.some((c) => bareLower(c.id) === bareLower(r.customConnectorId)) &&
        !providedElsewhere(model, '372', r.customConnectorId)
      ) {
        f.warning(
          r.file,
          `custom connector ${r.customConnectorId} is not in this solution: it must be installed before import, or the reference cannot bind`,
          at,
        );
      }
    }
  }
  return f.list;
}

export function flowReferences(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('flow-references');
  const declared = new Map(model.connectionReferences.map((r) => [r.logicalName.toLowerCase(), r]));
  const envVars = new Set(model.envVars.map((e) => e.schemaName.toLowerCase()));
  for (const flow of flowFiles(model)) {
    const properties = flow.json?.properties;
    if (!properties || typeof properties !== 'object') continue;
    for (const [key, ref] of Object.entries<Record<string, any>>(properties.connectionReferences ?? {})) {
      const at = { line: lineOfKey(flow.text, key), field: `properties.connectionReferences.${key}` };
      const logical = ref?.connection?.connectionReferenceLogicalName;
      if (typeof logical !== 'string' || !logical) {
        f.warning(
          flow.path,
          'this connection is not bound through a connection reference (no connection.connectionReferenceLogicalName); import will ask for a connection',
          at,
        );
        continue;
      }
      const decl = declared.get(logical.toLowerCase());
      if (!decl) {
        const elsewhere = providedElsewhere(model, 'connectionreference', logical);
        if (elsewhere)
          f.warning(flow.path, `connection reference '${logical}' comes from solution ${elsewhere}, which must be installed first`, at);
        else
          f.error(
            flow.path,
            `connection reference '${logical}' is not declared in <connectionreferences> of customizations.xml (import prompts for it or fails)`,
            at,
          );
        continue;
      }
      const api = ref?.api?.name;
      if (typeof api === 'string' && !decl.customConnectorId && decl.connectorId !== `${API_PREFIX}${api}`) {
        f.error(flow.path, `connection reference '${logical}' is declared for ${decl.connectorId}, but the flow uses it for ${api}`, at);
      }
    }
    const parameters = properties.definition?.parameters ?? {};
    for (const [name, p] of Object.entries<Record<string, any>>(parameters)) {
      const schemaName = p?.metadata?.schemaName;
      if (typeof schemaName !== 'string' || envVars.has(schemaName.toLowerCase())) continue;
      const at = { line: lineOfKey(flow.text, name), field: `definition.parameters.${name}` };
      const elsewhere = providedElsewhere(model, 'EnvironmentVariableDefinition', schemaName);
      if (elsewhere)
        f.warning(flow.path, `environment variable '${schemaName}' comes from solution ${elsewhere}, which must be installed first`, at);
      else
        f.error(
          flow.path,
          `environment variable '${schemaName}' has no environmentvariabledefinitions/${schemaName}/environmentvariabledefinition.xml in the solution`,
          at,
        );
    }
  }
  return f.list;
}
