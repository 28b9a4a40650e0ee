// The project's own solution components beyond flows: the Dataverse schema and the custom connectors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConnectorSettings } from '../compile/swagger/settings';
import type { SolutionConfig } from './config';
import { connectorComponents } from './connectors/components';
import type { ConnectorProducer, SchemaProducer } from './parts';
import { type Publisher, assembleSchema, parseSchema } from './schema';
import type { SchemaComponents } from './components';

/** Producers for what a project declares: `solution-template/schema/dataverse.yaml`, and `connectors:` in solution.yaml. */
export function projectProducers(root: string, config: SolutionConfig): { schema?: SchemaProducer; connectors?: ConnectorProducer } {
  const schemaFile = join(root, 'solution-template', 'schema', 'dataverse.yaml');
  const hasConnectors = config.connectors !== undefined;
  return {
    schema: existsSync(schemaFile)
      ? (c) => cachedSchema(schemaFile, { prefix: c.publisher.prefix, optionValuePrefix: c.publisher.optionValuePrefix })
      : undefined,
    connectors: hasConnectors ? async (_c, ctx) => connectorComponents(loadConnectorSettings(ctx.configFile)) : undefined,
  };
}

/** The last schema generated, by its YAML's path, text and publisher: a rebuild with the same input reuses it. */
let lastSchema: { key: string; components: SchemaComponents } | undefined;

function cachedSchema(file: string, publisher: Publisher): SchemaComponents {
  const text = readFileSync(file, 'utf8');
  const key = JSON.stringify([file, text, publisher]);
  if (lastSchema?.key !== key) {
    lastSchema = { key, components: assembleSchema(parseSchema(text, file, publisher), publisher) };
  }
  return copySchema(lastSchema.components);
}

/** A copy the packager may change without touching the cached one. */
const copySchema = (s: SchemaComponents): SchemaComponents => ({
  ...s,
  rootComponents: s.rootComponents.map((r) => ({ ...r })),
  files: s.files.map((f) => ({ ...f, content: typeof f.content === 'string' ? f.content : Buffer.from(f.content) })),
});
