// The deployment settings file (`pac solution import --settings-file` format, as `cosell settings` writes it),
// read and checked against the solution before anything is imported: every problem names the file, the entry
// and its line. Empty values are kept apart: they are not set (an empty Value would fail a pac import).
import { readFileSync } from 'node:fs';
import type { DeploymentSettings } from '../solution/settings';
import { ENV_TYPE_CODES, ENV_TYPE_NAMES } from '../solution/views';
import { DeployError } from './errors';
import type { DeployableSolution } from './solution-zip';

export interface SettingsValue {
  schemaName: string;
  value: string;
}

export interface SettingsConnection {
  logicalName: string;
  connectionId: string;
}

export interface CheckedSettings {
  file?: string;
  /** Values to set, in file order. */
  values: SettingsValue[];
  /** Schema names whose Value is empty: left as they are. */
  emptyValues: string[];
  /** Connection ids to bind, in file order. */
  connections: SettingsConnection[];
  /** Logical names whose ConnectionId is empty: must already be bound. */
  emptyConnections: string[];
  /** Notes worth printing (a ConnectorId that differs from the solution's). */
  notes: string[];
}

/** No settings file: nothing to set, nothing to bind (a fresh object each time: callers may add notes). */
export const noSettings = (file?: string): CheckedSettings => ({
  ...(file === undefined ? {} : { file }),
  values: [],
  emptyValues: [],
  connections: [],
  emptyConnections: [],
  notes: [],
});

const FIX = 'Fix the settings file (`npx cosell settings --out -` prints a fresh template for this solution) and run deploy again; nothing was changed in the environment.';

