// `npx cosell deploy` as a process against the deployment double: exit codes, the COSELL_* variables, and the pac
// branch with a fake `pac` first on PATH (it records its arguments and imports through the double's Web API, as
// pac would through its own sign-in).
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOW_ORDER } from '../../src/deploy';
import { CLI, FULL_SETTINGS, ROOT, TOKEN, builtZips, startDouble, tempDir, writeSettings } from './helpers';

let zips: { unmanaged: string; managed: string };
beforeAll(async () => {
  zips = await builtZips();
}, 120_000);

const FAKE_PAC = `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
const get = (flag) => args[args.indexOf(flag) + 1];
const settings = args.includes('--settings-file') ? JSON.parse(fs.readFileSync(get('--settings-file'), 'utf8')) : null;
fs.writeFileSync(process.env.FAKE_PAC_LOG, JSON.stringify({ args, settings }));
if (process.env.FAKE_PAC_FAIL) {
  console.log('Connected as admin@contoso.onmicrosoft.com');
  console.error('Error: The user is not a member of the organization.');
  process.exit(1);
}
(async () => {
  const api = get('--environment') + '/api/data/v9.2/';
  const headers = { Authorization: 'Bearer ' + process.env.FAKE_PAC_TOKEN, 'Content-Type': 'application/json' };
  const action = args.includes('--stage-and-upgrade') ? 'StageAndUpgradeAsync' : 'ImportSolutionAsync';
  const body = { OverwriteUnmanagedCustomizations: false, PublishWorkflows: false, CustomizationFile: fs.readFileSync(get('--path')).toString('base64') };
  const started = await (await fetch(api + action, { method: 'POST', headers, body: JSON.stringify(body) })).json();
  console.log('Solution Importing...');
  for (;;) {
    const job = await (await fetch(api + 'asyncoperations(' + started.AsyncOperationId + ')', { headers })).json();
    if (job.statecode === 3) {
      if (job.statuscode !== 30) { console.error('Error: ' + job.message); process.exit(1); }
      break;
    }
  }
  console.log('Solution Imported successfully.');
})();
`;

function fakePac(): { dir: string; log: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'pac'), FAKE_PAC);
  chmodSync(join(dir, 'pac'), 0o755);
  return { dir, log: join(dir, 'pac-call.json') };
}

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI (asynchronously: the double answers from this process). */
function cosell(args: string[], env: Record<string, string>, pathPrefix?: string): Promise<Exit> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('COSELL_') && k !== 'GITHUB_ACTIONS'));
  const PATH = pathPrefix ? `${pathPrefix}:${process.env.PATH}` : (process.env.PATH ?? '');
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...base, PATH, ...env } as NodeJS.ProcessEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const tokens = { COSELL_ACCESS_TOKEN: TOKEN, COSELL_FLOW_ACCESS_TOKEN: TOKEN };

