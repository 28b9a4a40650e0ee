// Generates ajv's standalone validation code (https://ajv.js.org/standalone.html) for solution.yaml
// (src/solution/config-validator.js) and dataverse.yaml (src/solution/schema/yaml-validator.js), each with a .d.ts,
// so a build neither loads ajv nor compiles the schemas (~100 ms a process); only ajv's small runtime helpers load.
// test/solution/schema/validators.test.ts fails when a committed file is stale.
// Run: npx tsx src/solution/schema/validators-codegen.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ajvPackage from 'ajv/package.json' with { type: 'json' };
import { format } from 'prettier';
import { solutionConfigSchema } from '../config-schema';
import { CONFIG_VALIDATOR, YAML_VALIDATOR } from './paths';
import { dataverseYamlSchema } from './yaml-schema';

interface Validator {
  file: string;
  schemaFile: string;
  schema: object;
  /** The options messages depend on: config.ts reads `data` and `parentSchema` (verbose). */
  options: Options;
}

const GENERATOR = 'src/solution/schema/validators-codegen.ts';
const VALIDATORS: Validator[] = [
  {
    file: CONFIG_VALIDATOR,
    schemaFile: 'src/solution/config-schema.ts',
    schema: solutionConfigSchema,
    options: { allErrors: true, verbose: true, strict: true, allowUnionTypes: true },
  },
  {
    file: YAML_VALIDATOR,
    schemaFile: 'src/solution/schema/yaml-schema.ts',
    schema: dataverseYamlSchema,
    options: { allErrors: true, discriminator: true, strict: true, strictRequired: false },
  },
];

/** The generated files, path and text: per validator the ES module and its declaration. */
export async function renderValidators(): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const v of VALIDATORS) {
    const header = `// Generated from ${v.schemaFile} by ${GENERATOR} (ajv ${ajvPackage.version}): do not edit.`;
    const ajv = new Ajv({ ...v.options, code: { source: true, esm: true } });
    // ESM output still loads ajv's runtime helpers with require() (ajv-validator/ajv#2209); a module is strict anyway.
    const code = standaloneCode(ajv, ajv.compile(v.schema)).replace(/^"use strict";/, '');
    const preamble = /\brequire\(/.test(code)
      ? "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n"
      : '';
    const js = await format(`${header}\n${preamble}${code}`, { parser: 'babel', singleQuote: true, printWidth: 120 });
    const dts = [
      header,
      "import type { ValidateFunction } from 'ajv';",
      '',
      'export declare const validate: ValidateFunction;',
      'export default validate;',
      '',
    ].join('\n');
    out.push({ file: v.file, text: js }, { file: v.file.replace(/\.js$/, '.d.ts'), text: dts });
  }
  return out;
}

/** Writes the validators; returns the paths written. */
export async function writeValidators(): Promise<string[]> {
  const files = await renderValidators();
  for (const f of files) writeFileSync(f.file, f.text);
  return files.map((f) => f.file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  for (const f of await writeValidators()) console.log(`wrote ${path.relative(process.cwd(), f)}`);
}
