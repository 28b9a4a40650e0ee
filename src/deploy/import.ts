// The import through the Web API: what is installed decides the action (a managed zip over an older managed
// install is staged and upgraded, StageAndUpgradeAsync; anything else is ImportSolutionAsync), then the system job
// is polled until it completes (asyncoperation statecode 3: statuscode 30 Succeeded, 31 Failed, 32 Canceled).
// PublishWorkflows is false: flows are turned on afterwards, children first, which import cannot do.
// OverwriteUnmanagedCustomizations is false: an admin's edits of "[Customize] …" survive upgrades.
import { randomUUID } from 'node:crypto';
import { DeployError } from './errors';
import type { DeployableSolution } from './solution-zip';
import { WebApiFailure, type WebApi, odataString } from './web-api';

export interface InstalledSolution {
  solutionid: string;
  uniquename: string;
  version: string;
  ismanaged: boolean;
  friendlyname?: string;
}

export type ImportAction = 'ImportSolutionAsync' | 'StageAndUpgradeAsync';

export interface ImportPlan {
  action: ImportAction;
  installed?: InstalledSolution;
  /** One line for the progress output. */
  summary: string;
}

export interface PollOptions {
  /** Between two polls (default 5 s). */
  intervalMs: number;
  /** Give up after (default 60 min). */
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Called when the job's status changes. */
  onStatus: (status: string) => void;
}

const compareVersions = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
};

export async function installedSolution(api: WebApi, uniqueName: string): Promise<InstalledSolution | undefined> {
  const rows = await api.list<InstalledSolution>(
    `solutions?$select=solutionid,uniquename,friendlyname,version,ismanaged&$filter=uniquename eq ${odataString(uniqueName)}`,
  );
  return rows[0];
}

/** Chooses the action; refuses what Dataverse would refuse, before anything is sent. */
export function planImport(solution: DeployableSolution, installed: InstalledSolution | undefined): ImportPlan {
  const kind = solution.managed ? 'managed' : 'unmanaged';
  if (!installed) {
    return { action: 'ImportSolutionAsync', summary: `not installed yet: new ${kind} install of ${solution.version}` };
  }
  const was = `${installed.ismanaged ? 'managed' : 'unmanaged'} ${installed.version}`;
  if (installed.ismanaged !== solution.managed) {
    throw new DeployError(
      `${solution.uniqueName} is installed as ${installed.ismanaged ? 'a managed' : 'an unmanaged'} solution (${installed.version}); Dataverse does not replace it with ${solution.managed ? 'a managed' : 'an unmanaged'} zip`,
      installed.ismanaged
        ? ['Deploy the managed zip (--managed): a managed install is only upgraded by managed zips.']
        : [
            'Deploy the unmanaged zip (leave out --managed), as this environment has it, or',
            `delete the unmanaged solution in make.powerapps.com → Solutions (its components stay), then deploy --managed.`,
          ],
    );
  }
  const order = compareVersions(solution.version, installed.version);
  if (solution.managed && order < 0) {
    throw new DeployError(`the zip's version ${solution.version} is lower than the installed ${installed.version}: Dataverse refuses a managed downgrade`, [
      'Raise solution.version in solution-template/solution.yaml above the installed version, rebuild (`npx cosell build`) and deploy again.',
    ]);
  }
  if (solution.managed && order > 0) {
    return { action: 'StageAndUpgradeAsync', installed, summary: `installed (${was}): upgrade to ${solution.version} (stage and upgrade)` };
  }
  return {
    action: 'ImportSolutionAsync',
    installed,
    summary: `installed (${was}): ${order === 0 ? 'the same version is imported again as an update' : `update to ${solution.version}`}`,
  };
}

const STATUS: Record<number, string> = {
  0: 'waiting for resources',
  10: 'waiting',
  20: 'in progress',
  21: 'pausing',
  22: 'canceling',
  30: 'succeeded',
  31: 'failed',
  32: 'canceled',
};

interface AsyncOperation {
  statecode: number;
  statuscode: number;
  message?: string | null;
  friendlymessage?: string | null;
}

/** Posts the import and waits for its job; throws a DeployError saying what to do when it does not succeed. */
export async function runImport(api: WebApi, solution: DeployableSolution, plan: ImportPlan, poll: PollOptions): Promise<{ asyncOperationId: string; importJobId: string }> {
  const importJobId = randomUUID();
  const body = {
    OverwriteUnmanagedCustomizations: false,
    PublishWorkflows: false,
    CustomizationFile: solution.bytes.toString('base64'),
    ImportJobId: importJobId,
  };
  let response: { AsyncOperationId?: string; ImportJobKey?: string };
  try {
    response = await api.post(plan.action, body);
  } catch (e) {
    throw importRefused(e, plan.action);
  }
  const asyncOperationId = response.AsyncOperationId;
  if (!asyncOperationId) {
    throw new DeployError(`${plan.action} answered without an AsyncOperationId`, ['Check the import in make.powerapps.com → Solutions → See history, then run deploy again.']);
  }
  const started = Date.now();
  let last = '';
  let waited = 0;
  for (;;) {
    const job = await api.get<AsyncOperation>(`asyncoperations(${asyncOperationId})?$select=statecode,statuscode,message,friendlymessage`);
    const status = STATUS[job.statuscode] ?? `status ${job.statuscode}`;
    // Every change, and every 30 s of the same status, so a long import still shows progress.
    if (status !== last) poll.onStatus(status);
    else if (Math.floor(waited / 30_000) > Math.floor((waited - poll.intervalMs) / 30_000)) poll.onStatus(`${status} (${Math.round(waited / 1000)} s)`);
    last = status;
    if (job.statecode === 3) {
      if (job.statuscode === 30) return { asyncOperationId, importJobId };
      const detail = [job.friendlymessage, job.message].filter((m, i, all): m is string => !!m && all.indexOf(m) === i).join(' | ');
      throw new DeployError(
        `the import ${status}${detail ? `: ${detail}` : ''}`,
        [
          `See the import's log in make.powerapps.com → Solutions → See history (import job ${importJobId}, system job ${asyncOperationId}).`,
          'Nothing was turned on. Fix the cause above (a missing dependency is installed first; a component error is fixed in flows-src/ or solution-template/ and rebuilt), then run deploy again.',
        ],
      );
    }
    if (waited >= poll.timeoutMs || Date.now() - started > poll.timeoutMs + 60_000) {
      throw new DeployError(`the import is still ${status} after ${Math.round(poll.timeoutMs / 60_000)} min`, [
        `It may still finish: watch system job ${asyncOperationId} in make.powerapps.com → Solutions → See history, then run deploy again (it continues from the installed solution).`,
      ]);
    }
    await poll.sleep(poll.intervalMs);
    waited += poll.intervalMs;
  }
}

function importRefused(e: unknown, action: ImportAction): DeployError {
  if (!(e instanceof WebApiFailure)) return new DeployError(`${action} failed: ${(e as Error).message}`, ['Run deploy again; if it keeps failing, import the zip in make.powerapps.com → Solutions → Import to see the error.']);
  const next =
    e.status === 401 || e.status === 403
      ? ['The signed-in identity may not import solutions: give it the System Administrator or System Customizer role in the environment.']
      : ['Import the zip in make.powerapps.com → Solutions → Import to see the error in full, fix it, and run deploy again.'];
  return new DeployError(`${action} was refused: ${e.detail}`, next);
}