function lineOf(text: string, needle: string, from = 0): number | undefined {
  const at = text.indexOf(needle, from);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** Why a Value does not fit its variable's type (Dataverse stores Booleans as yes/no). */
function typeProblem(type: number, value: string): string | undefined {
  if (type === ENV_TYPE_CODES.Boolean && !/^(yes|no|true|false)$/i.test(value)) return 'a Boolean variable takes "yes" or "no"';
  if (type === ENV_TYPE_CODES.Number && !Number.isFinite(Number(value))) return 'a Number variable takes a number';
  if (type === ENV_TYPE_CODES.JSON) {
    try {
      JSON.parse(value);
    } catch {
      return 'a JSON variable takes valid JSON text';
    }
  }
  return undefined;
}

export function readSettingsFile(file: string, solution: DeployableSolution): CheckedSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new DeployError(`cannot read the settings file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, [
      'Pass the file with --settings <file>; `npx cosell settings` writes a template to dist/deploymentSettings.json.',
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new DeployError(`${file}${line ? `:${line}` : ''}: not valid JSON (${(e as Error).message})`, [FIX]);
  }
  return checkSettings(json, text, file, solution);
}

export function checkSettings(json: unknown, text: string, file: string, solution: DeployableSolution): CheckedSettings {
  const problems: string[] = [];
  const at = (line: number | undefined) => `${file}${line ? `:${line}` : ''}`;
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new DeployError(`${file}: expected an object with EnvironmentVariables and ConnectionReferences`, [FIX]);
  }
  const s = json as Partial<DeploymentSettings> & Record<string, unknown>;
  const out = noSettings(file);
  for (const key of ['EnvironmentVariables', 'ConnectionReferences'] as const) {
    if (s[key] !== undefined && !Array.isArray(s[key])) problems.push(`${at(lineOf(text, `"${key}"`))}: ${key} must be an array`);
  }
  const variables = new Map(solution.environmentVariables.map((e) => [e.schemaName.toLowerCase(), e]));
  const references = new Map(solution.connectionReferences.map((r) => [r.logicalName.toLowerCase(), r]));
  const seen = new Set<string>();
  let cursor = 0;
  // Entries are looked for in file order, each after the previous one.
  const entryLine = (key: string, value: string) => {
    const needle = value ? `"${value}"` : `"${key}"`;
    const found = text.indexOf(needle, cursor);
    if (found < 0) return undefined;
    cursor = found + needle.length;
    return lineOf(text, needle, found);
  };

  /**
   * Each entry of `list` with its name found in the solution (`known`, by lower-case name), once: the entry, where it
   * is in the file, and the solution's definition. A missing, unknown or repeated name is a problem, and skipped.
   */
  function* identify<T>(list: unknown, key: 'SchemaName' | 'LogicalName', known: Map<string, T>, what: string, names: string) {
    const section = key === 'SchemaName' ? 'EnvironmentVariables' : 'ConnectionReferences';
    for (const [i, entry] of (Array.isArray(list) ? list : []).entries()) {
      const e = (entry ?? {}) as Record<string, unknown>;
      const name = typeof e[key] === 'string' ? (e[key] as string) : '';
      const where = `${at(entryLine(key, name))}: ${section}[${i}]`;
      if (!name) {
        problems.push(`${where}: ${key} is missing`);
        continue;
      }
      const def = known.get(name.toLowerCase());
      if (!def) {
        problems.push(`${where}: '${name}' is not ${what} of ${solution.uniqueName} (it has: ${names})`);
        continue;
      }
      if (seen.has(`${section}:${name.toLowerCase()}`)) {
        problems.push(`${where}: '${name}' is listed twice`);
        continue;
      }
      seen.add(`${section}:${name.toLowerCase()}`);
      yield { e, name, where, def };
    }
  }

  const variableNames = solution.environmentVariables.map((v) => v.schemaName).join(', ');
  for (const { e, name, where, def } of identify(s.EnvironmentVariables, 'SchemaName', variables, 'an environment variable', variableNames)) {
    if (e.Value === undefined || e.Value === null || e.Value === '') {
      out.emptyValues.push(def.schemaName);
      continue;
    }
    if (typeof e.Value !== 'string') {
      problems.push(`${where}: the Value of '${name}' must be a string (write ${JSON.stringify(String(e.Value))})`);
      continue;
    }
    const problem = typeProblem(def.type, e.Value);
    if (problem) {
      problems.push(`${where}: '${e.Value}' does not fit ${def.schemaName} (${ENV_TYPE_NAMES[def.type] ?? def.type}): ${problem}`);
      continue;
    }
    out.values.push({ schemaName: def.schemaName, value: e.Value });
  }

  const referenceNames = solution.connectionReferences.map((c) => c.logicalName).join(', ');
  for (const { e: r, name, where, def: ref } of identify(s.ConnectionReferences, 'LogicalName', references, 'a connection reference', referenceNames)) {
    if (r.ConnectionId !== undefined && r.ConnectionId !== null && typeof r.ConnectionId !== 'string') {
      problems.push(`${where}: the ConnectionId of '${name}' must be a string`);
      continue;
    }
    if (typeof r.ConnectorId === 'string' && r.ConnectorId && r.ConnectorId.toLowerCase() !== ref.connectorId.toLowerCase()) {
      out.notes.push(`${where}: ConnectorId ${r.ConnectorId} differs from the solution's ${ref.connectorId}; the solution's is used`);
    }
    const id = typeof r.ConnectionId === 'string' ? r.ConnectionId.trim() : '';
    if (!id) out.emptyConnections.push(ref.logicalName);
    else out.connections.push({ logicalName: ref.logicalName, connectionId: id });
  }

  if (problems.length) {
    throw new DeployError(`the settings file has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`, [FIX]);
  }
  return out;
}

/** The settings as pac reads them, without empty values (an empty Value fails a pac import). */
export function pacSettings(s: CheckedSettings, solution: DeployableSolution): DeploymentSettings {
  const connector = new Map(solution.connectionReferences.map((r) => [r.logicalName, r.connectorId]));
  return {
    EnvironmentVariables: s.values.map((v) => ({ SchemaName: v.schemaName, Value: v.value })),
    ConnectionReferences: s.connections.map((c) => ({
      LogicalName: c.logicalName,
      ConnectionId: c.connectionId,
      ConnectorId: connector.get(c.logicalName) ?? '',
    })),
  };
}
