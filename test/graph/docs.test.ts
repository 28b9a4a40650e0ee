// docs/flows/<flow>.md: the project flow's page, the build hook, stale pages, and that the committed pages are current.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webhookPayload } from '../../connector/partner-center-events/webhook-payload';
import { build, compileAll, loadFlows } from '../../src/compile/build';
import { CompileError } from '../../src/compile/problem';
import { GENERATED_MARKER, docsPage } from '../../src/graph/docs-page';
import { mermaidOf } from '../../src/graph/mermaid';
import { docsFlows, flowPages } from '../../src/graph/write-docs';
import { loadSolutionConfig } from '../../src/solution/config';
import { root } from '../diff/helpers';

const fixture = (name: string) => join(root, 'test', 'fixtures', 'projects', name);
const temp: string[] = [];
const tempDir = () => temp[temp.push(mkdtempSync(join(tmpdir(), 'cosell-docs-'))) - 1]!;
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function projectPages() {
  const loaded = await loadFlows(join(root, 'flows-src'), root);
  const { compiled } = compileAll(loaded.flows, loadSolutionConfig(join(root, 'solution-template', 'solution.yaml')));
  return docsFlows(compiled, loaded.flows);
}

describe('flow docs page', () => {
  it('documents the project flow: diagram, HTTP trigger, its schema as inputs', async () => {
    const flow = (await projectPages()).find((f) => f.source === 'flows-src/partner-center-to-dynamics.flow.ts')!;
    const page = docsPage({ ...flow, sourceLink: '../../flows-src/partner-center-to-dynamics.flow.ts' });
    const lines = page.split('\n');
    expect(lines[0]).toBe(`${GENERATED_MARKER} from flows-src/partner-center-to-dynamics.flow.ts; edit the flow, not this page. -->`);
    expect(lines).toContain('# Partner Center to Dynamics 365');
    expect(page).toContain(`\`\`\`mermaid\n${mermaidOf(flow.json.properties.definition)}\`\`\`\n`);
    expect(lines.find((l) => l.startsWith('| `manual` |'))).toMatch(/^\| `manual` \| HTTP request \| method `POST`; callers `All`/);
    const schema = webhookPayload.json as { properties: Record<string, { type: string; description?: string }>; required: string[] };
    for (const [key, p] of Object.entries(schema.properties)) {
      const row = lines.find((l) => l.startsWith(`| \`${key}\` |`));
      expect(row, key).toBeDefined();
      expect(row).toContain(`| ${schema.required.includes(key) ? 'yes' : 'no'} |`);
      if (p.description) expect(row).toContain(p.description);
    }
    // Every environment variable the flow reads, every connection it uses; else "None.".
    const definition = flow.json.properties.definition;
    const variables = Object.values(definition.parameters as Record<string, { metadata?: { schemaName?: string } }>)
      .map((p) => p.metadata?.schemaName)
      .filter(Boolean);
    for (const v of variables) expect(lines.some((l) => l.startsWith(`| \`${v}\` |`))).toBe(true);
    if (!variables.length) expect(page).toContain('## Environment variables\n\nNone.');
    const connections = Object.values(
      flow.json.properties.connectionReferences as Record<string, { connection: { connectionReferenceLogicalName: string } }>,
    );
    for (const c of connections)
      expect(lines.some((l) => l.startsWith(`| \`${c.connection.connectionReferenceLogicalName}\` |`))).toBe(true);
    if (!connections.length) expect(page).toContain('## Connections\n\nNone.');
  });

  it('docs/flows holds the current page of every flow, and no stale one (run `npm run build` after changing a flow)', async () => {
    const dir = join(root, 'docs', 'flows');
    const pages = flowPages(dir, root, await projectPages());
    for (const [name, text] of pages) {
      expect(existsSync(join(dir, name)), `docs/flows/${name} is missing`).toBe(true);
      expect(readFileSync(join(dir, name), 'utf8'), `docs/flows/${name} is out of date`).toBe(text);
    }
    const generated = readdirSync(dir).filter((n) => readFileSync(join(dir, n), 'utf8').startsWith(GENERATED_MARKER));
    expect(generated.sort()).toEqual([...pages.keys()].sort());
  });

  it('the build writes the pages (environment variables included), rewrites nothing unchanged, removes stale generated pages', async () => {
    const dir = tempDir();
    const docs = join(dir, 'docs');
    const options = { root: fixture('ok'), outDir: join(dir, 'dist'), docsDir: docs, projectComponents: false };
    const first = await build(options);
    expect(first.docs.written.map((f) => f.slice(docs.length + 1))).toEqual(['counter.md', 'greeter.md']);
    const greeter = readFileSync(join(docs, 'greeter.md'), 'utf8');
    expect(greeter).toContain('| `cosell_greeting` | `Greeting (cosell_greeting)` | String |');
    const link = /^Source: \[flows-src\/greeter\.flow\.ts\]\(([^)]+)\)/m.exec(greeter)?.[1];
    expect(link && readFileSync(join(docs, link), 'utf8')).toBe(readFileSync(join(fixture('ok'), 'flows-src', 'greeter.flow.ts'), 'utf8'));

    writeFileSync(join(docs, 'old-flow.md'), `${GENERATED_MARKER} from flows-src/old-flow.flow.ts -->\n`);
    writeFileSync(join(docs, 'notes.md'), 'Hand-written notes.\n');
    const second = await build(options);
    expect(second.docs).toEqual({ written: [], removed: [join(docs, 'old-flow.md')] });
    expect(readdirSync(docs).sort()).toEqual(['counter.md', 'greeter.md', 'notes.md']);
  }, 60_000);

  it('a failed build writes no pages', async () => {
    const dir = tempDir();
    await expect(
      build({ root: fixture('broken'), outDir: join(dir, 'dist'), docsDir: join(dir, 'docs'), projectComponents: false }),
    ).rejects.toBeInstanceOf(CompileError);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  });
});
