// solution-template/solution.yaml: the solution, publisher, environment variables and connection references.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import type { ConnectionReferenceDefinition, EnvironmentVariableDefinition, ProjectModel } from '../compile/project';
// config-schema.ts as ajv standalone code (src/solution/schema/validators-codegen.ts): a build does not load ajv.
import validate from './config-validator';
import { type LocatedYaml, type YamlPath, fieldName, parseLocated, pointerToPath } from './yaml-locate';

export interface SolutionEnvironmentVariable extends EnvironmentVariableDefinition {
  isRequired?: boolean;
  introducedVersion?: string;
}

export interface SolutionConnectionReference extends ConnectionReferenceDefinition {
  description?: string;
  /** Schema name of a custom connector shipped in this solution (its id derives from it). */
  customConnector?: string;
}

export interface SolutionConfig extends ProjectModel {
  solution: { uniqueName: string; displayName: string; version: string; description?: string };
  publisher: { uniqueName: string; displayName: string; prefix: string; optionValuePrefix: number; description?: string };
  environmentVariables: SolutionEnvironmentVariable[];
  connectionReferences: SolutionConnectionReference[];
  /** The Dataverse schema section: any shape here; the schema producer validates it. */
  dataverse?: unknown;
  /** The custom connectors' sign-in settings; src/compile/swagger/settings.ts validates them. */
  connectors?: unknown;
}

/** One located problem in a YAML file. */
export interface ConfigIssue {
  line?: number;
  field?: string;
  message: string;
}

export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(
    readonly file: string,
    line: number | undefined,
    message: string,
    more: ConfigIssue[] = [],
  ) {
    const issues = [{ line, message }, ...more];
    super(issues.map((i) => `${file}${i.line ? `:${i.line}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.message}`).join('\n'));
    this.issues = issues;
    this.name = 'ConfigError';
  }

  /** A ConfigError listing several located issues. */
  static of(file: string, issues: ConfigIssue[]): ConfigError {
    const [first, ...rest] = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return new ConfigError(file, first!.line, first!.field ? `${first!.field}: ${first!.message}` : first!.message, rest);
  }
}

function describe(e: ErrorObject): { path: YamlPath; key?: string; message: string } {
  const path = pointerToPath(e.instancePath);
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return { path, message: `missing required key '${p.missingProperty}'` };
    case 'additionalProperties':
      return { path, key: p.additionalProperty, message: `unknown key '${p.additionalProperty}'` };
    case 'enum':
      return { path, message: `must be one of ${p.allowedValues.join(', ')} (got ${JSON.stringify(e.data)})` };
    case 'pattern':
      return {
        path,
        message: `must be ${(e.parentSchema as { description?: string }).description ?? `like ${p.pattern}`} (got ${JSON.stringify(e.data)})`,
      };
    case 'type':
      return { path, message: `must be ${p.type}${p.type === 'string' ? '; quote the value' : ''} (got ${JSON.stringify(e.data)})` };
    default:
      return { path, message: `${e.message ?? 'is invalid'} (got ${JSON.stringify(e.data)})` };
  }
}

/** Checks a schema cannot express: prefixes, unique names, defaults that fit their type. */
function semanticIssues(c: SolutionConfig, at: (path: YamlPath) => ConfigIssue): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: YamlPath, message: string) => issues.push({ ...at(path), message });
  const prefix = `${c.publisher.prefix}_`;
  const seen = new Map<string, number>();
  const unique = (kind: string, list: { name: string; path: YamlPath }[]) => {
    seen.clear();
    for (const { name, path } of list) {
      if (!name.toLowerCase().startsWith(prefix)) add(path, `must start with the publisher prefix '${prefix}'`);
      const before = seen.get(name.toLowerCase());
      if (before !== undefined) add(path, `${kind} '${name}' is declared twice (also at index ${before})`);
      else seen.set(name.toLowerCase(), path[1] as number);
    }
  };
  unique(
    'environment variable',
    c.environmentVariables.map((e, i) => ({ name: e.schemaName, path: ['environmentVariables', i, 'schemaName'] })),
  );
  unique(
    'connection reference',
    c.connectionReferences.map((r, i) => ({ name: r.logicalName, path: ['connectionReferences', i, 'logicalName'] })),
  );
  c.environmentVariables.forEach((e, i) => {
    const d = e.defaultValue as unknown;
    if (d === undefined) return;
    const path = ['environmentVariables', i, 'defaultValue'];
    if (e.type === 'Boolean' && typeof d !== 'boolean' && !['yes', 'no', 'true', 'false'].includes(String(d))) {
      add(path, `a Boolean default must be true, false, yes or no (got ${JSON.stringify(d)})`);
    } else if (e.type === 'Number' && (typeof d !== 'number' || !Number.isFinite(d))) {
      add(path, `a Number default must be a number (got ${JSON.stringify(d)})`);
    } else if (e.type === 'String' && typeof d !== 'string') {
      add(path, `a String default must be a string; quote it (got ${JSON.stringify(d)})`);
    } else if (e.type === 'JSON' && typeof d === 'string') {
      try {
        JSON.parse(d);
      } catch (err) {
        add(path, `a JSON default must be valid JSON: ${(err as Error).message}`);
      }
    }
  });
  return issues;
}

/** Reads and validates solution.yaml; every problem is reported with its line and field. */
export function parseSolutionConfig(text: string, file: string): { config: SolutionConfig; yaml: LocatedYaml } {
  const yaml = parseLocated(text);
  if (yaml.doc.errors.length) {
    throw ConfigError.of(
      file,
      yaml.doc.errors.map((e) => ({ line: e.linePos?.[0]?.line, message: e.message.split('\n')[0]! })),
    );
  }
  const data = yaml.doc.toJS() as unknown;
  const at = (path: YamlPath, key?: string): ConfigIssue => ({
    line: yaml.lineOf(path, key),
    field: fieldName(key === undefined ? path : [...path, key]) || undefined,
    message: '',
  });
  if (!validate(data ?? {})) {
    const issues = (validate.errors ?? [])
      .filter((e) => e.keyword !== 'if')
      .map((e) => {
        const d = describe(e);
        return { ...at(d.path, d.key), message: d.message };
      });
    throw ConfigError.of(file, issues);
  }
  const config = data as SolutionConfig;
  const issues = semanticIssues(config, (path) => at(path));
  if (issues.length) throw ConfigError.of(file, issues);
  return { config, yaml };
}

export function loadSolutionConfig(file: string): SolutionConfig {
  return parseSolutionConfig(readFileSync(file, 'utf8'), file).config;
}
