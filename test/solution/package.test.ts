// The packer: layouts of the unpacked tree and the packed zip, GUID spellings, managed vs unmanaged, producer parts.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { SchemaComponents } from '../../src/solution/components';
import { connectorIdOf, zipFileName } from '../../src/solution/names';
import { packageSolution } from '../../src/solution/package';
import { fromSchema, mergeParts, noParts } from '../../src/solution/parts';
import { ZIP_DATE, zipEntries } from '../../src/solution/zip';
import { projectConfig, projectFlows, projectPackage, readZipBuffer, text } from './helpers';

const schema: SchemaComponents = {
  rootComponents: [
    { type: 1, schemaName: 'opportunity', behavior: 2 },
    { type: 9, schemaName: 'cosell_referralvisibility', behavior: 0 },
  ],
  entitiesXml: '<Entity>\n  <Name LocalizedName="Opportunity" OriginalName="">Opportunity</Name>\n</Entity>',
  optionSetsXml: '<optionset Name="cosell_referralvisibility" localizedName="Referral Visibility" />',
  files: [
    { unpackedPath: 'Entities/Opportunity/Entity.xml', content: '<Entity />' },
    { unpackedPath: 'OptionSets/cosell_referralvisibility.xml', content: '<optionset Name="cosell_referralvisibility" />' },
  ],
};
const connectorName = 'cosell_5Fpartnercenterevents';
const connector = {
  rootComponents: [{ type: 372, id: connectorIdOf(connectorName), schemaName: connectorName, behavior: 0 as const }],
  sections: {
    Connectors: `<Connector>\n  <connectorid>${connectorIdOf(connectorName)}</connectorid>\n  <name>${connectorName}</name>\n</Connector>`,
  },
  files: [
    { unpackedPath: `Connectors/${connectorName}.xml`, content: '<Connector />' },
    {
      unpackedPath: `Connectors/${connectorName}_openapidefinition.json`,
      packedPath: `Connector/${connectorName}_openapidefinition.json`,
      content: '{}',
    },
    {
      unpackedPath: `Connectors/${connectorName}_iconblob`,
      packedPath: `Connector/${connectorName}_iconblob`,
      content: Buffer.from([1, 2]),
    },
  ],
};

