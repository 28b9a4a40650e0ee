// `cosell build` end to end: the unpacked tree and both zips, byte-identical rebuilds, producers plugged in,
// and an output that fails validation leaving dist/ untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/compile/build';
import type { SchemaComponents } from '../../src/solution/components';
import { ConfigError } from '../../src/solution/config';
import { SolutionInvalidError, errorsOf, validateSolution } from '../../src/solution/validate';
import { ROOT, readZipBuffer, stubConnectors } from './helpers';
import { snapshot } from '../support/tree';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `cosell-${name}-`));
const connectors = (config: Parameters<typeof stubConnectors>[0]) => {
  const parts = stubConnectors(config);
  return { rootComponents: parts.rootComponents, connectorsXml: parts.sections.Connectors ?? '', files: parts.files };
};

const schema: SchemaComponents = {
  rootComponents: [{ type: 1, schemaName: 'opportunity', behavior: 2 }],
  entitiesXml:
    '<Entity>\n  <Name LocalizedName="Opportunity" OriginalName="">Opportunity</Name>\n  <EntityInfo>\n    <entity Name="Opportunity">\n      <attributes />\n    </entity>\n  </EntityInfo>\n</Entity>',
  optionSetsXml: '',
  relationshipsXml: '<EntityRelationship Name="cosell_opportunity_referral" />',
  files: [{ unpackedPath: 'Entities/Opportunity/Entity.xml', content: '<Entity />' }],
};

