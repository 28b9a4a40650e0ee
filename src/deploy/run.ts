// `cosell deploy`: the steps in order, each with its progress lines. A failure before the import changes nothing;
// after it, the run stops where continuing would do harm (flows are never turned on with unset values), goes on
// where it cannot (a missing connection still lets the flows before it be turned on), and always ends with the
// state of every flow. The result's `ok` is the exit status.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAuth, type TokenSource } from './auth';
import { bindConnectionReferences, missingConnectionsError } from './connection-references';
import { setEnvironmentVariables } from './environment-variables';
import { type DeployError, asDeployError } from './errors';
import { FLOW_ORDER, RECEIVER_FLOW, REGISTRATION_FLOW, planFlowOrder } from './flow-order';
import { type FlowStatus, readFlowStates, turnFlowsOn } from './flows';
import { type ImportAction, type ImportPlan, installedSolution, planImport, runImport } from './import';
import { findPac, pacImportArgs, runPac } from './pac';
import { normalizeEnvironment, readSettings, readSolutionToDeploy } from './plan';
import { Progress, flowTable, printNext, type Print } from './report';
import { type CheckedSettings, pacSettings } from './settings-file';
import type { DeployableSolution, SolutionFlow } from './solution-zip';
import { FLOW_API_URL, portalTriggerUrlSteps, receiverTriggerUrl } from './trigger-url';
import { WebApi } from './web-api';

