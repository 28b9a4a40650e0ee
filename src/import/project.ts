// The environment variables and connection references imported flows need, as the compiler reads them from
// solution.yaml: a ProjectModel per flow (what its JSON says) and a solution.yaml fragment for all of them.
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ConnectionReferenceDefinition, EnvironmentVariableDefinition, ProjectModel } from '../compile/project';
import { type JsonObject, type SourceFlow, isObject, jsonEqual } from './json';
import type { ImportSource } from './read';

const ENV_TYPES: Record<string, EnvironmentVariableDefinition['type']> = {
  String: 'String',
  Bool: 'Boolean',
  Int: 'Number',
  Float: 'Number',
  Object: 'JSON',
};

/** The project model a flow compiles against, read back from the flow: its connection references and env parameters. */
export function projectOfFlow(flow: SourceFlow, warn: (message: string) => void = () => {}): ProjectModel {
  const props = flow.clientdata.properties ?? {};
  const connectionReferences: ConnectionReferenceDefinition[] = [];
  for (const [key, ref] of Object.entries<JsonObject>(props.connectionReferences ?? {})) {
    const logicalName = ref?.connection?.connectionReferenceLogicalName;
    const connector = ref?.api?.name;
    if (typeof logicalName !== 'string' || typeof connector !== 'string') {
      warn(`${flow.name}: connection reference '${key}' names no connectionReferenceLogicalName/api.name`);
      continue;
    }
    const same = connectionReferences.find((r) => r.connector === connector);
    if (same && same.logicalName !== logicalName) {
      warn(
        `${flow.name}: connector ${connector} is used through two connection references (${same.logicalName}, ${logicalName}); the compiler binds one per connector`,
      );
    } else if (!same) connectionReferences.push({ logicalName, displayName: logicalName, connector });
  }
  const environmentVariables: EnvironmentVariableDefinition[] = [];
  for (const [name, p] of Object.entries<JsonObject>(props.definition?.parameters ?? {})) {
    const schemaName = p?.metadata?.schemaName;
    const type = ENV_TYPES[p?.type];
    if (name.startsWith('$') || typeof schemaName !== 'string' || !type) continue;
    const suffix = ` (${schemaName})`;
    if (!name.endsWith(suffix))
      warn(`${flow.name}: parameter '${name}' does not end with '${suffix}', as the compiler names environment variables`);
    environmentVariables.push({
      schemaName,
      displayName: name.endsWith(suffix) ? name.slice(0, -suffix.length) : name,
      type,
      ...(p.defaultValue !== undefined
        ? {
            defaultValue:
              isObject(p.defaultValue) || Array.isArray(p.defaultValue) ? JSON.stringify(p.defaultValue) : p.defaultValue,
          }
        : {}),
      ...(typeof p.metadata.description === 'string' ? { description: p.metadata.description } : {}),
    });
  }
  return { environmentVariables, connectionReferences };
}

export interface ImportProject {
  /** Each flow's own model (what its JSON says), by flow. */
  perFlow: Map<SourceFlow, ProjectModel>;
  /** All flows together: the first flow's entry wins a conflict (noted in warnings and in the YAML). */
  model: ProjectModel;
  /** The `environmentVariables` and `connectionReferences` sections of solution.yaml, with comments. */
  yaml: string;
  warnings: string[];
}

export function importProject(
  flows: SourceFlow[],
  source?: Pick<ImportSource, 'envDefinitions' | 'connectionReferences' | 'origin'>,
): ImportProject {
  const warnings: string[] = [];
  const perFlow = new Map(flows.map((f) => [f, projectOfFlow(f, (m) => warnings.push(m))]));
  const env = new Map<string, { def: EnvironmentVariableDefinition; notes: string[] }>();
  const refs = new Map<string, { def: ConnectionReferenceDefinition; notes: string[] }>();
  for (const [flow, model] of perFlow) {
    for (const def of model.environmentVariables) {
      const known = env.get(def.schemaName);
      if (!known) env.set(def.schemaName, { def, notes: [] });
      else if (!jsonEqual(known.def, def)) {
        const note = `flow '${flow.name}' reads it as ${JSON.stringify(def)}; the first flow's snapshot is kept`;
        known.notes.push(note);
        warnings.push(`environment variable ${def.schemaName}: ${note}`);
      }
    }
    for (const def of model.connectionReferences) {
      const clash = [...refs.values()].find((r) => r.def.connector === def.connector && r.def.logicalName !== def.logicalName);
      if (clash) {
        const note = `connector ${def.connector} also has reference ${def.logicalName} (flow '${flow.name}'): the compiler binds one reference per connector`;
        clash.notes.push(note);
        warnings.push(note);
      }
      if (!refs.has(def.logicalName)) refs.set(def.logicalName, { def: { ...def }, notes: [] });
    }
  }
  for (const { def, notes } of env.values()) {
    const d = source?.envDefinitions.get(def.schemaName);
    if (!d) continue;
    const differs = [
      d.displayName !== undefined && d.displayName !== def.displayName ? `displayName ${JSON.stringify(d.displayName)}` : '',
      d.type !== undefined && d.type !== def.type ? `type ${d.type}` : '',
      d.defaultValue !== undefined && String(d.defaultValue) !== String(def.defaultValue ?? '')
        ? `defaultValue ${JSON.stringify(d.defaultValue)}`
        : '',
    ].filter(Boolean);
    if (differs.length)
      notes.push(
        `the solution's definition has ${differs.join(', ')}; the flows' snapshot is used, so the rebuilt flows equal the export`,
      );
  }
  for (const { def, notes } of refs.values()) {
    const info = source?.connectionReferences.get(def.logicalName);
    if (info?.displayName) def.displayName = info.displayName;
    if (info?.custom)
      notes.push('a custom connector: set customConnector to its schema name if the connector ships in this solution');
  }
  const model: ProjectModel = {
    environmentVariables: [...env.values()].map((e) => e.def),
    connectionReferences: [...refs.values()].map((r) => r.def),
  };
  return { perFlow, model, yaml: fragment(env, refs, source?.origin), warnings };
}

function fragment(
  env: Map<string, { def: EnvironmentVariableDefinition; notes: string[] }>,
  refs: Map<string, { def: ConnectionReferenceDefinition; notes: string[] }>,
  origin: string | undefined,
): string {
  const doc = new Document({
    environmentVariables: [...env.values()].map((e) => e.def),
    connectionReferences: [...refs.values()].map((r) => r.def),
  });
  doc.commentBefore = [
    ` solution.yaml sections the imported flows need${origin ? ` (from ${origin})` : ''}: merge them into`,
    " solution-template/solution.yaml. Names keep the exporting publisher's prefix; the build requires yours.",
  ].join('\n');
  const annotate = (key: string, notes: string[][]) => {
    const seq = doc.get(key) as YAMLSeq<YAMLMap>;
    seq.items.forEach((item, i) => {
      if (notes[i]!.length) item.commentBefore = notes[i]!.map((n) => ` ${n}`).join('\n');
    });
  };
  annotate(
    'environmentVariables',
    [...env.values()].map((e) => e.notes),
  );
  annotate(
    'connectionReferences',
    [...refs.values()].map((r) => r.notes),
  );
  return doc.toString({ lineWidth: 0 });
}
