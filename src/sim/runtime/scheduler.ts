// Runs an action map in runAfter order: an action starts once every action it runs after has
// finished; when a finished status is not among the ones it accepts, it is Skipped (and the
// skip propagates). Ready actions start in definition order and run concurrently: they
// interleave only where they await (connector, HTTP and child-flow calls, waits), so a run is
// deterministic when its adapters are.
import type { RunRecord as ExprRecord } from '../../expr';
import type { JsonObject } from '../../compile/definition';
import type { RunStatusName } from '../contracts';
import { type Dependency, aggregate, planOf } from './plan';
import type { Frame, ScopeOutcome } from './state';

export interface ActionRunner {
  run(name: string, json: JsonObject, path: string, frame: Frame, sink: ExprRecord[]): Promise<RunStatusName>;
  skip(name: string, json: JsonObject, path: string, frame: Frame, sink: ExprRecord[], unmet: Dependency, actual: RunStatusName): void;
}

export function runScope(
  actions: Record<string, JsonObject>,
  frame: Frame,
  prefix: string,
  runner: ActionRunner,
): Promise<ScopeOutcome> {
  const plan = planOf(actions);
  const started = new Set<string>();
  const status = new Map<string, RunStatusName>();
  const records: ExprRecord[] = [];
  const run = frame.run;
  let running = 0;

  return new Promise<ScopeOutcome>((resolve, reject) => {
    const finish = () => {
      if (running > 0) return;
      const ended = run.terminated && status.size < plan.names.length;
      resolve({ status: ended ? 'Cancelled' : aggregate(plan, status), records });
    };
    // Starts every action of `candidates` whose dependencies are all finished.
    const consider = (candidates: readonly string[]) => {
      const queue = [...candidates];
      while (queue.length) {
        const name = queue.shift()!;
        if (started.has(name) || run.terminated) continue;
        const deps = plan.dependencies.get(name)!;
        if (!deps.every((d) => status.has(d.target))) continue;
        started.add(name);
        const unmet = deps.find((d) => !d.statuses.has(status.get(d.target)!));
        if (unmet) {
          status.set(name, 'Skipped');
          runner.skip(name, actions[name]!, prefix + name, frame, records, unmet, status.get(unmet.target)!);
          queue.push(...plan.successors.get(name)!);
          continue;
        }
        running++;
        runner.run(name, actions[name]!, prefix + name, frame, records).then((s) => {
          status.set(name, s);
          running--;
          consider(plan.successors.get(name)!);
          finish();
        }, reject);
      }
    };
    consider(plan.roots);
    finish();
  });
}
