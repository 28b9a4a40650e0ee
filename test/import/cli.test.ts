// `cosell import` end to end: a workflow JSON file in, flow modules, the solution.yaml fragment and the report out.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dataverseFlow, project } from './fixtures';
import { ROOT, exportOf, scratch, typeErrors } from './support';

const run = promisify(execFile);
const cosell = (...args: string[]) =>
  run(process.execPath, [path.join(ROOT, 'scripts', 'cosell.mjs'), ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('cosell import', () => {
  const dir = scratch('cli');
  afterAll(() => void (process.env.KEEP_GENERATED === '1' || rmSync(dir, { recursive: true, force: true })));
  const exported = exportOf(dataverseFlow, project, [dataverseFlow]);
  const input = path.join(dir, `ImportTestDataverse-${exported.id!.toUpperCase()}.json`);
  writeFileSync(input, JSON.stringify(exported.clientdata, null, 2));

  it('writes the flow module, solution.yaml fragment and report, after verifying the round trip', async () => {
    const out = path.join(dir, 'out');
    const r = await cosell('import', input, '--out', out, '--name', 'Import test | Dataverse');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['IMPORT-REPORT.md', 'import-test-dataverse.flow.ts', 'solution.fragment.yaml']);
    expect(r.stdout).toContain('import-test-dataverse.flow.ts: round-trips exactly (after normalisation); 0 raw, 0 with extra');
    const yaml = readFileSync(path.join(out, 'solution.fragment.yaml'), 'utf8');
    expect(yaml).toContain('schemaName: demo_ratio');
    expect(yaml).toContain('connector: shared_commondataserviceforapps');
    expect(readFileSync(path.join(out, 'IMPORT-REPORT.md'), 'utf8')).toContain(
      '| Import test \\| Dataverse | `import-test-dataverse.flow.ts` | exact | 0 | 0 |',
    );
    expect(readFileSync(path.join(out, 'import-test-dataverse.flow.ts'), 'utf8')).toContain(
      "export default flow('Import test | Dataverse',",
    );
    expect(existsSync(path.join(out, '.cosell-import-verify'))).toBe(false);
    expect(typeErrors(out)).toEqual([]);
  }, 120_000);

  it('--no-verify skips the rebuild; a missing source is an error', async () => {
    const out = path.join(dir, 'unverified');
    const r = await cosell('import', input, '--out', out, '--no-verify');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('import-test-dataverse.flow.ts: not verified');
    const missing = await cosell('import', path.join(dir, 'nothing-here.zip'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file or folder');
  }, 120_000);
});
