// `cosell settings`: a deployment settings template in pac's --settings-file format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyValues, settingsFromConfig, settingsFromSolution } from '../../src/solution/settings';
import { CLI, ROOT, projectConfig, projectPackage, sourceOf } from './helpers';

describe('cosell settings', () => {
  it('lists every environment variable with its default and every connection reference with its connector', () => {
    const config = projectConfig();
    const settings = settingsFromConfig(config);
    expect(Object.keys(settings)).toEqual(['EnvironmentVariables', 'ConnectionReferences']);
    expect(settings.EnvironmentVariables).toEqual([
      { SchemaName: 'cosell_countrycodecolumn', Value: 'address1_country' },
      { SchemaName: 'cosell_dealvaluecolumn', Value: 'estimatedvalue' },
      { SchemaName: 'cosell_showcheckmark', Value: 'yes' },
    ]);
    expect(settings.ConnectionReferences).toContainEqual({
      LogicalName: 'cosell_Dataverse',
      ConnectionId: '',
      ConnectorId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps',
    });
    expect(settings.ConnectionReferences.map((r) => r.LogicalName)).toEqual(config.connectionReferences.map((r) => r.logicalName).sort());
    expect(emptyValues(settings)).toEqual([]);
  });

  it('reads the same template back from a built solution', async () => {
    const pkg = await projectPackage();
    const fromConfig = settingsFromConfig(projectConfig());
    expect(settingsFromSolution(sourceOf(pkg.unmanaged))).toEqual(fromConfig);
    expect(settingsFromSolution(sourceOf(pkg.unpacked, 'unpacked'))).toEqual(fromConfig);
  });

  it('writes the file, and never overwrites a filled-in one without --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cosell-settings-')), 'deploymentSettings.json');
    const first = spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(settingsFromConfig(projectConfig()));
    writeFileSync(out, '{"filled": true}');
    const second = spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out], { encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('exists; pass --force to overwrite it');
    expect(readFileSync(out, 'utf8')).toBe('{"filled": true}');
    expect(spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out, '--force']).status).toBe(0);
    expect(existsSync(out) && JSON.parse(readFileSync(out, 'utf8')).EnvironmentVariables.length).toBe(3);
  }, 60_000);
});
