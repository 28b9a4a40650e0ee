// Generates src/solution/schema/options.ts — the option values of every choice column, keyed by option code —
// from dataverse.yaml and the publisher's option value prefix, so flows and schema cannot disagree
// (test/solution/schema/options.test.ts fails when the committed file is stale).
// Run: npx tsx src/solution/schema/options-codegen.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSolutionConfig } from '../config';
import { loadSchema, type Publisher } from './load';
import type { DataverseSchema } from './model';
import { resolveOptions } from './optionset';
import { OPTIONS_TS, SCHEMA_YAML, SOLUTION_YAML } from './paths';

/** The TypeScript module: per choice column, `<Name>` (code → value), `<Name>Code` and `<Name>ByValue`. */
export function renderOptionsModule(schema: DataverseSchema, publisher: Publisher): string {
  const out = [
    '// Generated from solution-template/schema/dataverse.yaml by src/solution/schema/options-codegen.ts: do not edit.',
    `// Option values of the solution's choice columns (publisher option value prefix ${publisher.optionValuePrefix}), keyed by code.`,
    '',
  ];
  const used = new Set<string>();
  for (const t of schema.tables) {
    for (const c of t.columns) {
      if (c.type !== 'choice' && c.type !== 'multichoice') continue;
      const global = c.globalChoice ? schema.choices.find((g) => g.name === c.globalChoice) : undefined;
      const options = resolveOptions(global?.options ?? (c.type === 'choice' ? c.options! : []), publisher.optionValuePrefix);
      let name = c.schemaName.replace(new RegExp(`^${publisher.prefix}_`), '');
      if (used.has(name)) name = `${t.schemaName.replace(new RegExp(`^${publisher.prefix}_`), '')}${name}`;
      used.add(name);
      const kind = c.type === 'multichoice' ? 'multi-select choice' : 'choice';
      out.push(
        `/** ${t.schemaName.toLowerCase()}.${c.schemaName.toLowerCase()} (${kind}${global ? ` ${global.name}` : ''}): ${c.displayName} */`,
        `export const ${name} = {`,
        ...options.map((o) => `  ${o.code}: ${o.value},`),
        '} as const;',
        `export type ${name}Code = keyof typeof ${name};`,
        `export const ${name}ByValue: Readonly<Record<number, ${name}Code>> = {`,
        ...options.map((o) => `  ${o.value}: '${o.code}',`),
        '};',
        '',
      );
    }
  }
  return out.join('\n');
}

/** Writes options.ts from the YAML files of the project. */
export function writeOptionsModule(): string {
  const config = loadSolutionConfig(SOLUTION_YAML);
  const publisher = { prefix: config.publisher.prefix, optionValuePrefix: config.publisher.optionValuePrefix };
  const text = renderOptionsModule(loadSchema(SCHEMA_YAML, publisher), publisher);
  writeFileSync(OPTIONS_TS, text);
  return OPTIONS_TS;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(`wrote ${path.relative(process.cwd(), writeOptionsModule())}`);
}
