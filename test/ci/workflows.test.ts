// .github/workflows/ci.yml and release.yml: parsed and schema-checked by GitHub's own parser
// (@actions/workflow-parser), official actions only at a major version, least-privilege permissions, and the steps
// run the project's real commands: every `npx cosell <command>` and its flags are read back from the CLI's --help.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSolutionConfig } from '../../src/solution/config';
import { zipFileName } from '../../src/solution/names';

type WorkflowParser = typeof import('@actions/workflow-parser');

const root = resolve(import.meta.dirname, '..', '..');
const workflowsDir = join(root, '.github', 'workflows');
const cli = join(root, 'scripts', 'cosell.mjs');
/** Action owners allowed in `uses:`: GitHub's official actions only. */
const ALLOWED_OWNERS = ['actions'];

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const FILES = ['ci.yml', 'release.yml'] as const;
const text = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));
const job = (w: Workflow, id: string) => w.jobs[id] ?? expect.fail(`no job ${id}`);

// The parser's dist imports its schema JSON without an import attribute, which Node's ESM loader refuses and
// vitest leaves to Node (node_modules is external). tsx's loader (a dependency: it runs the CLI) accepts it.
let parser: WorkflowParser;
async function errorsOf(name: string, content: string): Promise<string[]> {
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  if (result.value) await parser.convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((e) => e.message);
}

// The CLI's own --help, read once for all tests: `cosell --help` and `cosell <command> --help` for each command the
// workflows call (spawned in parallel: each start of the tsx CLI takes seconds).
const run = promisify(execFile);
const cliHelp = new Map<string, string>();
async function readCliHelp(commands: string[]): Promise<void> {
  const args = [[], ...commands.map((c) => [c])];
  // A command the CLI does not know exits non-zero: its help stays empty and the test names the workflow line.
  const help = (a: string[]) => run(process.execPath, [cli, ...a, '--help'], { cwd: root, encoding: 'utf8' }).catch(() => ({ stdout: '' }));
  const outputs = await Promise.all(args.map(help));
  args.forEach((a, i) => cliHelp.set(a.join(' '), outputs[i]!.stdout));
}

