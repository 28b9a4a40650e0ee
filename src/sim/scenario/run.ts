// Runs one scenario: the world, the setup, each step followed by settling (every triggered run completes and
// pending webhooks are delivered), then the expectations. Logs and counts cover the steps, not the setup.
import type { RunRecord } from '../contracts';
import type { MeterSnapshot } from '../runtime';
import { checkExpectations } from './expect';
import { type FlowSet, selectFlows } from './flows';
import type { Mismatch } from './match';
import { baseline, observe } from './observe';
import { Refs } from './refs';
import { SetupError, registerWebhook, seed } from './setup';
import { executeStep } from './steps';
import type { Scenario } from './types';
import type { OutboundCall, WebhookCall } from './wiring';
import { World } from './world';

export const DEFAULT_SYNC_USER = 'sync@contoso.com';

export interface StepRecord {
  index: number;
  kind: string;
  line?: number;
  /** Simulated time when the step started. */
  at: string;
  /** Runs that finished while the step settled. */
  runIds: string[];
}

export interface Failure extends Mismatch {
  line?: number;
}

export interface ScenarioResult {
  file: string;
  name: string;
  description?: string;
  passed: boolean;
  /** The setup or a step could not be carried out. */
  error?: { message: string; line?: number; step?: number; runId?: string };
  failures: Failure[];
  notes: string[];
  /** Every run, setup included; the first `setupRuns` ran before the first step. */
  runs: RunRecord[];
  setupRuns: number;
  /** Metered executions during the steps. */
  meter: MeterSnapshot;
  steps: StepRecord[];
  refs: Record<string, unknown>;
  webhook: WebhookCall[];
  outbound: OutboundCall[];
  /** Partner referrals the sync handled: events answered 2xx, or changes through the API. */
  syncedReferrals: number;
  wallMs: number;
}

export async function runScenario(scenario: Scenario, flowSet: FlowSet): Promise<ScenarioResult> {
  const started = process.hrtime.bigint();
  const refs = new Refs();
  const selected = selectFlows(flowSet, scenario.flows);
  const result: ScenarioResult = {
    file: scenario.file,
    name: scenario.name,
    ...(scenario.description ? { description: scenario.description } : {}),
    passed: false,
    failures: [],
    notes: [...selected.notes],
    runs: [],
    setupRuns: 0,
    meter: { total: 0, triggers: 0, actions: 0, retries: 0, byFlow: {} },
    steps: [],
    refs: {},
    webhook: [],
    outbound: [],
    syncedReferrals: 0,
    wallMs: 0,
  };
  const finish = () => {
    result.wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    result.passed = !result.error && result.failures.length === 0;
    result.refs = refs.entries();
    return result;
  };
  if (selected.errors.length) {
    result.error = { message: `the flows do not load:\n${selected.errors.join('\n')}` };
    return finish();
  }

  let world: World;
  try {
    world = await World.create({
      flows: selected.flows,
      settings: { ...flowSet.settings, ...scenario.settings },
      ...(scenario.start ? { start: scenario.start } : {}),
      syncUser: scenario.syncUser ?? DEFAULT_SYNC_USER,
    });
  } catch (e) {
    result.error = { message: (e as Error).message };
    return finish();
  }
  try {
    try {
      seed(world, scenario, refs);
      result.notes.push(...(await registerWebhook(world, scenario, refs)));
      await world.settle();
    } catch (e) {
      const run = e instanceof SetupError ? e.run : undefined;
      result.error = { message: `setup: ${(e as Error).message}`, ...(run ? { runId: run.runId } : {}) };
      return finish();
    } finally {
      result.setupRuns = world.sim.runs.length;
    }
    const base = baseline(world);

    for (const step of scenario.steps) {
      const before = world.sim.runs.length;
      const record: StepRecord = { index: step.index, kind: step.kind, ...(step.line ? { line: step.line } : {}), at: world.clock.now().toISOString(), runIds: [] };
      result.steps.push(record);
      try {
        await executeStep({ world, refs }, step);
        await world.settle();
      } catch (e) {
        result.error = { message: `step ${step.index + 1} (${step.kind}): ${(e as Error).message}`, step: step.index, ...(step.line ? { line: step.line } : {}) };
        break;
      } finally {
        record.runIds = world.sim.runs.slice(before).map((r) => r.runId);
      }
    }

    const observed = observe(world, base);
    result.meter = observed.meter;
    result.webhook = world.wiring.webhook.slice(base.webhook);
    result.outbound = world.wiring.outbound.slice(base.outbound);
    result.syncedReferrals = observed.syncedReferrals;
    if (!result.error) {
      result.failures = checkExpectations(scenario.expect, observed, refs).map((m) => ({ ...m, ...lineOf(scenario, m) }));
    }
    return finish();
  } finally {
    result.runs = [...world.sim.runs];
    await world.close();
  }
}

function lineOf(scenario: Scenario, m: Mismatch): { line?: number } {
  const line = scenario.lineOf(m.path);
  return line ? { line } : {};
}
