// `cosell validate`: our solution passes; deliberately broken copies are flagged with located errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipArchive } from 'archiver';
import { describe, expect, it } from 'vitest';
import type { OutFile } from '../../src/solution/package';
import { errorsOf, formatFinding, validateSolution, validateSource } from '../../src/solution/validate';
import { zipEntries } from '../../src/solution/zip';
import { CLI, edited, projectFlows, projectPackage, sourceOf, text } from './helpers';

const errors = (files: OutFile[], layout: 'packed' | 'unpacked' = 'packed') =>
  errorsOf(validateSource(sourceOf(files, layout))).map((f) => formatFinding(f));

describe('cosell validate', async () => {
  const pkg = await projectPackage();
  const packed = pkg.unmanaged;
  // The webhook receiver's workflow JSON: the edits below touch its expressions and actions.
  const receiver = (await projectFlows()).find((f) => f.displayName === 'Partner Center to Dynamics 365')!;
  const wf = packed.find((f) => f.path.startsWith('Workflows/') && f.path.endsWith(`-${receiver.workflowId.toUpperCase()}.json`))!.path;
  /** The 1-based line of customizations.xml that first contains `s`. */
  const customizationsLine = (s: string) => text(packed, 'customizations.xml').split('\r\n').findIndex((l) => l.includes(s)) + 1;

  it('passes our packed and unpacked solution without errors or warnings', () => {
    expect(validateSource(sourceOf(packed)).map((f) => formatFinding(f))).toEqual([]);
    expect(validateSource(sourceOf(pkg.managed)).map((f) => formatFinding(f))).toEqual([]);
    expect(validateSource(sourceOf(pkg.unpacked, 'unpacked')).map((f) => formatFinding(f))).toEqual([]);
  });

  it('flags a missing root file, and one zipped inside a folder', () => {
    expect(errors(packed.filter((f) => f.path !== '[Content_Types].xml'))).toEqual([
      expect.stringMatching(/^error: \[Content_Types\]\.xml: a required root file is missing \(import fails/),
    ]);
    const nested = packed.map((f) => (f.path === 'solution.xml' ? { ...f, path: 'MySolution/solution.xml' } : f));
    expect(errors(nested).join('\n')).toContain("'MySolution/solution.xml' is inside a folder");
  });

  it('flags a workflow without its JSON, and a JSON without its workflow', () => {
    expect(errors(packed.filter((f) => f.path !== wf))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: customizations\\.xml:${customizationsLine(`<JsonFileName>/${wf}</JsonFileName>`)}: Workflow\\[Name="Partner Center to Dynamics 365"\\]/JsonFileName: the workflow JSON '${wf}' is missing$`,
        ),
      ),
    ]);
    const stray = [...packed, { path: 'Workflows/Stray-00000000-0000-0000-0000-000000000000.json', data: Buffer.from('{}') }];
    expect(errors(stray)).toEqual([
      'error: Workflows/Stray-00000000-0000-0000-0000-000000000000.json: no <Workflow> in customizations.xml refers to this workflow JSON (import reports unprocessed files)',
    ]);
  });

  it('flags a connection reference a flow uses but the solution does not declare', () => {
    const json = (conn: string) =>
      JSON.stringify(
        {
          properties: {
            connectionReferences: {
              shared_commondataserviceforapps: {
                runtimeSource: 'embedded',
                connection: { connectionReferenceLogicalName: conn },
                api: { name: 'shared_commondataserviceforapps' },
              },
            },
            definition: {
              $schema: 'x',
              contentVersion: '1.0.0.0',
              parameters: {
                $connections: { defaultValue: {}, type: 'Object' },
                $authentication: { defaultValue: {}, type: 'SecureObject' },
              },
              triggers: { manual: { type: 'Request', kind: 'Button', inputs: {} } },
              actions: {},
            },
          },
          schemaVersion: '1.0.0.0',
        },
        null,
        2,
      );
    expect(errors(edited(packed, wf, () => json('cosell_Dataverse')))).toEqual([]);
    expect(errors(edited(packed, wf, () => json('cosell_Undeclared')))).toEqual([
      `error: ${wf}:4: properties.connectionReferences.shared_commondataserviceforapps: connection reference 'cosell_Undeclared' is not declared in <connectionreferences> of customizations.xml (import prompts for it or fails)`,
    ]);
  });

  it('flags an environment variable a flow reads but the solution does not define', () => {
    const broken = edited(packed, wf, (t) => {
      const j = JSON.parse(t);
      j.properties.definition.parameters['Missing (cosell_missing)'] = {
        defaultValue: '',
        type: 'String',
        metadata: { schemaName: 'cosell_missing' },
      };
      return JSON.stringify(j, null, 2);
    });
    expect(errors(broken)).toEqual([
      expect.stringMatching(
        /definition\.parameters\.Missing \(cosell_missing\): environment variable 'cosell_missing' has no environmentvariabledefinitions\/cosell_missing\/environmentvariabledefinition\.xml/,
      ),
    ]);
  });

  it('flags malformed JSON and expressions that do not parse, with their lines', () => {
    expect(errors(edited(packed, wf, (t) => t.replace('"properties": {', '"properties": {,')))).toEqual([
      expect.stringMatching(new RegExp(`^error: ${wf}:2: the workflow JSON is not well-formed: `)),
    ]);
    // The receiver's status code expression without its last closing parenthesis.
    const badExpr = edited(packed, wf, (t) => {
      const expr: string = JSON.parse(t).properties.definition.actions.Answer_Partner_Center.inputs.statusCode;
      expect(expr).toMatch(/^@.*\)$/);
      const broken = t.replace(JSON.stringify(expr), JSON.stringify(expr.slice(0, -1)));
      expect(broken).not.toBe(t);
      return broken;
    });
    expect(errors(badExpr)).toEqual([
      expect.stringMatching(new RegExp(`^error: ${wf}:\\d+: Answer_Partner_Center: inputs\\.statusCode: `)),
    ]);
  });

  it('flags Category other than 5, a malformed WorkflowId, a mismatched file-name GUID and Managed 2 in a zip', () => {
    const id = wf.slice(-41, -5);
    const cases: [string, (t: string) => string, RegExp][] = [
      [
        'customizations.xml',
        (t) => t.replace('<Category>5</Category>', '<Category>0</Category>'),
        /customizations\.xml:9: .*\/Category: a flow with a JSON definition must have <Category>5<\/Category>/,
      ],
      [
        'customizations.xml',
        (t) => t.replace(`WorkflowId="{${id.toLowerCase()}}"`, `WorkflowId="{${id}}"`),
        /WorkflowId '\{[0-9A-F-]+\}' must be a lower-case GUID in braces/,
      ],
      [
        'solution.xml',
        (t) => t.replace('<Managed>0</Managed>', '<Managed>2</Managed>'),
        /solution\.xml:11: Managed: <Managed>2<\/Managed>: a packed solution needs 0 or 1/,
      ],
      [
        'solution.xml',
        (t) => t.replace('<RootComponent type="29"', '<RootComponent type="10088"'),
        /type 10088 is an organisation-specific code/,
      ],
      [
        'customizations.xml',
        (t) => t.replace(`WorkflowId="{${id.toLowerCase()}}"`, 'WorkflowId="{00000000-0000-0000-0000-000000000001}"'),
        /the file name's GUID [0-9A-F-]+ differs from the WorkflowId \{00000000-0000-0000-0000-000000000001\}/,
      ],
    ];
    for (const [file, edit, expected] of cases) expect(errors(edited(packed, file, edit)).join('\n')).toMatch(expected);
  });

  it('flags shipped environment variable values and bad definitions', () => {
    const values = [
      ...packed,
      { path: 'environmentvariabledefinitions/cosell_showcheckmark/environmentvariablevalues.json', data: Buffer.from('{}') },
    ];
    expect(errors(values)).toEqual([expect.stringMatching(/environmentvariablevalues\.json: a current value is shipped/)]);
    const badBool = edited(packed, /cosell_showcheckmark\/environmentvariabledefinition\.xml$/, (t) =>
      t.replace('<defaultvalue>yes</defaultvalue>', '<defaultvalue>maybe</defaultvalue>'),
    );
    expect(errors(badBool)).toEqual([expect.stringMatching(/:2: defaultvalue: a Boolean default must be yes or no, not 'maybe'$/)]);
  });

  it('flags XML that is not well-formed, with its line', () => {
    expect(errors(edited(packed, 'customizations.xml', (t) => t.replace('</Workflows>', '</Workflow>')))).toEqual([
      expect.stringMatching(new RegExp(`^error: customizations\\.xml:${customizationsLine('</Workflows>')}: XML is not well-formed: `)),
    ]);
  });

  it('flags a custom connector whose name exceeds 30 characters, and missing connector files', () => {
    const name = 'cosell_5Fpartner-20center-20referrals-20api';
    const connector = `<Connectors>\r\n    <Connector>\r\n      <connectorid>5e0ff8e2-4b9e-5a2b-9d3f-0c1e2d3f4a5b</connectorid>\r\n      <name>${name}</name>\r\n      <openapidefinition>/Connector/${name}_openapidefinition.json</openapidefinition>\r\n    </Connector>\r\n  </Connectors>`;
    const unpacked = edited(pkg.unpacked, 'Other/Customizations.xml', (t) => t.replace('<Connectors />', connector));
    const found = errors(unpacked, 'unpacked').join('\n');
    expect(found).toContain(`connector name '${name}' has 43 characters; at most 30`);
    expect(found).toContain(`the connector file 'Connectors/${name}_openapidefinition.json' is missing`);
  });

  it('reads zips: a broken zip fails from the command line with a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-validate-'));
    const good = join(dir, 'good.zip');
    const bad = join(dir, 'bad.zip');
    writeFileSync(good, await zipEntries(packed));
    writeFileSync(bad, await zipEntries(packed.filter((f) => f.path !== 'customizations.xml')));
    expect(errorsOf(await validateSolution(good))).toEqual([]);
    const ok = spawnSync(process.execPath, [CLI, 'validate', good], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('0 error(s), 0 warning(s)');
    const failed = spawnSync(process.execPath, [CLI, 'validate', bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`error: ${bad}: customizations.xml: a required root file is missing`);
  }, 60_000);

  it('warns about directory entries in a zip', async () => {
    const zip = new ZipArchive({});
    const chunks: Buffer[] = [];
    zip.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => zip.on('end', r));
    for (const f of packed) zip.append(f.data, { name: f.path });
    zip.append('', { name: 'Workflows/', type: 'directory' });
    await zip.finalize();
    await done;
    const path = join(mkdtempSync(join(tmpdir(), 'cosell-dir-')), 'dirs.zip');
    writeFileSync(path, Buffer.concat(chunks));
    const findings = await validateSolution(path);
    expect(findings.map((f) => formatFinding(f))).toEqual(['warning: Workflows/: a directory entry: real exports list files only']);
  });
});