/** Commands the CLI registers, read from `cosell --help` (its "Commands:" section). */
function cliCommands(): string[] {
  const section = (cliHelp.get('') ?? '').split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** Long options a command accepts, read from `cosell <command> --help`. */
function cliOptions(command: string): Set<string> {
  return new Set([...(cliHelp.get(command) ?? '').matchAll(/(--[a-z][\w-]*)/g)].map((m) => m[1]!));
}

interface CosellCall {
  command: string;
  flags: string[];
  line: string;
}

/** Each `npx cosell <command> <args>` in a text, args up to the end of the shell command or code span. */
function callsIn(text: string): CosellCall[] {
  return [...text.matchAll(/npx cosell ([a-z][\w-]*)([^;&|)`\n]*)/g)].map((m) => ({
    command: m[1]!,
    flags: [...m[2]!.matchAll(/(?:^|[\s[])(--[a-z][\w-]*)/g)].map((f) => f[1]!),
    line: m[0],
  }));
}
const cosellCalls = (w: Workflow): CosellCall[] => runs(w).flatMap(callsIn);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const readmeYaml = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

beforeAll(async () => {
  parser = (await tsImport('@actions/workflow-parser', import.meta.url)) as WorkflowParser;
  const calls = [...FILES.flatMap((f) => cosellCalls(workflow(f))), ...callsIn(readme)];
  await readCliHelp([...new Set(calls.map((c) => c.command))]);
}, 120_000);

describe.each(FILES)('%s', (file) => {
  it('parses with GitHub’s workflow parser, without a schema or expression error', async () => {
    expect(await errorsOf(file, text(file))).toEqual([]);
  });

  it('uses only official actions, pinned to a major version', () => {
    const uses = steps(workflow(file)).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      const [, owner] = /^([^/]+)\/[^@]+@(.+)$/.exec(u) ?? [];
      expect(ALLOWED_OWNERS, u).toContain(owner);
      expect(u, 'a major version tag such as @v5').toMatch(/@v\d+$/);
    }
  });

  it('sets workflow and job permissions explicitly, never write-all', () => {
    const w = workflow(file);
    expect(typeof w.permissions).toBe('object');
    for (const [id, j] of Object.entries(w.jobs)) expect(typeof j.permissions, `job ${id}`).toBe('object');
    expect(text(file)).not.toMatch(/write-all|read-all/);
  });

  it('installs with npm ci on Node 20 with the npm cache, and runs only npm scripts that exist', () => {
    const w = workflow(file);
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const s of steps(w).filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
      expect(s.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    }
    for (const j of Object.values(w.jobs)) expect(j.steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
    const npmRuns = runs(w).flatMap((r) => [...r.matchAll(/npm (?:run ([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]!));
    for (const name of npmRuns) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });

  it('calls only cosell commands and options the CLI registers', () => {
    const calls = cosellCalls(workflow(file));
    expect(calls.length).toBeGreaterThan(0);
    const commands = cliCommands();
    expect(commands).toEqual(expect.arrayContaining(['build', 'validate', 'settings', 'lint', 'diff']));
    for (const { command, flags, line } of calls) {
      expect(commands, line).toContain(command);
      const options = cliOptions(command);
      for (const flag of flags) expect([...options], `${flag} in: ${line}`).toContain(flag);
    }
  });

  it('makes the browser test run: Chromium at the path the test drives', () => {
    const browserTest = readFileSync(join(root, 'test', 'sim', 'report', 'browser.test.ts'), 'utf8');
    const [, chromium] = /const CHROMIUM = '([^']+)'/.exec(browserTest) ?? [];
    expect(chromium).toBeTruthy();
    const w = workflow(file);
    for (const [id, j] of Object.entries(w.jobs)) {
      const test = j.steps.findIndex((s) => s.run?.trim() === 'npm test');
      if (test < 0) continue;
      const setup = j.steps.findIndex((s) => s.run?.includes(`${chromium} --version`));
      expect(setup, `job ${id}: a step checking ${chromium} before npm test`).toBeGreaterThanOrEqual(0);
      expect(setup).toBeLessThan(test);
    }
  });
});

describe('ci.yml', () => {
  const w = workflow('ci.yml');

  it('runs on pull requests', () => {
    expect(Object.keys(w.on)).toContain('pull_request');
  });

  it('grants contents: read, and pull-requests: write only to the job that comments', () => {
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(job(w, 'check').permissions).toEqual({ contents: 'read' });
    expect(job(w, 'diff').permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('installs, tests, builds, validates both zips and lints, in that order', () => {
    const script = job(w, 'check').steps.map((s) => s.run ?? '').join('\n');
    const order = ['npm ci', 'npm test', 'npm run build', 'npx cosell validate', 'npx cosell lint'];
    const at = order.map((c) => script.indexOf(c));
    for (const [i, c] of order.entries()) expect(at[i], c).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(script).toContain('dist/PartnerCenterReferralsSync_*.zip');
  });

  it('diffs against the PR base with full history, uploads the diff and posts it with github-script', () => {
    const diff = job(w, 'diff');
    expect(diff.if).toContain("github.event_name == 'pull_request'");
    const checkout = diff.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const run = diff.steps.find((s) => s.id === 'diff');
    expect(run?.env?.BASE_SHA).toBe('${{ github.event.pull_request.base.sha }}');
    expect(run?.run).toContain('npx cosell diff "$BASE_SHA" --out cosell-diff.md --exit-code');
    const upload = diff.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'cosell-diff', path: 'cosell-diff.md' });
    const comment = diff.steps.find((s) => s.uses?.startsWith('actions/github-script@'));
    const script = String(comment?.with?.script);
    const [, module] = /\.github\/scripts\/([\w-]+\.mjs)/.exec(script) ?? [];
    expect(existsSync(join(root, '.github', 'scripts', module!))).toBe(true);
    expect(script).toContain('postDiff({ github, context, core');
    expect(script).toContain("file: 'cosell-diff.md'");
  });

  it("maps cosell diff's exit code: 0 no changes, 1 changes, anything else fails the step", () => {
    const script = job(w, 'diff').steps.find((s) => s.id === 'diff')!.run!;
    const dir = mkdtempSync(join(tmpdir(), 'cosell-ci-diff-'));
    try {
      // A stand-in npx that exits with $STATUS, so the step's own shell logic is what runs.
      writeFileSync(join(dir, 'npx'), '#!/usr/bin/env bash\nexit "$STATUS"\n');
      chmodSync(join(dir, 'npx'), 0o755);
      const step = (status: number) => {
        const output = join(dir, `out-${status}`);
        writeFileSync(output, '');
        const r = spawnSync('bash', ['-e', '-c', script], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, STATUS: String(status), BASE_SHA: 'abc', GITHUB_OUTPUT: output },
        });
        return { status: r.status, output: readFileSync(output, 'utf8') };
      };
      expect(step(0)).toEqual({ status: 0, output: 'changed=false\n' });
      expect(step(1)).toEqual({ status: 0, output: 'changed=true\n' });
      expect(step(2)).toEqual({ status: 2, output: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('release.yml', () => {
  const w = workflow('release.yml');
  const release = job(w, 'release');
  const script = release.steps.map((s) => s.run ?? '').join('\n');

  it('runs on v* tags only', () => {
    expect(w.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('grants contents: write and nothing else', () => {
    expect(w.permissions).toEqual({ contents: 'write' });
    expect(release.permissions).toEqual({ contents: 'write' });
  });

  it('builds, validates both zips, writes the settings template and attaches all four files with gh', () => {
    for (const c of ['npm ci', 'npm run build', 'npx cosell validate "$ZIP"', 'npx cosell validate "$MANAGED"', 'npx cosell settings --out dist/deploymentSettings.json', 'gh release create', 'gh release upload']) {
      expect(script, c).toContain(c);
    }
    const publish = release.steps.find((s) => s.run?.includes('gh release create'))!;
    expect(publish.env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(publish.run).toContain('assets=("$ZIP" "$MANAGED" dist/deploymentSettings.json docs/field-mapping.md)');
  });

  describe('the tag check', () => {
    const check = release.steps.find((s) => s.id === 'version')!;
    const { solution } = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
    const run = (tag: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'cosell-release-'));
      try {
        const output = join(dir, 'output');
        writeFileSync(output, '');
        const r = spawnSync('bash', ['-e', '-c', check.run!], { cwd: root, encoding: 'utf8', env: { ...process.env, TAG: tag, GITHUB_OUTPUT: output } });
        return { status: r.status, stdout: r.stdout, output: readFileSync(output, 'utf8') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it("passes the tag v<solution.yaml's version> and names the zips the build writes", () => {
      expect(check.env?.TAG).toBe('${{ github.ref_name }}');
      const r = run(`v${solution.version}`);
      expect(r.status).toBe(0);
      expect(r.output).toBe(
        `version=${solution.version}\n` +
          `zip=dist/${zipFileName(solution.uniqueName, solution.version, false)}\n` +
          `managed=dist/${zipFileName(solution.uniqueName, solution.version, true)}\n`,
      );
    });

    it('fails with a clear message on another version', () => {
      const r = run('v999.0.0.1');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`::error file=solution-template/solution.yaml::tag v999.0.0.1 does not match solution.version ${solution.version}`);
      expect(r.output).toBe('');
    });
  });
});

describe('README.md', () => {
  it('keeps the two commands a newcomer runs first', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe(
      '# cosell-sync\n\n```sh\nnpm ci && npm run build   # type-checks, compiles every flow, writes dist/\n' +
        'npm test                  # unit, golden, fidelity and negative tests (vitest)\n```',
    );
  });

  it('has a section for each path: admin (portal), admin (CLI deploy), developer', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(
      expect.arrayContaining(['Admin: install in the portal', 'Admin: deploy from the command line', 'Developer: edit → simulate → diff → PR']),
    );
  });

  it('shows a deployment workflow that parses and uses only official actions', async () => {
    expect(readmeYaml.length).toBeGreaterThan(0);
    for (const [i, yaml] of readmeYaml.entries()) {
      expect(await errorsOf(`README-${i}.yml`, yaml)).toEqual([]);
      const w = parse(yaml) as Workflow;
      for (const s of steps(w).filter((s) => s.uses)) expect(ALLOWED_OWNERS).toContain(s.uses!.split('/')[0]);
      expect(typeof w.permissions).toBe('object');
    }
  });

  it('names only cosell commands and options the CLI registers', () => {
    const calls = callsIn(readme);
    const commands = cliCommands();
    expect(new Set(calls.map((c) => c.command))).toEqual(new Set(['build', 'validate', 'settings', 'eval', 'lint', 'diff', 'graph', 'import', 'simulate', 'deploy']));
    for (const { command, flags, line } of calls) {
      expect(commands, line).toContain(command);
      for (const flag of flags) expect([...cliOptions(command)], `${flag} in README: ${line}`).toContain(flag);
    }
  });
});

describe('the parser as a validator', () => {
  it('reports broken workflows: an unknown trigger, a job without runs-on, a misspelt key, a bad expression', async () => {
    const broken = [
      'on: pull_requestt',
      'jobs:',
      '  build:',
      '    steps:',
      '      - run: echo ${{ github.event.pull_request.number ||| 1 }}',
      '      - uses: actions/checkout@v5',
      '        whith:',
      '          fetch-depth: 0',
    ].join('\n');
    const errors = await errorsOf('broken.yml', broken);
    expect(errors.join('\n')).toMatch(/pull_requestt/);
    expect(errors.join('\n')).toMatch(/runs-on/);
    expect(errors.join('\n')).toMatch(/whith/);
    expect(errors.join('\n')).toMatch(/Unexpected symbol: '\|'/);
    expect(errors.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a permission level that does not exist', async () => {
    const errors = await errorsOf('perm.yml', ['on: push', 'permissions:', '  contents: writ', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: true'].join('\n'));
    expect(errors.join('\n')).toMatch(/writ/);
  });
});
