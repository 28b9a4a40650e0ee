// `cosell settings`: a deployment settings template in pac's --settings-file format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyValues,
  settingsFromConfig,
  settingsFromSolution,
  settingsTemplateFromConfig,
  settingsTemplateFromSolution,
} from '../../src/solution/settings';
import { envDefaultText } from '../../src/solution/views';
import { CLI, ROOT, projectConfig, projectPackage, sourceOf } from './helpers';

describe('cosell settings', () => {
  it('lists every environment variable that has a default, with it, and every connection reference with its connector', () => {
    const config = projectConfig();
    const { settings, leftOut } = settingsTemplateFromConfig(config);
    expect(settingsFromConfig(config)).toEqual(settings);
    expect(Object.keys(settings)).toEqual(['EnvironmentVariables', 'ConnectionReferences']);
    // Every variable of solution.yaml is either in the template with its default (sorted by schema name) or,
    // having none, left out: import refuses an empty Value.
    const withDefault = config.environmentVariables.filter((e) => e.defaultValue !== undefined);
    expect(settings.EnvironmentVariables).toEqual(
      withDefault.map((e) => ({ SchemaName: e.schemaName, Value: envDefaultText(e) })).sort((a, b) => a.SchemaName.localeCompare(b.SchemaName)),
    );
    expect(leftOut).toEqual(config.environmentVariables.filter((e) => e.defaultValue === undefined).map((e) => e.schemaName).sort());
    expect(settings.EnvironmentVariables).toEqual(
      expect.arrayContaining([
        { SchemaName: 'cosell_countrycodecolumn', Value: 'address1_country' },
        { SchemaName: 'cosell_dealvaluecolumn', Value: 'estimatedvalue' },
        { SchemaName: 'cosell_showcheckmark', Value: 'yes' }, // Boolean defaults as Dataverse stores them
      ]),
    );
    // The intentionally empty defaults: the sync user id (optional) and the watermark the reconciliation writes.
    expect(leftOut).toEqual(['cosell_reconciliationwatermark', 'cosell_syncuserid']);
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
    expect(settingsTemplateFromSolution(sourceOf(pkg.unmanaged)).leftOut).toEqual(settingsTemplateFromConfig(projectConfig()).leftOut);
  });

  it('writes the file, and never overwrites a filled-in one without --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cosell-settings-')), 'deploymentSettings.json');
    const first = spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    const { settings, leftOut } = settingsTemplateFromConfig(projectConfig());
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(settings);
    expect(first.stdout).toContain(`${settings.EnvironmentVariables.length} environment variable(s)`);
    expect(first.stdout).toContain(`left out, having no default (an empty Value fails the import): ${leftOut.join(', ')}`);
    writeFileSync(out, '{"filled": true}');
    const second = spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out], { encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('exists; pass --force to overwrite it');
    expect(readFileSync(out, 'utf8')).toBe('{"filled": true}');
    expect(spawnSync(process.execPath, [CLI, 'settings', '--root', ROOT, '--out', out, '--force']).status).toBe(0);
    expect(existsSync(out) && JSON.parse(readFileSync(out, 'utf8'))).toEqual(settings);
  }, 60_000);
});