describe('cosell deploy (CLI)', () => {
  it('exits 0 after deploying through the Web API, reading the token from COSELL_ACCESS_TOKEN', async () => {
    const double = await startDouble();
    const settings = writeSettings(FULL_SETTINGS);
    const r = await cosell(
      ['deploy', '--environment', double.url, '--zip', zips.unmanaged, '--settings', settings, '--poll-interval', '0', '--flow-api-url', double.url],
      tokens,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[5/9] Import (ImportSolutionAsync)');
    expect(r.stdout).toContain('Result: deployed PartnerCenterReferralsSync 1.0.0.0; all 10 flows are on.');
    expect(double.activated()).toEqual([...FLOW_ORDER]);
  }, 60_000);

  it('exits 1 on a failed import, with the message, what to do, and every flow off', async () => {
    const double = await startDouble({ failImports: 'Import of the Workflow failed: the connector is not found.' });
    const r = await cosell(['deploy', '--environment', double.url, '--zip', zips.unmanaged, '--poll-interval', '0', '--no-pac'], tokens);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ the import failed: Import of the Workflow failed: the connector is not found.');
    expect(r.stdout).toContain('What to do next:');
    expect(r.stdout).toContain('0 of 10 on');
    expect(double.activationAttempts()).toEqual([]);
  }, 60_000);
});

describe('cosell deploy with pac on PATH', () => {
  it('imports with `pac solution import --settings-file` (without the empty entries), then turns the flows on through the Web API', async () => {
    const double = await startDouble();
    const pac = fakePac();
    const settings = writeSettings(FULL_SETTINGS);
    const r = await cosell(
      ['deploy', '--environment', double.url, '--zip', zips.unmanaged, '--settings', settings, '--poll-interval', '0', '--flow-api-url', double.url],
      { ...tokens, FAKE_PAC_LOG: pac.log, FAKE_PAC_TOKEN: TOKEN },
      pac.dir,
    );
    expect(r.code).toBe(0);
    const call = JSON.parse(readFileSync(pac.log, 'utf8')) as { args: string[]; settings: unknown };
    const settingsArg = call.args[call.args.indexOf('--settings-file') + 1]!;
    expect(call.args).toEqual(['solution', 'import', '--environment', double.url, '--path', zips.unmanaged, '--async', '--settings-file', settingsArg]);
    expect(settingsArg).not.toBe(settings); // a copy: the original has an empty Value
    expect(call.settings).toEqual({
      EnvironmentVariables: FULL_SETTINGS.EnvironmentVariables.filter((e) => e.Value),
      ConnectionReferences: FULL_SETTINGS.ConnectionReferences.map((c) => ({
        ...c,
        ConnectorId: c.ConnectorId || expect.stringMatching(/^\/providers\/Microsoft\.PowerApps\/apis\/shared_cosell-5fpartnercenter/),
      })),
    });
    expect(r.stdout).toContain('[5/9] Import with pac');
    expect(r.stdout).toContain('pac: Solution Imported successfully.');
    expect(double.importRequests().map((i) => i.action)).toEqual(['ImportSolutionAsync']);
    expect(double.activated()).toEqual([...FLOW_ORDER]);
    expect(r.stdout).toContain('cosell_Dataverse: bound (conn-dataverse)');
  }, 60_000);

  it('passes --stage-and-upgrade for a managed upgrade; a pac failure exits 1 with its output and what to do', async () => {
    const double = await startDouble();
    double.install({ uniqueName: 'PartnerCenterReferralsSync', version: '0.9', managed: true });
    const pac = fakePac();
    const ok = await cosell(
      ['deploy', '--environment', double.url, '--managed', '--zip', zips.managed, '--poll-interval', '0'],
      { ...tokens, FAKE_PAC_LOG: pac.log, FAKE_PAC_TOKEN: TOKEN },
      pac.dir,
    );
    const call = JSON.parse(readFileSync(pac.log, 'utf8')) as { args: string[] };
    expect(call.args).toEqual(['solution', 'import', '--environment', double.url, '--path', zips.managed, '--async', '--stage-and-upgrade']);
    expect(double.importRequests().map((i) => i.action)).toEqual(['StageAndUpgradeAsync']);
    expect(ok.stdout).toContain('missing connection: 3 connection reference(s)'); // no settings: nothing bound
    expect(ok.code).toBe(1);

    const failing = fakePac();
    const r = await cosell(
      ['deploy', '--environment', double.url, '--managed', '--zip', zips.managed, '--poll-interval', '0'],
      { ...tokens, FAKE_PAC_LOG: failing.log, FAKE_PAC_TOKEN: TOKEN, FAKE_PAC_FAIL: '1' },
      failing.dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pac: Error: The user is not a member of the organization.');
    expect(r.stdout).toContain('✗ pac solution import failed (exit code 1):');
    expect(r.stdout).toContain('pac auth create --environment <url>');
    expect(r.stdout).toContain('--no-pac');
  }, 90_000);

  it('--no-pac imports through the Web API even with pac on PATH', async () => {
    const double = await startDouble();
    const pac = fakePac();
    const r = await cosell(
      ['deploy', '--environment', double.url, '--zip', zips.unmanaged, '--settings', writeSettings(FULL_SETTINGS), '--no-pac', '--poll-interval', '0', '--flow-api-url', double.url],
      { ...tokens, FAKE_PAC_LOG: pac.log, FAKE_PAC_TOKEN: TOKEN },
      pac.dir,
    );
    expect(r.code).toBe(0);
    expect(existsSync(pac.log)).toBe(false);
    expect(r.stdout).toContain('[5/9] Import (ImportSolutionAsync)');
  }, 60_000);
});