describe('solution package', async () => {
  const pkg = await projectPackage();
  const flows = await projectFlows();
  const id = flows.find((f) => f.displayName === 'Partner Center to Dynamics 365')!.workflowId;
  const config = projectConfig();

  it('packs the three root files first, then every entry by path, with forward slashes and no directories', () => {
    const paths = pkg.unmanaged.map((f) => f.path);
    expect(paths.slice(0, 3)).toEqual(['customizations.xml', '[Content_Types].xml', 'solution.xml']);
    expect(paths.slice(3)).toEqual([...paths.slice(3)].sort());
    expect(paths.slice(3)).toContain(`Workflows/PartnerCentertoDynamics365-${id.toUpperCase()}.json`);
    expect(paths).toContain('environmentvariabledefinitions/cosell_showcheckmark/environmentvariabledefinition.xml');
    expect(paths.every((p) => !p.includes('\\') && !p.endsWith('/'))).toBe(true);
  });

  it('unpacks in pac solution unpack layout', async () => {
    const paths = (await projectPackage(noParts())).unpacked.map((f) => f.path);
    const wf = `Workflows/PartnerCentertoDynamics365-${id.toUpperCase()}.json`;
    // Each flow as `Workflows/<display name's letters and digits>-<GUID>.json` and its .data.xml; each variable
    // of solution.yaml as its definition folder.
    const workflows = flows.flatMap((f) => {
      const json = `Workflows/${f.displayName.replace(/[^A-Za-z0-9]/g, '')}-${f.workflowId.toUpperCase()}.json`;
      return [json, `${json}.data.xml`];
    });
    expect(workflows).toContain(wf);
    expect(paths).toEqual(
      [
        'Other/Customizations.xml',
        'Other/Solution.xml',
        ...workflows,
        ...config.environmentVariables.map(
          (e) => `environmentvariabledefinitions/${e.schemaName}/environmentvariabledefinition.xml`,
        ),
      ].sort(),
    );
    expect(text(pkg.unpacked, 'Other/Customizations.xml')).toContain('<Workflows />');
    expect(text(pkg.unpacked, wf)).toBe(text(pkg.unmanaged, wf));
  });

  it('writes GUIDs lower case in braces in XML and upper case in file names', () => {
    const customizations = text(pkg.unmanaged, 'customizations.xml');
    expect(customizations).toContain(`<Workflow WorkflowId="{${id}}" Name="Partner Center to Dynamics 365">`);
    expect(customizations).toContain(`<JsonFileName>/Workflows/PartnerCentertoDynamics365-${id.toUpperCase()}.json</JsonFileName>`);
    expect(text(pkg.unmanaged, 'solution.xml')).toContain(`<RootComponent type="29" id="{${id}}" behavior="0" />`);
    expect(id).toBe(id.toLowerCase());
  });

  it('ships flows off, as Category 5 modern flows', () => {
    const customizations = text(pkg.unmanaged, 'customizations.xml');
    expect(customizations).toContain('<Category>5</Category>');
    expect(customizations).toContain('<StateCode>0</StateCode>');
    expect(customizations).toContain('<StatusCode>1</StatusCode>');
  });

  it('writes packed XML as a genuine export (CRLF, no BOM or declaration) and well-formed', () => {
    for (const f of pkg.unmanaged.filter((x) => x.path.endsWith('.xml'))) {
      const s = f.data.toString('utf8');
      expect(XMLValidator.validate(s.replace(/^\uFEFF/, '')), f.path).toBe(true);
      if (f.path === '[Content_Types].xml') {
        expect(s.startsWith('\uFEFF<?xml version="1.0" encoding="utf-8"?><Types')).toBe(true);
        expect(s).not.toContain('\n');
      } else {
        expect(s.startsWith('<')).toBe(true);
        expect(s.replace(/\r\n/g, '')).not.toContain('\n');
      }
    }
    expect(text(pkg.unmanaged, '[Content_Types].xml')).toContain(
      '<Default Extension="xml" ContentType="application/octet-stream" /><Default Extension="json" ContentType="application/octet-stream" /></Types>',
    );
  });

  it('makes the managed zip differ from the unmanaged one only by <Managed>1</Managed>', () => {
    expect(pkg.managed.map((f) => f.path)).toEqual(pkg.unmanaged.map((f) => f.path));
    for (const [i, f] of pkg.managed.entries()) {
      const unmanaged = pkg.unmanaged[i]!.data.toString('utf8');
      if (f.path === 'solution.xml')
        expect(f.data.toString('utf8')).toBe(unmanaged.replace('<Managed>0</Managed>', '<Managed>1</Managed>'));
      else expect(f.data.equals(pkg.unmanaged[i]!.data), f.path).toBe(true);
    }
  });

  it('declares every connection reference, sorted, with its connector', () => {
    expect(text(pkg.unmanaged, 'customizations.xml')).toContain(
      [
        '<connectionreference connectionreferencelogicalname="cosell_Dataverse">',
        '      <connectionreferencedisplayname>Partner Center Referrals Sync | Microsoft Dataverse</connectionreferencedisplayname>',
        '      <connectorid>/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps</connectorid>',
        '      <iscustomizable>1</iscustomizable>',
      ].join('\r\n'),
    );
  });

  it('writes Boolean defaults as yes/no and ships no current values', () => {
    const def = text(pkg.unpacked, 'environmentvariabledefinitions/cosell_showcheckmark/environmentvariabledefinition.xml');
    expect(def).toContain('<defaultvalue>yes</defaultvalue>');
    expect(def).toContain('<type>100000002</type>');
    expect(pkg.unmanaged.some((f) => f.path.endsWith('environmentvariablevalues.json'))).toBe(false);
  });

  it('includes schema and connector components: roots, customizations sections and files', async () => {
    const withParts = packageSolution({ config, flows, parts: mergeParts([fromSchema(schema), connector]) });
    const solution = text(withParts.unmanaged, 'solution.xml');
    const types = [...solution.matchAll(/<RootComponent type="(\d+)"/g)].map((m) => m[1]);
    const workflows = flows.map(() => '29'); // one root component per flow
    expect(types).toEqual(['1', '9', ...workflows, '372']); // numeric order, as a packed export
    const unpackedTypes = [...text(withParts.unpacked, 'Other/Solution.xml').matchAll(/<RootComponent type="(\d+)"/g)].map((m) => m[1]);
    expect(unpackedTypes).toEqual(['1', ...workflows, '372', '9']); // text order, as pac solution unpack
    expect(solution).toContain(
      `<RootComponent type="372" id="{${connectorIdOf(connectorName)}}" schemaName="${connectorName}" behavior="0" />`,
    );
    const customizations = text(withParts.unmanaged, 'customizations.xml');
    expect(customizations).toContain(
      '<Entities>\r\n    <Entity>\r\n      <Name LocalizedName="Opportunity" OriginalName="">Opportunity</Name>\r\n    </Entity>\r\n  </Entities>',
    );
    expect(customizations).toContain('<optionsets>\r\n    <optionset Name="cosell_referralvisibility"');
    expect(customizations).toContain(`<Connectors>\r\n    <Connector>\r\n      <connectorid>${connectorIdOf(connectorName)}</connectorid>`);
    const packedPaths = withParts.unmanaged.map((f) => f.path);
    expect(packedPaths).toContain(`Connector/${connectorName}_openapidefinition.json`);
    expect(packedPaths.some((p) => p.startsWith('Entities/') || p.startsWith('OptionSets/'))).toBe(false);
    expect(withParts.unpacked.map((f) => f.path)).toEqual(
      expect.arrayContaining(['Entities/Opportunity/Entity.xml', `Connectors/${connectorName}.xml`]),
    );
    expect(text(withParts.unmanaged, '[Content_Types].xml')).toContain(
      `<Override PartName="/Connector/${connectorName}_iconblob" ContentType="application/octet-stream" />`,
    );
    // Unpacked, the sections stay empty: their content lives in the files.
    expect(text(withParts.unpacked, 'Other/Customizations.xml')).toContain('<Entities />');
  });

  it('refuses two files with the same path and paths that escape the tree', () => {
    const dup = {
      ...noParts(),
      files: [
        { unpackedPath: 'a/b.xml', content: 'x' },
        { unpackedPath: 'A/b.xml', content: 'y' },
      ],
    };
    expect(() => packageSolution({ config, flows, parts: dup })).toThrow(/two files have the path 'A\/b.xml'/);
    const escape = { ...noParts(), files: [{ unpackedPath: '../x.xml', content: 'x' }] };
    expect(() => packageSolution({ config, flows, parts: escape })).toThrow(/invalid path '..\/x.xml'/);
  });

  it('zips deterministically: deflated entries, fixed timestamps, same bytes every time', async () => {
    const a = await zipEntries(pkg.unmanaged);
    const b = await zipEntries((await projectPackage()).unmanaged);
    expect(a.equals(b)).toBe(true);
    const entries = await readZipBuffer(a);
    expect(entries.map((e) => e.name)).toEqual(pkg.unmanaged.map((f) => f.path));
    expect(entries.every((e) => !e.isDirectory && e.compressionMethod === 8)).toBe(true);
    const dos = ((ZIP_DATE.getUTCFullYear() - 1980) << 9) | ((ZIP_DATE.getUTCMonth() + 1) << 5) | ZIP_DATE.getUTCDate();
    expect(new Set(entries.map((e) => `${e.lastModDate}/${e.lastModTime}`))).toEqual(new Set([`${dos}/0`]));
    expect(entries.map((e) => e.data.toString('base64'))).toEqual(pkg.unmanaged.map((f) => f.data.toString('base64')));
  });

  it('names zips as real exports do', () => {
    expect(zipFileName('PartnerCenterReferralsSync', '1.0.0.0', false)).toBe('PartnerCenterReferralsSync_1_0_0_0.zip');
    expect(zipFileName('PartnerCenterReferralsSync', '1.2.3', true)).toBe('PartnerCenterReferralsSync_1_2_3_managed.zip');
  });
});
