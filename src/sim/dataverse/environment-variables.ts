// A solution's environment variables as Dataverse holds them after import: one environmentvariabledefinition row
// per variable (schema name, display name, type, default value as text), and an environmentvariablevalue row for
// each variable given a current value. The text forms are the packaged ones (Boolean `yes`/`no`, JSON as text).
import type { EnvironmentVariableDefinition } from '../../compile/project';
import { deriveGuid } from '../../dsl/names';
import { ENV_TYPE_CODES, envDefaultText } from '../../solution/views';

type Row = Record<string, unknown>;

/** The definition row id of a schema name: stable, so scenarios and tests can name it. */
export const environmentVariableDefinitionId = (schemaName: string): string =>
  deriveGuid('sim/dataverse/environmentvariabledefinition', schemaName);

export const environmentVariableValueId = (schemaName: string): string =>
  deriveGuid('sim/dataverse/environmentvariablevalue', schemaName);

/** Seed rows (Web API payload shape) for `definitions`; `values` by schema name become value rows. */
export function environmentVariableRows(
  definitions: readonly EnvironmentVariableDefinition[],
  values: Readonly<Record<string, unknown>> = {},
): { environmentvariabledefinitions: Row[]; environmentvariablevalues: Row[] } {
  for (const name of Object.keys(values)) {
    if (!definitions.some((d) => d.schemaName === name)) {
      throw new Error(`dataverse double: a value for '${name}', which no environment variable definition has`);
    }
  }
  const text = (d: EnvironmentVariableDefinition, v: unknown) => envDefaultText({ ...d, defaultValue: v as never });
  return {
    environmentvariabledefinitions: definitions.map((d) => ({
      environmentvariabledefinitionid: environmentVariableDefinitionId(d.schemaName),
      schemaname: d.schemaName,
      displayname: d.displayName,
      type: ENV_TYPE_CODES[d.type],
      defaultvalue: text(d, d.defaultValue) ?? null,
      description: d.description ?? null,
    })),
    environmentvariablevalues: definitions
      .filter((d) => values[d.schemaName] !== undefined)
      .map((d) => ({
        environmentvariablevalueid: environmentVariableValueId(d.schemaName),
        schemaname: d.schemaName,
        value: text(d, values[d.schemaName]) ?? null,
        'EnvironmentVariableDefinitionId@odata.bind': `environmentvariabledefinitions(${environmentVariableDefinitionId(d.schemaName)})`,
      })),
  };
}
