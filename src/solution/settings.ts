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

type EnvironmentValue = DeploymentSettings['EnvironmentVariables'][number];
type ConnectionValue = DeploymentSettings['ConnectionReferences'][number];

/** A settings template, and the environment variables it leaves out. */
export interface SettingsTemplate {
  settings: DeploymentSettings;
  /**
   * Variables without a default, left out of the template: import refuses an empty Value ("Environment variable
   * value can't be an empty string"), while a variable the file does not name is imported with no value. Add
   * `{ "SchemaName", "Value" }` to the file to set one.
   */
  leftOut: string[];
}

function template(variables: EnvironmentValue[], references: ConnectionValue[]): SettingsTemplate {
  return {
    settings: {
      EnvironmentVariables: variables.filter((e) => e.Value !== '').sort(bySchema),
      ConnectionReferences: references.sort(byLogical),
    },
    leftOut: variables.filter((e) => e.Value === '').sort(bySchema).map((e) => e.SchemaName),
  };
}

/**
 * Values start as the defaults (variables without one are left out: an empty Value fails import); ConnectionId
 * stays empty for the admin to fill with the target environment's connection ids.
 */
export function settingsTemplateFromConfig(config: SolutionConfig): SettingsTemplate {
  return template(
    config.environmentVariables.map((e) => ({ SchemaName: e.schemaName, Value: envDefaultText(e) ?? '' })),
    config.connectionReferences.map((r) => ({
      LogicalName: r.logicalName,
      ConnectionId: '',
      ConnectorId: `/providers/Microsoft.PowerApps/apis/${r.connector}`,
    })),
  );
}

export const settingsFromConfig = (config: SolutionConfig): DeploymentSettings => settingsTemplateFromConfig(config).settings;

/** The same template for any solution zip or folder, from its definitions and <connectionreferences>. */
export function settingsTemplateFromSolution(source: SolutionSource): SettingsTemplate {
  const model = readModel(source);
  return template(
    model.envVars.map((e) => ({ SchemaName: e.schemaName, Value: e.node.defaultvalue === undefined ? '' : txt(e.node.defaultvalue) })),
    model.connectionReferences.map((r) => ({ LogicalName: r.logicalName, ConnectionId: '', ConnectorId: r.connectorId })),
  );
}

export const settingsFromSolution = (source: SolutionSource): DeploymentSettings => settingsTemplateFromSolution(source).settings;

/** Names of environment variables whose Value is empty: import fails on them (the templates above never have any). */
export const emptyValues = (s: DeploymentSettings) => s.EnvironmentVariables.filter((e) => e.Value === '').map((e) => e.SchemaName);
