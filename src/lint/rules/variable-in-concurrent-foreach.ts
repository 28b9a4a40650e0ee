import { type JsonObject, ancestors } from '../../compile/definition';
import type { LintRule, RuleFinding } from '../rule';

const UPDATES = new Set(['SetVariable', 'IncrementVariable', 'DecrementVariable', 'AppendToArrayVariable', 'AppendToStringVariable']);

/**
 * Parallel iterations of a Foreach: `runtimeConfiguration.concurrency.repetitions`. Without it Power Automate runs
 * "Apply to each" with concurrency control off, one iteration at a time (LogicAppsUX #5329); Logic Apps runs 20.
 */
function repetitions(json: JsonObject): number {
  if (json.operationOptions === 'Sequential') return 1;
  const r = Number(json.runtimeConfiguration?.concurrency?.repetitions);
  return Number.isFinite(r) ? r : 1;
}

const rule: LintRule = {
  meta: {
    id: 'variable-in-concurrent-foreach',
    severity: 'warning',
    description: 'SetVariable, Increment/Decrement or Append to a variable inside a Foreach that runs iterations concurrently.',
    why: 'Variables are shared by all iterations: concurrent iterations race, so values are lost or read from another iteration.',
    fix: 'Set the loop concurrency to 1, or compute per item with Compose/Select and combine after the loop.',
  },
  check(flow) {
    const out: RuleFinding[] = [];
    for (const a of flow.model.actions) {
      if (!UPDATES.has(a.json.type)) continue;
      const loop = ancestors(a).find((x) => x.json.type === 'Foreach' && repetitions(x.json) > 1);
      if (!loop) continue;
      out.push({
        path: a.path,
        message: `${a.json.type} '${a.name}' updates variable '${a.json.inputs?.name}' inside '${loop.path}', which runs ${repetitions(loop.json)} iterations at once: they race on the variable`,
      });
    }
    return out;
  },
};
export default rule;