describe('cosell build', () => {
  it('writes the unpacked tree and both zips, which validate, and rebuilds byte for byte', async () => {
    const a = tmp('build-a');
    const b = tmp('build-b');
    const result = await build({ root: ROOT, outDir: a, connectors });
    await build({ root: ROOT, outDir: b, connectors });
    expect(result.zips).toEqual({
      unmanaged: join(a, 'PartnerCenterReferralsSync_1_0_0_0.zip'),
      managed: join(a, 'PartnerCenterReferralsSync_1_0_0_0_managed.zip'),
    });
    const files = snapshot(a);
    expect(Object.keys(files).sort()).toEqual([...result.files].sort());
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'solution/Other/Solution.xml',
        'solution/Other/Customizations.xml',
        'solution/environmentvariabledefinitions/cosell_showcheckmark/environmentvariabledefinition.xml',
        'PartnerCenterReferralsSync_1_0_0_0.zip',
        'PartnerCenterReferralsSync_1_0_0_0_managed.zip',
      ]),
    );
    expect(Object.keys(files).some((f) => /^solution\/Workflows\/[A-Za-z0-9]+-[0-9A-F-]{36}\.json\.data\.xml$/.test(f))).toBe(true);
    expect(snapshot(b)).toEqual(files);
    for (const target of [result.zips.unmanaged, result.zips.managed, join(a, 'solution')]) {
      expect(errorsOf(await validateSolution(target)), target).toEqual([]);
    }
  }, 60_000);

  it('writes a rebuild over the tree it replaced, kept as .previous-solution, with the same bytes as a fresh build', async () => {
    const out = tmp('build-rebuild');
    const fresh = tmp('build-fresh');
    await build({ root: ROOT, outDir: fresh, connectors });
    await build({ root: ROOT, outDir: out, connectors });
    const first = snapshot(join(out, 'solution'));
    expect(existsSync(join(out, '.previous-solution'))).toBe(false);
    await build({ root: ROOT, outDir: out, connectors });
    // The replaced tree is the spare the next build writes over.
    expect(snapshot(join(out, '.previous-solution'))).toEqual(first);
    // Whatever the spare holds beyond the tree goes: a stray file, a folder where a file belongs, a file where a folder belongs.
    const spare = join(out, '.previous-solution');
    const workflow = readdirSync(join(spare, 'Workflows')).find((n) => n.endsWith('.json'))!;
    writeFileSync(join(spare, 'stray.txt'), 'x');
    rmSync(join(spare, 'Workflows', workflow));
    mkdirSync(join(spare, 'Workflows', workflow));
    rmSync(join(spare, 'Other'), { recursive: true });
    writeFileSync(join(spare, 'Other'), 'not a folder');
    // A named pipe where a file belongs would block a write; it is replaced like any other stray entry.
    const pipe = join(spare, 'environmentvariabledefinitions', 'cosell_showcheckmark', 'environmentvariabledefinition.xml');
    rmSync(pipe);
    const fifo = spawnSync('mkfifo', [pipe]).status === 0;
    await build({ root: ROOT, outDir: out, connectors });
    const rebuilt = snapshot(out);
    const expected = snapshot(fresh);
    for (const [file, hash] of Object.entries(expected)) expect(rebuilt[file], file).toBe(hash);
    expect(Object.keys(rebuilt).filter((f) => !f.startsWith('.previous-solution'))).toEqual(Object.keys(expected));
    if (!fifo) console.warn('mkfifo unavailable: the named-pipe case was not exercised');
  }, 60_000);

  it('writes the tree afresh when the spare cannot be written over (here: not a folder)', async () => {
    const out = tmp('build-spare-file');
    const fresh = tmp('build-spare-fresh');
    await build({ root: ROOT, outDir: fresh, connectors });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.previous-solution'), 'a file, not a tree');
    await build({ root: ROOT, outDir: out, connectors });
    expect(snapshot(join(out, 'solution'))).toEqual(snapshot(join(fresh, 'solution')));
    expect(readdirSync(out).some((n) => n.startsWith('.staging') || n.startsWith('.old'))).toBe(false);
  }, 60_000);

  it('packs the schema producer’s components into both outputs', async () => {
    const out = tmp('build-schema');
    await build({ root: ROOT, outDir: out, connectors, schema: (config) => (expect(config.publisher.prefix).toBe('cosell'), schema) });
    const entries = await readZipBuffer(readFileSync(join(out, 'PartnerCenterReferralsSync_1_0_0_0.zip')));
    const customizations = entries.find((e) => e.name === 'customizations.xml')!.data.toString('utf8');
    expect(customizations).toContain(
      '<Entities>\r\n    <Entity>\r\n      <Name LocalizedName="Opportunity" OriginalName="">Opportunity</Name>',
    );
    expect(customizations).toContain(
      '<EntityRelationships>\r\n    <EntityRelationship Name="cosell_opportunity_referral" />\r\n  </EntityRelationships>',
    );
    expect(entries.find((e) => e.name === 'solution.xml')!.data.toString('utf8')).toContain(
      '<RootComponent type="1" schemaName="opportunity" behavior="2" />',
    );
    expect(readFileSync(join(out, 'solution', 'Entities', 'Opportunity', 'Entity.xml'), 'utf8')).toBe('<Entity />');
  }, 60_000);

  it('fails when its own output fails validation, and leaves dist/ as it was', async () => {
    const out = tmp('build-invalid');
    await build({ root: ROOT, outDir: out, connectors });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const before = snapshot(out);
    // A producer declaring a flow root component with no flow behind it: "root components are not defined".
    const orphan = () => ({
      rootComponents: [{ type: 29, id: '{00000000-0000-0000-0000-000000000029}', behavior: 0 as const }],
      files: [],
      sections: {},
    });
    const failure = await build({ root: ROOT, outDir: out, connectors, parts: [orphan] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SolutionInvalidError);
    const messages = (failure as SolutionInvalidError).findings.map((f) => `${f.origin}: ${f.finding.message}`);
    expect(messages).toContain(
      'solution: root component {00000000-0000-0000-0000-000000000029} has no <Workflow> in customizations ("root components are not defined in customizations")',
    );
    expect(messages).toContain(
      'PartnerCenterReferralsSync_1_0_0_0.zip: root component {00000000-0000-0000-0000-000000000029} has no <Workflow> in customizations ("root components are not defined in customizations")',
    );
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).some((n) => n.startsWith('.staging') || n.startsWith('.old'))).toBe(false);
  }, 60_000);

  it('creates no output folder when its first output fails validation', async () => {
    const out = join(tmp('build-invalid-new'), 'not', 'there');
    const orphan = () => ({
      rootComponents: [{ type: 29, id: '{00000000-0000-0000-0000-000000000029}', behavior: 0 as const }],
      files: [],
      sections: {},
    });
    await expect(build({ root: ROOT, outDir: out, connectors, parts: [orphan] })).rejects.toBeInstanceOf(SolutionInvalidError);
    expect(existsSync(join(out, '..'))).toBe(false);
  }, 60_000);

  it('leaves dist/ as it was when a producer fails', async () => {
    const out = tmp('build-producer');
    await build({ root: ROOT, outDir: out, connectors });
    const before = snapshot(out);
    const failing = () => {
      throw new ConfigError('solution-template/schema/dataverse.yaml', 12, 'tables[0].name: missing');
    };
    await expect(build({ root: ROOT, outDir: out, connectors, schema: failing })).rejects.toThrow(
      'dataverse.yaml:12: tables[0].name: missing',
    );
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
