// Environment variable values from the settings file: each definition is found by schema name, then its value
// row is created (EnvironmentVariableDefinitionId@odata.bind) or updated. A value equal to the current one is left
// alone. Done before any flow is turned on: a flow reads its variables' values when it is turned on.
import { DeployError } from './errors';
import type { SettingsValue } from './settings-file';
import { WebApiFailure, type WebApi, odataString } from './web-api';

export type ValueOutcome = 'created' | 'updated' | 'unchanged';

export interface ValueResult {
  schemaName: string;
  outcome: ValueOutcome;
}

interface Definition {
  environmentvariabledefinitionid: string;
  schemaname: string;
}

interface Value {
  environmentvariablevalueid: string;
  value: string | null;
}

export async function setEnvironmentVariables(
  api: WebApi,
  values: readonly SettingsValue[],
  onResult: (r: ValueResult) => void,
): Promise<ValueResult[]> {
  const results: ValueResult[] = [];
  for (const v of values) {
    try {
      const [def] = await api.list<Definition>(
        `environmentvariabledefinitions?$select=environmentvariabledefinitionid,schemaname&$filter=schemaname eq ${odataString(v.schemaName)}`,
      );
      if (!def) {
        throw new DeployError(`the environment has no environment variable '${v.schemaName}' after the import`, [
          'Check that the import above finished (make.powerapps.com → Solutions → See history), then run deploy again.',
        ]);
      }
      const id = def.environmentvariabledefinitionid;
      const [current] = await api.list<Value>(
        `environmentvariablevalues?$select=environmentvariablevalueid,value&$filter=_environmentvariabledefinitionid_value eq ${id}`,
      );
      let outcome: ValueOutcome;
      if (current && current.value === v.value) outcome = 'unchanged';
      else if (current) {
        await api.patch(`environmentvariablevalues(${current.environmentvariablevalueid})`, { value: v.value }, { 'If-Match': '*' });
        outcome = 'updated';
      } else {
        await api.post('environmentvariablevalues', {
          schemaname: def.schemaname,
          value: v.value,
          'EnvironmentVariableDefinitionId@odata.bind': `environmentvariabledefinitions(${id})`,
        });
        outcome = 'created';
      }
      const result = { schemaName: v.schemaName, outcome };
      results.push(result);
      onResult(result);
    } catch (e) {
      if (e instanceof DeployError) throw e;
      throw new DeployError(`setting ${v.schemaName} failed: ${e instanceof WebApiFailure ? e.detail : (e as Error).message}`, [
        'Set it by hand in make.powerapps.com → Solutions → the solution → Environment variables, or fix the cause and run deploy again.',
        'No flow was turned on yet.',
      ]);
    }
  }
  return results;
}