export interface DeployOptions {
  environment: string;
  settings?: string;
  managed?: boolean;
  zip?: string;
  /** Project root for the default zip (default: the working directory). */
  root?: string;
  auth?: string;
  tenantId?: string;
  clientId?: string;
  accessToken?: string;
  /** Import with pac when it is on PATH (default true; --no-pac sets false). */
  pac?: boolean;
  env?: NodeJS.ProcessEnv;
  print?: Print;
  pollIntervalMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The Power Automate API (default https://api.flow.microsoft.com). */
  flowApiUrl?: string;
}

export interface DeployResult {
  ok: boolean;
  /** Every flow, in turn-on order. */
  flows: FlowStatus[];
  failures: DeployError[];
  importedWith?: 'pac' | ImportAction;
  triggerUrl?: string;
}

const STEPS = 9;

export async function deploy(o: DeployOptions): Promise<DeployResult> {
  const print = o.print ?? ((line: string) => console.log(line));
  const env = o.env ?? process.env;
  const p = new Progress(print, STEPS);
  const failures: DeployError[] = [];
  const fail = (e: unknown, next: string[] = ['Fix the cause above and run deploy again.']) => {
    const err = asDeployError(e, next);
    p.failed(err);
    failures.push(err);
    return err;
  };
  let solution: DeployableSolution | undefined;
  let ordered: SolutionFlow[] = [];
  let api: WebApi | undefined;
  let changed = false;
  let statuses: FlowStatus[] | undefined;
  const result: Omit<DeployResult, 'ok' | 'flows' | 'failures'> = {};

  const finish = async (): Promise<DeployResult> => {
    const flows = statuses ?? (api && ordered.length ? await readFlowStates(api, ordered) : placeholders(ordered));
    print('');
    for (const line of flowTable(flows, changed ? undefined : 'nothing was changed in the environment')) print(line);
    print('');
    if (!failures.length) print(`Result: deployed ${solution!.uniqueName} ${solution!.version}; all ${flows.length} flows are on.`);
    else {
      print(`Result: FAILED (${failures.length} problem${failures.length > 1 ? 's' : ''}): ${failures.map((f) => f.message.split('\n')[0]).join(' | ')}`);
      printNext(print, [...new Set(failures.flatMap((f) => f.next))]);
    }
    return { ok: !failures.length, flows, failures, ...result };
  };

  // 1. The zip, validated as `cosell validate` does.
  p.start('Read the solution zip');
  try {
    solution = await readSolutionToDeploy(o.zip, o.root ?? process.cwd(), o.managed ?? false);
    const plan = planFlowOrder(solution.flows);
    ordered = plan.ordered;
    p.detail(solution.path);
    p.done(
      `${solution.uniqueName} ${solution.version} (${solution.managed ? 'managed' : 'unmanaged'}): ${solution.flows.length} flows, ${solution.connectionReferences.length} connection references, ${solution.environmentVariables.length} environment variables`,
    );
    if (plan.extra.length) p.warn(`flows the canonical order does not name, turned on last: ${plan.extra.map((f) => `"${f.name}"`).join(', ')}`);
    if (plan.absent.length) p.warn(`flows of the canonical order not in this zip: ${plan.absent.map((n) => `"${n}"`).join(', ')}`);
  } catch (e) {
    fail(e);
    return finish();
  }

  // 2. The settings file, against this zip.
  p.start('Read the settings file');
  let settings: CheckedSettings;
  try {
    settings = readSettings(o.settings, solution);
    if (!o.settings) {
      p.skipped('no --settings: no environment variable value is set, and every connection reference must already be bound');
    } else {
      for (const n of settings.notes) p.warn(n);
      if (settings.emptyValues.length) p.detail(`left empty, not set: ${settings.emptyValues.join(', ')}`);
      if (settings.emptyConnections.length) p.detail(`no ConnectionId, must already be bound: ${settings.emptyConnections.join(', ')}`);
      p.done(`${settings.file}: ${settings.values.length} value(s) to set, ${settings.connections.length} connection(s) to bind`);
    }
  } catch (e) {
    fail(e);
    return finish();
  }

  // 3. Sign-in (the token is fetched now, so a sign-in problem stops the run before any change).
  p.start('Sign in');
  let tokens: TokenSource;
  let environment: string;
  try {
    environment = normalizeEnvironment(o.environment);
    tokens = resolveAuth(environment, { auth: o.auth, tenantId: o.tenantId, clientId: o.clientId, accessToken: o.accessToken, env, print: (l) => p.detail(l) });
    p.detail(`${environment} with ${tokens.describe}`);
    await tokens.dataverse();
    api = new WebApi({ environment, token: () => tokens.dataverse() });
    p.done('signed in');
  } catch (e) {
    fail(e);
    return finish();
  }

  // 4. What is installed decides how to import.
  p.start('Check the environment');
  let importPlan: ImportPlan;
  try {
    importPlan = planImport(solution, await installedSolution(api, solution.uniqueName));
    p.done(importPlan.summary);
  } catch (e) {
    fail(e, [`Check that ${environment} is the environment URL and that the signed-in identity has a security role in it, then run deploy again.`]);
    return finish();
  }

  // 5. The import: pac when it is on PATH, the Web API otherwise.
  const pac = o.pac === false ? undefined : findPac(env);
  p.start(pac ? 'Import with pac' : `Import (${importPlan.action})`);
  try {
    changed = true;
    if (pac) {
      const settingsFile = pacSettingsFile(o.settings, settings, solution, (l) => p.detail(l));
      const args = pacImportArgs({ environment, zip: solution.path, ...(settingsFile ? { settingsFile } : {}), stageAndUpgrade: importPlan.action === 'StageAndUpgradeAsync' });
      p.detail(`${pac} ${args.join(' ')}`);
      await runPac(pac, args, (l) => p.detail(l), env);
      result.importedWith = 'pac';
    } else {
      await runImport(api, solution, importPlan, {
        intervalMs: o.pollIntervalMs ?? 5000,
        timeoutMs: o.timeoutMs ?? 60 * 60_000,
        sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        onStatus: (s) => p.detail(`import ${s}`),
      });
      result.importedWith = importPlan.action;
    }
    p.done(`${solution.uniqueName} ${solution.version} imported`);
  } catch (e) {
    fail(e);
    return finish();
  }

  // 6. Values before any flow is turned on: a flow reads them when it is turned on.
  p.start('Set environment variable values');
  let changedValues: string[] = [];
  if (!settings.values.length) p.skipped(o.settings ? 'the settings file sets no value' : 'no settings file');
  else {
    try {
      const results = await setEnvironmentVariables(api, settings.values, (r) => p.detail(`${r.schemaName}: ${r.outcome}`));
      changedValues = results.filter((r) => r.outcome !== 'unchanged').map((r) => r.schemaName);
      p.done(`${results.length} value(s) set (${changedValues.length} changed)`);
    } catch (e) {
      fail(e);
      return finish();
    }
  }

  // 7. Connection references: a missing connection is reported, and the flows that do not need it still go on.
  p.start('Bind connection references');
  try {
    const refs = await bindConnectionReferences(api, solution.connectionReferences, settings.connections, (r) =>
      p.detail(`${r.logicalName}: ${r.outcome}${r.connectionId ? ` (${r.connectionId})` : ''}`),
    );
    const missing = refs.filter((r) => r.outcome === 'missing');
    if (missing.length) fail(missingConnectionsError(missing, settings.file));
    else p.done(`${refs.length} connection reference(s) bound`);
  } catch (e) {
    fail(e);
    return finish();
  }

  // 8. Flows on, children first; stops at the first refusal.
  p.start('Turn the flows on');
  const activation = await turnFlowsOn(api, ordered, (s, i) =>
    p.detail(`${String(i + 1).padStart(2)}. ${s.name}: ${s.change === 'failed' ? 'FAILED' : s.change ?? s.state}`),
  );
  statuses = activation.statuses;
  if (activation.failure) fail(activation.failure);
  else p.done(`${statuses.length} flows on`);
  if (changedValues.length && statuses.some((s) => s.change === 'already on')) {
    p.warn(
      `flows that were already on still use the values they had when turned on (${changedValues.join(', ')} changed): turn them off and on in the portal to use the new values`,
    );
  }

  // 9. The receiver's URL and the webhook registration.
  p.start('Webhook receiver URL and next step');
  const receiver = ordered.find((f) => f.name === RECEIVER_FLOW);
  const registration = ordered.find((f) => f.name === REGISTRATION_FLOW);
  const isOn = (f?: SolutionFlow) => !!f && statuses!.some((s) => s.id === f.id && s.state === 'on');
  if (!receiver || !registration) p.skipped(`the zip has no "${RECEIVER_FLOW}" or "${REGISTRATION_FLOW}" flow`);
  else if (!isOn(receiver) || !isOn(registration)) p.skipped(`"${RECEIVER_FLOW}" and "${REGISTRATION_FLOW}" must both be on first (see above)`);
  else {
    const url = await receiverTriggerUrl(api, receiver, { flowApiUrl: o.flowApiUrl ?? env.COSELL_FLOW_API_URL ?? FLOW_API_URL, flowToken: () => tokens.flow() });
    if (url.url) {
      result.triggerUrl = url.url;
      if (env.GITHUB_ACTIONS === 'true') print(`::add-mask::${url.url}`);
      p.detail(`"${RECEIVER_FLOW}" HTTP POST URL (a secret: anyone holding it can call the flow):`);
      p.detail(`  ${url.url}`);
    } else {
      p.warn(`the URL could not be read: ${url.reason}`);
      // The solution's id, for a direct link (a first install has one only now).
      const installed = await installedSolution(api, solution.uniqueName).catch(() => undefined);
      for (const s of portalTriggerUrlSteps(RECEIVER_FLOW, solution.displayName, url.environmentId, receiver.id, installed?.solutionid)) p.detail(s);
    }
    p.detail(`Next step: run "${REGISTRATION_FLOW}" once with ${url.url ? 'that URL' : 'the receiver\'s URL'}:`);
    p.detail(
      `  make.powerautomate.com → Solutions → ${solution.displayName} → Cloud flows → "${REGISTRATION_FLOW}" → Run: HTTP trigger endpoint = the URL; leave "Events to register" empty (all four events); "Overwrite the existing trigger endpoint if any?" = No (Yes only to take events over from another URL).`,
    );
    p.done(url.url ? 'trigger URL read' : 'trigger URL: copy it from the portal');
  }
  return finish();
}

/** Flows whose state was not read (the run stopped before signing in). */
function placeholders(ordered: readonly SolutionFlow[]): FlowStatus[] {
  if (ordered.length) return ordered.map((f) => ({ id: f.id, name: f.name, state: 'unknown' }));
  return FLOW_ORDER.map((name) => ({ id: '', name, state: 'unknown' }));
}

/** pac refuses empty Values: it gets a copy of the settings without them (or the file itself when it has none). */
function pacSettingsFile(file: string | undefined, s: CheckedSettings, solution: DeployableSolution, note: (l: string) => void): string | undefined {
  if (!file) return undefined;
  if (!s.emptyValues.length && !s.emptyConnections.length) return file;
  const copy = join(mkdtempSync(join(tmpdir(), 'cosell-deploy-')), 'deploymentSettings.json');
  writeFileSync(copy, `${JSON.stringify(pacSettings(s, solution), null, 2)}\n`);
  note(`pac gets ${copy}: the settings without their empty entries (an empty Value fails a pac import)`);
  return copy;
}

