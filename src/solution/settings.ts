// A deployment settings template in `pac solution import --settings-file` format, from solution.yaml or a solution.
import type { SolutionConfig } from './config';
import type { SolutionSource } from './validate';
import { readModel } from './validate/model';
import { txt } from './validate/xml';
import { envDefaultText } from './views';

export interface DeploymentSettings {
  EnvironmentVariables: { SchemaName: string; Value: string }[];
  ConnectionReferences: { LogicalName: string; ConnectionId: string; ConnectorId: string }[];
}

const bySchema = (a: { SchemaName: string }, b: { SchemaName: string }) =>
  a.SchemaName < b.SchemaName ? -1 : a.SchemaName > b.SchemaName ? 1 : 0;
const byLogical = (a: { LogicalName: string }, b: { LogicalName: string }) =>
  a.LogicalName < b.LogicalName ? -1 : a.LogicalName > b.LogicalName ? 1 : 0;

/**
 * Values start as the defaults (an empty Value fails import: "Environment variable value can't be an empty
 * string"); ConnectionId stays empty for the admin to fill with the target environment's connection ids.
 */
export function settingsFromConfig(config: SolutionConfig): DeploymentSettings {
  return {
    EnvironmentVariables: config.environmentVariables
      .map((e) => ({ SchemaName: e.schemaName, Value: envDefaultText(e) ?? '' }))
      .sort(bySchema),
    ConnectionReferences: config.connectionReferences
      .map((r) => ({ LogicalName: r.logicalName, ConnectionId: '', ConnectorId: `/providers/Microsoft.PowerApps/apis/${r.connector}` }))
      .sort(byLogical),
  };
}

/** The same template for any solution zip or folder, from its definitions and <connectionreferences>. */
export function settingsFromSolution(source: SolutionSource): DeploymentSettings {
  const model = readModel(source);
  return {
    EnvironmentVariables: model.envVars
      .map((e) => {
        const d = e.node.defaultvalue === undefined ? '' : txt(e.node.defaultvalue);
        return { SchemaName: e.schemaName, Value: d };
      })
      .sort(bySchema),
    ConnectionReferences: model.connectionReferences
      .map((r) => ({ LogicalName: r.logicalName, ConnectionId: '', ConnectorId: r.connectorId }))
      .sort(byLogical),
  };
}

/** Names of environment variables whose template value is empty and must be filled before import. */
export const emptyValues = (s: DeploymentSettings) => s.EnvironmentVariables.filter((e) => e.Value === '').map((e) => e.SchemaName);
