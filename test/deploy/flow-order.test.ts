// The turn-on order lives in src/deploy/flow-order.ts: it must match the letters heading flows-src/*.flow.ts
// (a. … j.), put every child flow before the flows that run it, and place flows it does not know after their children.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/compile/build';
import { FLOW_ORDER, RECEIVER_FLOW, REGISTRATION_FLOW, planFlowOrder, readDeployableSolution } from '../../src/deploy';
import type { DeployableSolution } from '../../src/deploy';
import { ROOT, builtZips } from './helpers';

let solution: DeployableSolution;
beforeAll(async () => {
  solution = await readDeployableSolution((await builtZips()).unmanaged);
}, 120_000);

describe('flow turn-on order', () => {
  it('is the order of the letters that head the flows-src files', async () => {
    const dir = join(ROOT, 'flows-src');
    const { flows } = await loadFlows(dir, ROOT);
    const lettered = flows.map(({ file, flow }) => ({
      file,
      letter: /^\/\/ ([a-z])\. /.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1],
      name: flow.displayName,
    }));
    expect(lettered).toHaveLength(FLOW_ORDER.length);
    expect(lettered.filter((f) => !f.letter)).toEqual([]);
    const byLetter = lettered.sort((a, b) => a.letter!.localeCompare(b.letter!)).map((f) => f.name);
    expect(byLetter).toEqual([...FLOW_ORDER]);
    expect(FLOW_ORDER).toContain(RECEIVER_FLOW);
    expect(FLOW_ORDER[0]).toBe(REGISTRATION_FLOW);
  });

  it('puts every child flow of the built solution before the flows that run it', () => {
    const { ordered, extra, absent } = planFlowOrder(solution.flows);
    expect(extra).toEqual([]);
    expect(absent).toEqual([]);
    expect(ordered.map((f) => f.name)).toEqual([...FLOW_ORDER]);
    const position = new Map(ordered.map((f, i) => [f.id, i]));
    const parents = ordered.filter((f) => f.childFlows.length);
    expect(parents.length).toBeGreaterThan(3);
    for (const f of parents) for (const child of f.childFlows) expect(position.get(child)).toBeLessThan(position.get(f.id)!);
  });

  it('turns flows it does not know on last, each after the flows it runs', () => {
    const known = solution.flows.slice(0, 2);
    const flows = [
      { id: 'p', name: 'Admin parent', childFlows: ['c'] },
      { id: 'c', name: 'Admin child', childFlows: [known[0]!.id] },
      ...known.map((f) => ({ id: f.id, name: f.name, childFlows: f.childFlows })),
    ];
    const plan = planFlowOrder(flows);
    expect(plan.ordered.map((f) => f.id)).toEqual([
      ...FLOW_ORDER.filter((n) => known.some((k) => k.name === n)).map((n) => known.find((k) => k.name === n)!.id),
      'c',
      'p',
    ]);
    expect(plan.absent).toHaveLength(FLOW_ORDER.length - 2);
  });
});
