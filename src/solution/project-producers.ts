// The project's own solution components beyond flows: the Dataverse schema and the custom connectors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConnectorSettings } from '../compile/swagger/settings';
import type { SolutionConfig } from './config';
import { connectorComponents } from './connectors/components';
import type { ConnectorProducer, SchemaProducer } from './parts';
import { schemaComponents } from './schema';

/** Producers for what a project declares: `solution-template/schema/dataverse.yaml`, and `connectors:` in solution.yaml. */
export function projectProducers(root: string, config: SolutionConfig): { schema?: SchemaProducer; connectors?: ConnectorProducer } {
  const schemaFile = join(root, 'solution-template', 'schema', 'dataverse.yaml');
  const hasConnectors = config.connectors !== undefined;
  return {
    schema: existsSync(schemaFile)
      ? (c) => schemaComponents(schemaFile, { prefix: c.publisher.prefix, optionValuePrefix: c.publisher.optionValuePrefix })
      : undefined,
    connectors: hasConnectors ? async (_c, ctx) => connectorComponents(loadConnectorSettings(ctx.configFile)) : undefined,
  };
}
