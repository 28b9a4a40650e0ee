// `cosell build` runs from a cached esbuild bundle of the CLI and the flows (scripts/bundled.mjs): the same bytes and
// the same located errors as the tsx path, a cache that follows edits, and tsx whenever the bundle does not apply.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/tree';

const root = join(__dirname, '..', '..');
const cli = join(root, 'scripts', 'cosell.mjs');
const dsl = JSON.stringify(join(root, 'src', 'dsl'));
const made: string[] = [];

/** A project in a temporary folder: an ES module package, the `ok` fixture's solution.yaml and the given flows (importing the DSL by path). */
function project(flows: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-bundled-'));
  made.push(dir);
  cpSync(join(root, 'test', 'fixtures', 'projects', 'ok', 'solution-template'), join(dir, 'solution-template'), {
    recursive: true,
  });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(dir, 'flows-src'));
  for (const [name, text] of Object.entries(flows)) writeFileSync(join(dir, 'flows-src', name), text);
  return dir;
}

const counter = (step: number) =>
  `import { flow, manual } from ${dsl};\n\nexport default flow('Counter', (f) => {\n  f.trigger(manual());\n  const n = f.variable<number>('n', 'integer', 0);\n  f.increment(n, ${step});\n});\n`;

function build(dir: string, env: Record<string, string> = {}) {
  const out = mkdtempSync(join(tmpdir(), 'cosell-bundled-out-'));
  made.push(out);
  const r = spawnSync(process.execPath, [cli, 'build', '--root', dir, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { ...r, out };
}

/** The bundle cache of a project root (scripts/bundled.mjs keys it by the toolkit's and the root's paths). */
const manifestOf = (dir: string) =>
  join(
    root,
    'node_modules',
    '.cache',
    'cosell',
    createHash('sha256').update(`${root}\n${dir}`).digest('hex').slice(0, 16),
    'manifest.json',
  );

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('cosell build from its bundle', () => {
  it('writes the same bytes as the tsx path, and caches the bundle', () => {
    const dir = project({ 'counter.flow.ts': counter(1) });
    const bundled = build(dir);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(existsSync(manifestOf(dir))).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestOf(dir), 'utf8')) as {
      root: string;
      modules: string[];
    };
    expect(manifest.root).toBe(dir);
    expect(manifest.modules).toEqual([join(dir, 'flows-src', 'counter.flow.ts')]);
    // Bundled packages are stamped by their package.json (and npm's install record), not file by file.
    const inputs = Object.keys((manifest as unknown as { inputs: Record<string, number> }).inputs);
    const packageFiles = inputs.filter((f) => f.includes(`${sep}node_modules${sep}`));
    expect(packageFiles).toContain(join(root, 'node_modules', 'yaml', 'package.json'));
    expect(packageFiles.filter((f) => !/[\\/](package\.json|\.package-lock\.json)$/.test(f))).toEqual([]);
    const viaTsx = build(dir, { COSELL_NO_BUNDLE: '1' });
    expect(viaTsx.status, viaTsx.stderr).toBe(0);
    expect(snapshot(bundled.out)).toEqual(snapshot(viaTsx.out));
  }, 60_000);

  it('follows an edited flow and a new flow file', () => {
    const dir = project({ 'counter.flow.ts': counter(1) });
    const first = build(dir);
    const workflow = (out: string) =>
      Object.entries(snapshot(out)).filter(([f]) => /^solution\/Workflows\/Counter-.*\.json$/.test(f));
    writeFileSync(join(dir, 'flows-src', 'counter.flow.ts'), counter(5));
    const edited = build(dir);
    expect(edited.status, edited.stderr).toBe(0);
    expect(workflow(edited.out)).not.toEqual(workflow(first.out));
    expect(readFileSync(join(edited.out, workflow(edited.out)[0]![0]), 'utf8')).toContain('"value": 5');
    writeFileSync(join(dir, 'flows-src', 'second.flow.ts'), counter(2).replace("'Counter'", "'Second'"));
    const added = build(dir);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('built 2 flow(s)');
  }, 60_000);

  it('names the flow file and line of a construction error, as the tsx path does', () => {
    const dir = project({
      'counter.flow.ts': `import { flow, manual } from ${dsl};\n\nexport default flow('Counter', (f) => {\n  f.trigger(manual());\n  f.compose('Same', 1);\n  f.compose('Same', 2);\n});\n`,
    });
    const bundled = build(dir);
    const viaTsx = build(dir, { COSELL_NO_BUNDLE: '1' });
    expect(bundled.status).toBe(1);
    expect(bundled.stderr).toContain("the name 'Same' is used twice (first at ");
    expect(bundled.stderr).toMatch(/counter\.flow\.ts:5\) \(at .*counter\.flow\.ts:6\)/);
    expect(bundled.stderr).toBe(viaTsx.stderr);
  }, 60_000);

  it('falls back to tsx for a file esbuild cannot parse, and still builds nothing', () => {
    const dir = project({ 'counter.flow.ts': counter(1), 'broken.flow.ts': 'export default flow(\n' });
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("flows-src/broken.flow.ts: flow '?': the flow module failed to load");
    expect(r.stderr).toContain('dist/ was left unchanged');
    expect(existsSync(manifestOf(dir))).toBe(false);
  }, 60_000);

  it('reports a flow module that throws as it loads, alone: the other flows still load', () => {
    const dir = project({
      'counter.flow.ts': counter(1),
      'thrower.flow.ts': `import ${dsl};\nthrow new Error('no flow today');\n`,
    });
    const bundled = build(dir);
    expect(bundled.status).toBe(1);
    expect(bundled.stderr).toContain(
      "flows-src/thrower.flow.ts: flow '?': the flow module failed to load: no flow today",
    );
    expect(bundled.stderr).not.toContain('counter.flow.ts');
    expect(bundled.stderr).toContain('build failed with 1 problem(s)');
    expect(existsSync(manifestOf(dir))).toBe(true);
  }, 60_000);
});
