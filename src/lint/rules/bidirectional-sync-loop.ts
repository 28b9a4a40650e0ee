import { syncLoops } from '../facts/sync-graph';
import type { LintRule } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'bidirectional-sync-loop',
    severity: 'error',
    description: 'Flows linted together trigger each other in a cycle (flow A writes what triggers B, B writes what triggers A) and no trigger on the cycle can tell the other flow\'s write apart.',
    why: 'A two-way sync without a guard echoes every change back and forth forever: runs, API calls and throttling pile up, and concurrent edits flip-flop.',
    fix: 'Guard a trigger on the cycle: a condition on modifiedby (the sync account) or on a sync-marker column the other flow writes, or narrow its filtering attributes. See src/lint/README.md for the heuristic.',
  },
  check(flow, ctx) {
    return syncLoops(ctx.flows)
      .filter(({ cycle }) => cycle[0]!.from === flow)
      .map(({ cycle, flows }) => {
        const on = new Set(cycle.map((e) => e.from));
        const others = flows.filter((f) => !on.has(f)).map((f) => `'${f.name}'`);
        return {
          path: cycle[0]!.via.path,
          message: `flows trigger each other with no guard, ${[...cycle.map((e) => e.from.name), flow.name].join(' -> ')}: ${cycle.map((e) => `in '${e.from.name}', ${e.what}`).join('; ')}${others.length ? `; ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} in the same loop too (lint again once this cycle is guarded)` : ''}`,
        };
      });
  },
};
export default rule;
