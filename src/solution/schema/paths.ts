// Where the schema definition and the generated modules (option values, validators) live in the project.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** solution-template/schema/dataverse.yaml: tables, columns, choices and forms. */
export const SCHEMA_YAML = path.join(ROOT, 'solution-template/schema/dataverse.yaml');
export const SOLUTION_YAML = path.join(ROOT, 'solution-template/solution.yaml');
/** The generated option values for flows. */
export const OPTIONS_TS = path.join(ROOT, 'src/solution/schema/options.ts');
/** The generated standalone validators of solution.yaml and dataverse.yaml (each with a .d.ts). */
export const CONFIG_VALIDATOR = path.join(ROOT, 'src/solution/config-validator.js');
export const YAML_VALIDATOR = path.join(ROOT, 'src/solution/schema/yaml-validator.js');
