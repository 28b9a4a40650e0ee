// What `cosell lint` reads: workflow files, folders of exports, solution folders and zips; names from the XML.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLintInputs } from '../../src/lint';
import { lineOfPath } from '../../src/lint/json-line';
import { zipEntries } from '../../src/solution/zip';
import { FIXTURES, ROOT, fixturePath } from './helpers';

const ID = '5e4d3c2b-1a09-4f8e-b7c6-d5e4f3a2b1c0';
const workflow = readFileSync(fixturePath('self-update-loop', 'bad'));
const customizations = `<ImportExportXml><Workflows><Workflow WorkflowId="{${ID}}" Name="Dynamics to Partner Center"><JsonFileName>/Workflows/DynamicsToPartnerCenter-${ID.toUpperCase()}.json</JsonFileName></Workflow></Workflows></ImportExportXml>`;

describe('readLintInputs', () => {
  it('reads a workflow file: name and id from the file name, text for line numbers', async () => {
    const { flows, problems } = await readLintInputs([join(FIXTURES, 'bidirectional-sync-loop', 'bad', `DynamicsToPartnerCenter-${ID}.json`)], ROOT);
    expect(problems).toEqual([]);
    expect(flows.map((f) => [f.name, f.workflowId, f.origin.file])).toEqual([
      ['DynamicsToPartnerCenter', ID, `test/lint/fixtures/bidirectional-sync-loop/bad/DynamicsToPartnerCenter-${ID}.json`],
    ]);
    expect(flows[0]!.origin.text).toContain('"Update_referral"');
    expect(flows[0]!.model.actions.map((a) => a.name)).toEqual(['Update_referral']);
  });

  it('reads every workflow JSON in a folder and ignores other JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-'));
    writeFileSync(join(dir, 'Flow-A.json'), workflow);
    writeFileSync(join(dir, 'apiProperties.json'), '{"properties":{"connectionParameters":{}}}');
    const { flows, problems } = await readLintInputs([dir]);
    expect(problems).toEqual([]);
    expect(flows.map((f) => f.name)).toEqual(['Flow-A']);
  });

  it('reads an unpacked solution: display names and ids from Customizations.xml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-'));
    mkdirSync(join(dir, 'Other'));
    mkdirSync(join(dir, 'Workflows'));
    writeFileSync(join(dir, 'Other', 'Customizations.xml'), customizations);
    writeFileSync(join(dir, 'Workflows', `DynamicsToPartnerCenter-${ID.toUpperCase()}.json`), workflow);
    const { flows } = await readLintInputs([dir], dir);
    expect(flows.map((f) => [f.name, f.workflowId, f.origin.file, f.origin.entry])).toEqual([
      ['Dynamics to Partner Center', ID, `Workflows/DynamicsToPartnerCenter-${ID.toUpperCase()}.json`, undefined],
    ]);
  });

  it('reads a solution zip: findings point into the zip entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-'));
    const entries = [
      { path: 'customizations.xml', data: Buffer.from(customizations) },
      { path: `Workflows/DynamicsToPartnerCenter-${ID.toUpperCase()}.json`, data: workflow },
    ];
    writeFileSync(join(dir, 'Solution.zip'), await zipEntries(entries));
    const { flows } = await readLintInputs([join(dir, 'Solution.zip')], dir);
    expect(flows.map((f) => [f.name, f.origin.file, f.origin.entry])).toEqual([
      ['Dynamics to Partner Center', 'Solution.zip', `Workflows/DynamicsToPartnerCenter-${ID.toUpperCase()}.json`],
    ]);
  });

  it('reports what it cannot read, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-'));
    writeFileSync(join(dir, 'not-a-flow.json'), '{"name":"x"}');
    writeFileSync(join(dir, 'broken.json'), '{"properties":');
    writeFileSync(join(dir, 'Flow.json'), workflow);
    const { flows, problems } = await readLintInputs(['missing.json', 'not-a-flow.json', 'broken.json', 'Flow.json'], dir);
    expect(flows.map((f) => f.name)).toEqual(['Flow']);
    expect(problems).toEqual([
      'missing.json: no such file or folder',
      'not-a-flow.json: not a workflow definition (no definition with triggers or actions)',
      expect.stringMatching(/^broken\.json: not valid JSON: /),
    ]);
  });

  it('accepts a bare definition and a properties object as well as the clientdata envelope', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-'));
    const envelope = JSON.parse(workflow.toString());
    writeFileSync(join(dir, 'Bare.json'), JSON.stringify(envelope.properties.definition));
    writeFileSync(join(dir, 'Props.json'), JSON.stringify(envelope.properties));
    const { flows } = await readLintInputs(['Bare.json', 'Props.json'], dir);
    expect(flows.map((f) => f.model.actions.map((a) => a.name))).toEqual([['Rename'], ['Rename']]);
  });
});

describe('lineOfPath', () => {
  const text = JSON.stringify(
    {
      properties: {
        connectionReferences: { shared_x: {} },
        definition: {
          parameters: { P: {} },
          triggers: { manual: {} },
          actions: { First: { runAfter: {} }, Try: { actions: { Call: {} }, runAfter: { First: [] } }, Check: { else: { actions: { Call2: {} } } } },
        },
      },
    },
    null,
    2,
  );
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('follows the path keys in document order', () => {
    expect(lineOfPath(text, 'Try/Call')).toBe(lineOf('"Call": {'));
    expect(lineOfPath(text, 'Check/else/Call2')).toBe(lineOf('"Call2"'));
    expect(lineOfPath(text, 'First')).toBe(lineOf('"First": {'));
    expect(lineOfPath(text, 'triggers/manual')).toBe(lineOf('"manual"'));
    expect(lineOfPath(text, 'connectionReferences/shared_x')).toBe(lineOf('"shared_x"'));
    expect(lineOfPath(text, 'parameters/P')).toBe(lineOf('"P"'));
    expect(lineOfPath(undefined, 'First')).toBeUndefined();
  });
});
