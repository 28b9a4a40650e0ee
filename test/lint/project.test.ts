// The project's own flows lint clean, DSL flows are located at their TS lines, and `cosell build` fails on errors.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, compileAll, loadFlows } from '../../src/compile/build';
import { CompileError } from '../../src/compile/problem';
import { flow, manual } from '../../src/dsl';
import { active, lintCompiled, lintWorkflows, readLintInputs } from '../../src/lint';
import { projectSources, withSources } from '../../src/lint/project-sources';
import { loadSolutionConfig } from '../../src/solution/config';
import { ROOT } from './helpers';

const THIS_FILE = 'test/lint/project.test.ts';
const config = loadSolutionConfig(join(ROOT, 'solution-template', 'solution.yaml'));

/** The line of this file holding `marker`, to check the TS lines findings point at. */
const lineOf = (marker: string) => readFileSync(join(ROOT, THIS_FILE), 'utf8').split('\n').findIndex((l) => l.includes(marker)) + 1;

const withSecret = flow('Lint hook secret', (f) => {
  f.trigger(manual());
  f.http('Call', { method: 'POST', uri: 'https://example.invalid/orders', authentication: { type: 'Basic', username: 'u', password: 'hunter2hunter2' }, secure: { inputs: true } }); // marker: secret
});

const withWarnings = flow('Lint hook warnings', (f) => {
  f.trigger(manual());
  f.http('Call once', { method: 'POST', uri: 'https://example.invalid/orders', retryPolicy: { type: 'none' } }); // marker: retry
});

describe("the project's flows", () => {
  it('lint clean, with justified suppressions only', async () => {
    const { flows, problems } = await loadFlows(join(ROOT, 'flows-src'), ROOT);
    expect(problems).toEqual([]);
    const { compiled } = compileAll(flows, config);
    expect(compiled.length).toBe(flows.length);
    const findings = lintCompiled(compiled, flows);
    expect(active(findings).map((f) => `${f.source ?? f.file}: ${f.message} [${f.rule}]`)).toEqual([]);
    for (const f of findings) expect(f.suppressed!.reason).toMatch(/[A-Za-z]{3,}/);
  });
});

describe('lint of built workflow JSON (cosell lint)', () => {
  it('maps findings on flows-src flows back to their TS lines by workflow id', async () => {
    const { flows } = await loadFlows(join(ROOT, 'flows-src'), ROOT);
    const [c] = compileAll(flows, config).compiled;
    const json = JSON.parse(JSON.stringify(c!.clientdata));
    const [name, action] = Object.entries(json.properties.definition.actions as Record<string, any>)[0]!;
    action.inputs = 'https://example.invalid/hard-coded';
    const dir = mkdtempSync(join(tmpdir(), 'cosell-lint-src-'));
    writeFileSync(join(dir, `Flow-${c!.workflowId.toUpperCase()}.json`), JSON.stringify(json, null, 2));
    const { flows: read } = await readLintInputs([dir]);
    const finding = lintWorkflows(withSources(read, await projectSources(ROOT))).find((f) => f.rule === 'hardcoded-environment-value');
    expect(finding).toMatchObject({ path: name, source: c!.flow.build().root.actions[0]!.source });
    expect(finding!.source).toMatch(/^flows-src\/.+\.flow\.ts:\d+$/);
  });
});

describe('lint of DSL flows', () => {
  it('locates findings at the TS line of the action', () => {
    const { compiled } = compileAll([{ file: THIS_FILE, flow: withWarnings }], config);
    const retry = lintCompiled(compiled).find((f) => f.rule === 'external-call-no-retry');
    expect(retry).toMatchObject({ flow: 'Lint hook warnings', path: 'Call_once', source: `${THIS_FILE}:${lineOf('marker: retry')}` });
  });
});

describe('cosell build runs the linter', () => {
  afterEach(() => vi.restoreAllMocks());
  const out = () => mkdtempSync(join(tmpdir(), 'cosell-lint-build-'));

  it('fails on an error-severity finding, located like other build problems, and writes nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = out();
    const failure = await build({ root: ROOT, outDir: dir, flows: [{ file: THIS_FILE, flow: withSecret }], projectComponents: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CompileError);
    expect((failure as CompileError).problems).toEqual([
      {
        file: THIS_FILE,
        flow: 'Lint hook secret',
        path: 'Call',
        field: 'inputs.authentication.password',
        source: `${THIS_FILE}:${lineOf('marker: secret')}`,
        message: "'password' holds a literal credential [secret-literal]",
      },
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints warnings and builds', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await build({ root: ROOT, outDir: out(), flows: [{ file: THIS_FILE, flow: withWarnings }], projectComponents: false });
    expect(result.flows).toHaveLength(1);
    const printed = warn.mock.calls.map((c) => String(c[0]));
    expect(printed).toContain(
      `warning: ${THIS_FILE}: flow 'Lint hook warnings': action 'Call_once': inputs.retryPolicy: Http call 'Call_once' never retries (retryPolicy none): a transient failure fails it at once [external-call-no-retry] (at ${THIS_FILE}:${lineOf('marker: retry')})`,
    );
    expect(printed.every((p) => p.startsWith('warning: '))).toBe(true);
  });
});
