// The build's docs hook for docs/field-mapping.md: next to the flow pages' folder (docs/flows -> docs), for a
// project with a mapping module (flows-src/mapping). The file is not rewritten when its content is unchanged.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SolutionConfig } from '../../solution/config';
import { loadSchema } from '../../solution/schema';
import { importProjectModule } from '../../compile/project-module';
import type { EnvModule, MappingModule } from './inputs';
import { fieldMappingPage } from './page';

export const FIELD_MAPPING_PAGE = 'field-mapping.md';

/** The page for the project at `root`, or undefined when it has no mapping module or Dataverse schema. */
export async function projectFieldMappingPage(root: string, config: SolutionConfig): Promise<string | undefined> {
  const mappingFile = join(root, 'flows-src', 'mapping', 'index.ts');
  const envFile = join(root, 'flows-src', 'common', 'env.ts');
  const schemaFile = join(root, 'solution-template', 'schema', 'dataverse.yaml');
  if (![mappingFile, envFile, schemaFile].every(existsSync)) return undefined;
  const mapping = (await importProjectModule(mappingFile)) as MappingModule;
  const env = (await importProjectModule(envFile)) as EnvModule;
  const { prefix, optionValuePrefix } = config.publisher;
  return fieldMappingPage({
    mapping,
    env,
    schema: loadSchema(schemaFile, { prefix, optionValuePrefix }),
    environmentVariables: config.environmentVariables,
    optionValuePrefix,
  });
}

/** Writes `<docsDir>/../field-mapping.md` when it changed; returns the paths written. */
export async function writeFieldMappingDoc(root: string, docsDir: string, config: SolutionConfig): Promise<string[]> {
  const text = await projectFieldMappingPage(root, config);
  if (text === undefined) return [];
  const file = join(dirname(docsDir), FIELD_MAPPING_PAGE);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return [];
  writeFileSync(file, text);
  return [file];
}
