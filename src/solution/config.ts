// solution-template/solution.yaml: the solution, publisher, environment variables and connection references.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ProjectModel } from '../compile/project';

export interface SolutionConfig extends ProjectModel {
  solution: { uniqueName: string; displayName: string; version: string; description?: string };
  publisher: { uniqueName: string; displayName: string; prefix: string; optionValuePrefix: number };
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Reads solution.yaml. Full schema validation (ajv, with lines for every field) belongs to packaging. */
export function loadSolutionConfig(file: string): SolutionConfig {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, e.linePos?.[0]?.line, e.message);
  }
  const data = doc.toJS() as Partial<SolutionConfig> | null;
  for (const key of ['solution', 'publisher', 'environmentVariables', 'connectionReferences'] as const) {
    if (!data || data[key] === undefined) throw new ConfigError(file, undefined, `missing '${key}'`);
  }
  return data as SolutionConfig;
}
