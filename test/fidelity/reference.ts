// Access to the real exported flows in ../shared (MIT-licensed reference data, read in place, never copied).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ProjectModel } from '../../src/compile/project';

/** The shared reference folder beside the project (`<root>/../shared`). */
export const SHARED = path.resolve(__dirname, '../../../shared');
export const EXAMPLES_DIR = path.join(SHARED, 'flow-examples', 'dataverse-connector');
export const HAVE_SHARED = existsSync(SHARED);

/** Why the fidelity tests skip: they compare against reference data that only exists beside the project. */
export const SKIP_REASON = `skipped: reference data folder ${SHARED} is absent (real exported flows live there, outside the project)`;

/** A suite title that states the skip reason when the reference data is absent. */
export const title = (name: string): string => (HAVE_SHARED ? name : `${name} (${SKIP_REASON})`);

export type JsonObject = Record<string, any>; // exported workflow JSON is untyped by nature

export interface Example {
  /** File name, e.g. `PatternAlwaysreplytoHTTPrequest-CD60….json`. */
  readonly file: string;
  /** `<upstream folder>/<file>`, for messages. */
  readonly id: string;
  /** The clientdata envelope: `{ properties, schemaVersion }`. */
  readonly json: JsonObject;
}

/** Every `*.json` exported flow under the examples folder; empty when the folder is absent. */
export function loadExamples(): Example[] {
  if (!existsSync(EXAMPLES_DIR)) return [];
  const out: Example[] = [];
  for (const dir of readdirSync(EXAMPLES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(path.join(EXAMPLES_DIR, dir.name)).sort()) {
      if (!file.endsWith('.json')) continue;
      const json = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, dir.name, file), 'utf8')) as JsonObject;
      out.push({ file, id: `${dir.name}/${file}`, json });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The example whose file name starts with `prefix` (e.g. `PatternAlwaysreplytoHTTPrequest-`). */
export function exampleByPrefix(examples: Example[], prefix: string): Example | undefined {
  return examples.find((e) => e.file.startsWith(prefix));
}

const ENV_TYPES: Record<string, 'String' | 'Boolean' | 'Number' | 'JSON'> = {
  String: 'String',
  Bool: 'Boolean',
  Int: 'Number',
  Float: 'Number',
  Object: 'JSON',
};

/**
 * The project model a real flow was compiled against, read back from the flow itself: one connection
 * reference per connector (its logical name) and one environment variable per `Display (schema)`
 * parameter. This keeps the example's names and descriptions out of the project's sources.
 */
export function projectOf(example: Example): ProjectModel {
  const props = example.json.properties;
  const connectionReferences = Object.values<JsonObject>(props.connectionReferences ?? {}).map((ref) => ({
    logicalName: ref.connection.connectionReferenceLogicalName as string,
    displayName: ref.connection.connectionReferenceLogicalName as string,
    connector: ref.api.name as string,
  }));
  const environmentVariables = Object.entries<JsonObject>(props.definition.parameters ?? {})
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, p]) => ({
      schemaName: p.metadata.schemaName as string,
      displayName: name.slice(0, name.lastIndexOf(' (')),
      type: ENV_TYPES[p.type as string]!,
      defaultValue: p.defaultValue,
      ...(p.metadata.description ? { description: p.metadata.description as string } : {}),
    }));
  return { environmentVariables, connectionReferences };
}
