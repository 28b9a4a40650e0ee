// Connection references bound to the connections the settings file names (PATCH connectionreferences(<id>)
// { connectionid }). A reference the settings file leaves empty must already be bound in the environment: one that
// is not is a "missing connection", reported with the connector and where to create the connection.
import { DeployError } from './errors';
import type { SettingsConnection } from './settings-file';
import type { SolutionConnectionReference } from './solution-zip';
import { WebApiFailure, type WebApi, odataString } from './web-api';

export type ReferenceOutcome = 'bound' | 'rebound' | 'unchanged' | 'already bound' | 'missing';

export interface ReferenceResult {
  logicalName: string;
  displayName: string;
  connectorId: string;
  outcome: ReferenceOutcome;
  connectionId?: string;
}

interface Row {
  connectionreferenceid: string;
  connectionreferencelogicalname: string;
  connectionid: string | null;
}

export async function bindConnectionReferences(
  api: WebApi,
  declared: readonly SolutionConnectionReference[],
  connections: readonly SettingsConnection[],
  onResult: (r: ReferenceResult) => void,
): Promise<ReferenceResult[]> {
  const wanted = new Map(connections.map((c) => [c.logicalName.toLowerCase(), c.connectionId]));
  const results: ReferenceResult[] = [];
  for (const ref of declared) {
    const base = { logicalName: ref.logicalName, displayName: ref.displayName, connectorId: ref.connectorId };
    let result: ReferenceResult;
    try {
      const [row] = await api.list<Row>(
        `connectionreferences?$select=connectionreferenceid,connectionreferencelogicalname,connectionid&$filter=connectionreferencelogicalname eq ${odataString(ref.logicalName)}`,
      );
      if (!row) {
        throw new DeployError(`the environment has no connection reference '${ref.logicalName}' after the import`, [
          'Check that the import above finished (make.powerapps.com → Solutions → See history), then run deploy again.',
        ]);
      }
      const id = wanted.get(ref.logicalName.toLowerCase());
      if (id && row.connectionid === id) result = { ...base, outcome: 'unchanged', connectionId: id };
      else if (id) {
        await api.patch(`connectionreferences(${row.connectionreferenceid})`, { connectionid: id }, { 'If-Match': '*' });
        result = { ...base, outcome: row.connectionid ? 'rebound' : 'bound', connectionId: id };
      } else if (row.connectionid) result = { ...base, outcome: 'already bound', connectionId: row.connectionid };
      else result = { ...base, outcome: 'missing' };
    } catch (e) {
      if (e instanceof DeployError) throw e;
      throw new DeployError(`binding ${ref.logicalName} failed: ${e instanceof WebApiFailure ? e.detail : (e as Error).message}`, [
        'Check that the ConnectionId in the settings file is a connection of this environment (make.powerapps.com → Connections), then run deploy again.',
      ]);
    }
    results.push(result);
    onResult(result);
  }
  return results;
}

/** The "missing connection" failure: which references, their connectors, and how to give them a connection. */
export function missingConnectionsError(missing: readonly ReferenceResult[], settingsFile: string | undefined): DeployError {
  const lines = missing.map((r) => `  ${r.logicalName} ("${r.displayName}", connector ${r.connectorId.replace(/^\/providers\/Microsoft\.PowerApps\/apis\//, '')})`);
  const where = settingsFile ? `the settings file ${settingsFile}` : 'a settings file (`npx cosell settings` writes the template) passed with --settings';
  return new DeployError(
    `missing connection: ${missing.length} connection reference(s) have no connection — the settings file gives no ConnectionId and none is bound in the environment:\n${lines.join('\n')}`,
    [
      'Create each connection in make.powerapps.com (this environment) → Connections → + New connection: Microsoft Dataverse as the sync account; Partner Center Referrals / Events as the Referrals Admin user, with the app\'s client secret.',
      `Open the connection and copy its id from the address bar (…/connections/<connector>/<connection id>/details) into ConnectionId of that reference in ${where}, then run deploy again.`,
      'Or bind it in the portal: make.powerapps.com → Solutions → the solution → Connection references → the reference → Connection, then run deploy again.',
    ],
  );
}
