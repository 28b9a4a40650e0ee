// Shared set-up for the deploy tests: the project's zips built once per file into a temp dir, a started
// deployment double (stopped after each test), settings files, and `deploy` run in-process with its output kept.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { build } from '../../src/compile/build';
import { type DeployOptions, type DeployResult, deploy } from '../../src/deploy';
import { DeploymentDouble, type DeploymentDoubleOptions } from '../../src/sim/dataverse/deployment';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'scripts', 'cosell.mjs');
export const TOKEN = 'test-token';

let zips: Promise<{ unmanaged: string; managed: string }> | undefined;

/** `cosell build`'s two zips of the project, built once per test file. */
export function builtZips(): Promise<{ unmanaged: string; managed: string }> {
  zips ??= build({ root: ROOT, outDir: mkdtempSync(join(tmpdir(), 'cosell-deploy-build-')), lint: false }).then((r) => r.zips);
  return zips;
}

const started: DeploymentDouble[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((d) => d.stop()));
});

export async function startDouble(o: DeploymentDoubleOptions = {}): Promise<DeploymentDouble> {
  const double = new DeploymentDouble({ token: TOKEN, pollsBeforeDone: 2, ...o });
  await double.start();
  started.push(double);
  return double;
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'cosell-deploy-test-'));

/** Writes a settings file (an object, or text as is) and returns its path. */
export function writeSettings(content: unknown, dir = tempDir()): string {
  const file = join(dir, 'deploymentSettings.json');
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return file;
}

/** Every connection reference of the solution bound, and two values set. */
export const FULL_SETTINGS = {
  EnvironmentVariables: [
    { SchemaName: 'cosell_showcheckmark', Value: 'no' },
    { SchemaName: 'cosell_dealvaluecolumn', Value: 'cosell_dealvalue' },
    { SchemaName: 'cosell_syncuserid', Value: '' },
  ],
  ConnectionReferences: [
    { LogicalName: 'cosell_Dataverse', ConnectionId: 'conn-dataverse', ConnectorId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps' },
    { LogicalName: 'cosell_PartnerCenterEvents', ConnectionId: 'conn-events', ConnectorId: '' },
    { LogicalName: 'cosell_PartnerCenterReferrals', ConnectionId: 'conn-referrals', ConnectorId: '' },
  ],
};

export interface Run extends DeployResult {
  output: string;
}

/** `deploy` against the double, printing into `output`; no real sleeping, the double's flow API, no pac. */
export async function deployTo(double: DeploymentDouble, o: Partial<DeployOptions> = {}): Promise<Run> {
  const lines: string[] = [];
  const result = await deploy({
    environment: double.url,
    accessToken: TOKEN,
    pac: false,
    pollIntervalMs: 1000,
    sleep: async () => {},
    flowApiUrl: double.url,
    env: { COSELL_FLOW_ACCESS_TOKEN: TOKEN },
    print: (l) => lines.push(l),
    ...o,
  });
  return { ...result, output: lines.join('\n') };
}

/** Workflow ids the double saw PATCHed, in order. */
export const patchedWorkflows = (double: DeploymentDouble) =>
  double.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/workflows(')).map((r) => /workflows\(([^)]+)\)/.exec(r.path)![1]);
