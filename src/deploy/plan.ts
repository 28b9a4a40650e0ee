// Everything checked before the environment is changed: the environment URL, the zip (default: dist/'s zip of
// solution.yaml's version), the settings file against that zip, and the sign-in. A problem here changes nothing.
import { join, resolve } from 'node:path';
import { ConfigError, loadSolutionConfig } from '../solution/config';
import { zipFileName } from '../solution/names';
import { DeployError } from './errors';
import { type CheckedSettings, noSettings, readSettingsFile } from './settings-file';
import { type DeployableSolution, readDeployableSolution } from './solution-zip';

/** `https://contoso.crm.dynamics.com` from what the admin typed (a trailing slash or /api/data/… is dropped). */
export function normalizeEnvironment(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new DeployError(`--environment '${input}' is not a URL`, [
      'Pass the environment URL, e.g. --environment https://contoso.crm.dynamics.com (Power Platform admin center → Environments → the environment → Environment URL).',
    ]);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new DeployError(`--environment must be an https URL (got ${url.protocol}//${url.host})`, [
      'Pass the environment URL, e.g. --environment https://contoso.crm.dynamics.com.',
    ]);
  }
  return url.origin;
}

/** The zip to deploy: --zip, or dist/<UniqueName>_<version>[_managed].zip of solution-template/solution.yaml. */
export function defaultZip(root: string, managed: boolean): string {
  const file = join(root, 'solution-template', 'solution.yaml');
  try {
    const { solution } = loadSolutionConfig(file);
    return join(root, 'dist', zipFileName(solution.uniqueName, solution.version, managed));
  } catch (e) {
    if (!(e instanceof ConfigError) && !(e as NodeJS.ErrnoException).code) throw e;
    throw new DeployError(`cannot tell which zip to deploy: ${(e as Error).message}`, [
      'Pass the zip with --zip <path>, or run deploy from the project root (--root).',
    ]);
  }
}

export async function readSolutionToDeploy(zip: string | undefined, root: string, managed: boolean): Promise<DeployableSolution> {
  const path = resolve(zip ?? defaultZip(root, managed));
  const solution = await readDeployableSolution(path);
  if (managed && !solution.managed) {
    throw new DeployError(`--managed was given but ${path} is an unmanaged zip (solution.xml <Managed>0</Managed>)`, [
      'Pass the _managed.zip that `npx cosell build` writes, or leave out --managed to deploy the unmanaged one.',
    ]);
  }
  if (!solution.flows.length) {
    throw new DeployError(`${path} has no cloud flows`, ['Deploy the zip `npx cosell build` wrote for this project.']);
  }
  return solution;
}

export function readSettings(file: string | undefined, solution: DeployableSolution): CheckedSettings {
  return file ? readSettingsFile(resolve(file), solution) : noSettings();
}
