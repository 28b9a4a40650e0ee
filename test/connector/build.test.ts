// The build with the connectors producer: both connectors are packed into the solution, and the paconn files
// are written under dist/connectors/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConnectorSettings, writeConnectorArtifacts } from '../../src/compile/swagger';
import { build } from '../../src/compile/build';
import { readZipBuffer } from '../solution/helpers';

const root = join(__dirname, '..', '..');

describe('build with the connectors', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'cosell-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const result = await build({ root, outDir });
  const entries = await readZipBuffer(readFileSync(result.zips.unmanaged));
  const entry = (name: string) => entries.find((e) => e.name === name)?.data.toString('utf8');

  it('packs both connectors: Connector/ files, <Connector> entries and RootComponents 372', () => {
    for (const name of ['cosell_5Fpartnercenterref', 'cosell_5Fpartnercenterevents']) {
      for (const part of [
        'openapidefinition.json',
        'connectionparameters.json',
        'policytemplateinstances.json',
        'iconblob.Png',
      ]) {
        expect(entries.map((e) => e.name)).toContain(`Connector/${name}_${part}`);
      }
      expect(entry('customizations.xml')).toContain(`<name>${name}</name>`);
      expect(entry('solution.xml')).toMatch(new RegExp(`<RootComponent type="372" [^>]*schemaName="${name}"`));
    }
    expect(JSON.parse(entry('Connector/cosell_5Fpartnercenterref_openapidefinition.json')!).host).toBe(
      'api.partner.microsoft.com',
    );
  });

  it('binds the connection references to the shipped connectors', () => {
    const xml = entry('customizations.xml')!;
    expect(xml).toContain('/providers/Microsoft.PowerApps/apis/shared_cosell-5fpartnercenterref-5f5d814baac3b0562a');
    expect(xml).toMatch(/<customconnectorid>\s*<connectorid>05d13ad8-2bdc-5d53-82d9-c5db8d067eb9<\/connectorid>/);
  });

  it('writes the paconn files of each connector', async () => {
    const written = await writeConnectorArtifacts(
      outDir,
      loadConnectorSettings(join(root, 'solution-template', 'solution.yaml')),
    );
    expect(written).toEqual([
      'connectors/partnercenterref/apiDefinition.swagger.json',
      'connectors/partnercenterref/apiProperties.json',
      'connectors/partnercenterevents/apiDefinition.swagger.json',
      'connectors/partnercenterevents/apiProperties.json',
    ]);
    const props = JSON.parse(readFileSync(join(outDir, written[1]!), 'utf8'));
    expect(props.properties.connectionParameters.token.oAuthSettings.customParameters.resourceUri.value).toBe(
      'https://api.partner.microsoft.com',
    );
  });
});
