// The settings file is checked against the zip before anything is sent: each problem names the file, its line
// and the entry; empty values are kept apart; pac gets the settings without them.
import { describe, expect, it } from 'vitest';
import { DeployError, checkSettings, readSettingsFile } from '../../src/deploy';
import { pacSettings } from '../../src/deploy/settings-file';
import type { DeployableSolution } from '../../src/deploy/solution-zip';
import { writeSettings } from './helpers';

const solution: DeployableSolution = {
  path: 'x.zip',
  bytes: Buffer.alloc(0),
  uniqueName: 'PartnerCenterReferralsSync',
  displayName: 'Partner Center Referrals Synchronization for Dynamics 365',
  version: '1.0.0.0',
  managed: false,
  flows: [],
  connectionReferences: [
    { logicalName: 'cosell_Dataverse', displayName: 'Dataverse', connectorId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps' },
    { logicalName: 'cosell_PartnerCenterEvents', displayName: 'Events', connectorId: '/providers/Microsoft.PowerApps/apis/shared_events' },
  ],
  environmentVariables: [
    { schemaName: 'cosell_showcheckmark', displayName: 'Show Checkmark', type: 100000002, defaultValue: 'yes' },
    { schemaName: 'cosell_dealvaluecolumn', displayName: 'Deal Value Column', type: 100000000 },
    { schemaName: 'cosell_syncuserid', displayName: 'Sync User Id', type: 100000000 },
  ],
};

const problems = (content: unknown) => {
  const file = writeSettings(content);
  try {
    readSettingsFile(file, solution);
  } catch (e) {
    expect(e).toBeInstanceOf(DeployError);
    return { file, message: (e as DeployError).message, next: (e as DeployError).next };
  }
  throw new Error('expected a DeployError');
};

describe('deploy settings file', () => {
  it('splits values and connections to set from the empty ones, in file order', () => {
    const s = checkSettings(
      {
        EnvironmentVariables: [
          { SchemaName: 'cosell_dealvaluecolumn', Value: 'cosell_amount' },
          { SchemaName: 'cosell_syncuserid', Value: '' },
          { SchemaName: 'COSELL_SHOWCHECKMARK', Value: 'No' },
        ],
        ConnectionReferences: [
          { LogicalName: 'cosell_Dataverse', ConnectionId: ' abc ', ConnectorId: '/providers/Microsoft.PowerApps/apis/shared_other' },
          { LogicalName: 'cosell_PartnerCenterEvents', ConnectionId: '' },
        ],
      },
      '{}',
      's.json',
      solution,
    );
    expect(s.values).toEqual([
      { schemaName: 'cosell_dealvaluecolumn', value: 'cosell_amount' },
      { schemaName: 'cosell_showcheckmark', value: 'No' },
    ]);
    expect(s.emptyValues).toEqual(['cosell_syncuserid']);
    expect(s.connections).toEqual([{ logicalName: 'cosell_Dataverse', connectionId: 'abc' }]);
    expect(s.emptyConnections).toEqual(['cosell_PartnerCenterEvents']);
    expect(s.notes[0]).toContain('ConnectorId /providers/Microsoft.PowerApps/apis/shared_other differs from the solution');
    expect(pacSettings(s, solution)).toEqual({
      EnvironmentVariables: [
        { SchemaName: 'cosell_dealvaluecolumn', Value: 'cosell_amount' },
        { SchemaName: 'cosell_showcheckmark', Value: 'No' },
      ],
      ConnectionReferences: [
        { LogicalName: 'cosell_Dataverse', ConnectionId: 'abc', ConnectorId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps' },
      ],
    });
  });

  it('an unknown schema name or logical name is located by file, line and entry, with the names the solution has', () => {
    const { file, message, next } = problems({
      EnvironmentVariables: [
        { SchemaName: 'cosell_showcheckmark', Value: 'yes' },
        { SchemaName: 'cosell_dealvalue', Value: 'x' },
      ],
      ConnectionReferences: [{ LogicalName: 'cosell_Teams', ConnectionId: 'x', ConnectorId: '' }],
    });
    expect(message).toBe(
      [
        'the settings file has 2 problem(s):',
        `  ${file}:8: EnvironmentVariables[1]: 'cosell_dealvalue' is not an environment variable of PartnerCenterReferralsSync (it has: cosell_showcheckmark, cosell_dealvaluecolumn, cosell_syncuserid)`,
        `  ${file}:14: ConnectionReferences[0]: 'cosell_Teams' is not a connection reference of PartnerCenterReferralsSync (it has: cosell_Dataverse, cosell_PartnerCenterEvents)`,
      ].join('\n'),
    );
    expect(next[0]).toContain('nothing was changed in the environment');
  });

  it('values that do not fit their type, non-string values and duplicates are refused', () => {
    const { message } = problems({
      EnvironmentVariables: [
        { SchemaName: 'cosell_showcheckmark', Value: 'maybe' },
        { SchemaName: 'cosell_dealvaluecolumn', Value: 12 },
        { SchemaName: 'cosell_dealvaluecolumn', Value: 'x' },
      ],
    });
    expect(message).toContain(`EnvironmentVariables[0]: 'maybe' does not fit cosell_showcheckmark (Boolean): a Boolean variable takes "yes" or "no"`);
    expect(message).toContain(`EnvironmentVariables[1]: the Value of 'cosell_dealvaluecolumn' must be a string (write "12")`);
    expect(message).toContain(`EnvironmentVariables[2]: 'cosell_dealvaluecolumn' is listed twice`);
  });

  it('invalid JSON names the line; a missing file says how to get one', () => {
    const { file, message } = problems('{\n  "EnvironmentVariables": [\n    { "SchemaName": "x", }\n  ]\n}\n');
    expect(message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
    expect(() => readSettingsFile('/nonexistent/settings.json', solution)).toThrow(/cannot read the settings file \/nonexistent\/settings.json: ENOENT/);
  });
});
