// Dataverse schema as solution components: columns on opportunity (shell, behaviour 2), the custom tables
// cosell_solutiondetail and cosell_partnercentersolution (behaviour 0), the global choice behind "How can
// Microsoft help?" and the "Partner Center" opportunity form — all generated from solution-template/schema/dataverse.yaml.
import type { SchemaComponents } from '../components';
import { assembleSchema } from './assemble';
import { loadSchema, type Publisher } from './load';

export type { Publisher } from './load';
export { loadSchema, parseSchema } from './load';
export { SchemaError, type SchemaIssue } from './errors';
export type { DataverseSchema } from './model';
export { assembleSchema } from './assemble';
export { SCHEMA_YAML } from './paths';

/**
 * Reads and validates the schema YAML, then returns every component the packager needs: root components,
 * the inner XML of customizations.xml's `<Entities>`, `<optionsets>` and `<EntityRelationships>`, and the
 * unpacked files. Throws SchemaError (each issue with YAML line and field) when the YAML is invalid.
 */
export function schemaComponents(schemaYamlPath: string, publisher: Publisher): SchemaComponents {
  return assembleSchema(loadSchema(schemaYamlPath, publisher), publisher);
}
