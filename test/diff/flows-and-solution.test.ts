// Flow matching (GUID, then display name), flow-level parameters and connections, the solution's environment
// variables and connection references, and reading both sides from built solutions (folder and zip).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/compile/build';
import { diffFlowSets, flowSetOfSource, toMarkdown } from '../../src/diff';
import { $, env } from '../../src/dsl';
import { readSolution } from '../../src/solution/validate/source';
import { accounts, httpFlow } from '../dsl/helpers';
import { dslFlow, flowSet, root } from './helpers';

describe('flows', () => {
  const greet = (name: string, key?: string) =>
    dslFlow(
      Object.assign(
        httpFlow(name, (f) => void f.respond('Hello', { status: 200 })),
        key ? { options: { key } } : {},
      ),
    );

  it('matches by workflow GUID, so a renamed flow is one flow', () => {
    const base = greet('Greeter');
    const head = { ...base, name: 'Welcomer' };
    expect(toMarkdown(diffFlowSets(flowSet('a', base), flowSet('b', head)))).toBe(
      '## Flow changes: `a` → `b`\n\n### Welcomer (renamed from Greeter)\n',
    );
  });

  it('falls back to the display name when the GUIDs differ (another environment)', () => {
    const base = greet('Greeter');
    const head = { ...greet('Greeter'), id: '00000000-0000-0000-0000-0000000000aa' };
    expect(diffFlowSets(flowSet('a', base), flowSet('b', head)).flows).toEqual([]);
  });

  it('lists added and removed flows with their trigger and size', () => {
    const md = toMarkdown(diffFlowSets(flowSet('a', greet('Old')), flowSet('b', greet('New'))));
    expect(md).toBe(
      [
        '## Flow changes: `a` → `b`',
        '',
        '### New (added)',
        '',
        '- trigger `manual`, 1 action',
        '',
        '### Old (removed)',
        '',
        '- trigger `manual`, 1 action',
        '',
      ].join('\n'),
    );
  });

  it('reports environment variables and connections a flow starts or stops using (not the $connections plumbing)', () => {
    const base = dslFlow(httpFlow('Uses', (f) => void f.compose('Column', 'estimatedvalue')));
    const head = dslFlow(
      httpFlow('Uses', (f) => {
        f.compose('Column', env.string('cosell_dealvaluecolumn'));
        f.dataverse.listRows('Accounts', accounts, { top: 1 });
      }),
    );
    const changes = diffFlowSets(flowSet('a', base), flowSet('b', head)).flows[0]!.changes;
    expect(changes.filter((c) => c.kind.startsWith('parameter') || c.kind.startsWith('connection'))).toEqual([
      { kind: 'parameter-added', parameter: 'Deal Value Column (cosell_dealvaluecolumn)', schemaName: 'cosell_dealvaluecolumn' },
      { kind: 'connection-added', reference: 'shared_commondataserviceforapps', logicalName: 'cosell_Dataverse' },
    ]);
    expect(changes.find((c) => c.kind === 'action-changed')).toEqual({
      kind: 'action-changed',
      action: 'Column',
      changes: [{ path: 'inputs', before: 'estimatedvalue', after: "@parameters('Deal Value Column (cosell_dealvaluecolumn)')" }],
    });
  });

  it('shows expressions in code spans that survive backticks', () => {
    const base = dslFlow(httpFlow('Ticks', (f) => void f.compose('Quote', 'a')));
    const head = dslFlow(httpFlow('Ticks', (f) => void f.compose('Quote', $.concat('`', 'b'))));
    expect(toMarkdown(diffFlowSets(flowSet('a', base), flowSet('b', head)))).toContain("- `Quote`: `inputs`: `a` → ``@concat('`', 'b')``");
  });
});

describe('built solutions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cosell-diff-test-'));
    await build({ root: join(root, 'test', 'fixtures', 'projects', 'ok'), outDir: join(dir, 'dist'), projectComponents: false });
    return () => rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reads the flows, environment variables and connection references of a folder and of a zip alike', async () => {
    const folder = flowSetOfSource(await readSolution(join(dir, 'dist', 'solution')), 'folder');
    const zip = flowSetOfSource(await readSolution(join(dir, 'dist', 'FixtureSolution_1_0_0_0.zip')), 'zip');
    expect(folder.flows.map((f) => f.name)).toEqual(['Counter', 'Greeter']);
    expect(folder.flows.every((f) => /^[0-9a-f-]{36}$/.test(f.id ?? ''))).toBe(true);
    expect(folder.environmentVariables?.map((e) => e.schemaName)).toContain('cosell_greeting');
    expect(zip.flows.map((f) => [f.id, f.name])).toEqual(folder.flows.map((f) => [f.id, f.name]));
    expect(diffFlowSets(folder, zip)).toEqual({ base: 'folder', head: 'zip', flows: [], solution: [] });
  });

  it('reports a removed environment variable and a changed default', async () => {
    const copy = join(dir, 'copy');
    cpSync(join(dir, 'dist', 'solution'), copy, { recursive: true });
    const before = flowSetOfSource(await readSolution(copy), 'before');
    const [variable] = before.environmentVariables!;
    const file = join(copy, 'environmentvariabledefinitions', variable!.schemaName, 'environmentvariabledefinition.xml');
    const xml = readFileSync(file, 'utf8');
    writeFileSync(file, xml.replace(/<defaultvalue>[^<]*<\/defaultvalue>/, '<defaultvalue>Howdy</defaultvalue>'));
    const after = flowSetOfSource(await readSolution(copy), 'after');
    expect(diffFlowSets(before, after).solution).toEqual([
      {
        kind: 'environment-variable-changed',
        schemaName: variable!.schemaName,
        changes: [{ path: 'defaultValue', before: variable!.defaultValue, after: 'Howdy' }],
      },
    ]);
    const gone = { ...after, environmentVariables: [] };
    expect(toMarkdown(diffFlowSets(after, gone))).toBe(
      `## Flow changes: \`after\` → \`after\`\n\n### Solution\n\n- removed environment variable \`${variable!.schemaName}\` (String, default \`Howdy\`)\n`,
    );
  });

  it('reads a folder of loose workflow JSON, named <Name>-<GUID>.json', async () => {
    const loose = join(dir, 'loose');
    cpSync(join(dir, 'dist', 'solution', 'Workflows'), loose, { recursive: true });
    const set = flowSetOfSource(await readSolution(loose), 'loose');
    const solution = flowSetOfSource(await readSolution(join(dir, 'dist', 'solution')), 'solution');
    expect(set.flows.map((f) => f.id)).toEqual(solution.flows.map((f) => f.id));
    expect(set.environmentVariables).toBeUndefined();
    expect(diffFlowSets(solution, set).flows).toEqual([]);
  });
});
