// The project's own solution components beyond flows: the Dataverse schema and the custom connectors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConnectorSettings } from '../compile/swagger/settings';
import type { SolutionConfig } from './config';
import { connectorComponents } from './connectors/components';
import type { ConnectorProducer, SchemaProducer } from './parts';
import { type DataverseSchema, type Publisher, assembleSchema, loadSchema } from './schema';
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

/** The components of the last schema read (loadSchema keeps it while its YAML and publisher are the same). */
let lastSchema: { schema: DataverseSchema; components: SchemaComponents } | undefined;

function cachedSchema(file: string, publisher: Publisher): SchemaComponents {
  const schema = loadSchema(file, publisher);
  if (lastSchema?.schema !== schema) lastSchema = { schema, components: assembleSchema(schema, publisher) };
  return copySchema(lastSchema.components);
}

/** A copy the packager may change without touching the cached one. */
const copySchema = (s: SchemaComponents): SchemaComponents => ({
  ...s,
  rootComponents: s.rootComponents.map((r) => ({ ...r })),
  files: s.files.map((f) => ({ ...f, content: typeof f.content === 'string' ? f.content : Buffer.from(f.content) })),
});
