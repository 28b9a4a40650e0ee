// Loading flows: envelope forms, validation with located errors, solutions.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlowLoadError, Simulator } from '../../../src/sim/runtime';
import { compose, manualTrigger, workflow } from './helpers';

const loadError = (json: unknown): FlowLoadError => {
  try {
    new Simulator().load(json, { name: 'Broken', file: 'Workflows/Broken.json' });
  } catch (e) {
    if (e instanceof FlowLoadError) return e;
    throw e;
  }
  throw new Error('the flow loaded');
};

describe('loading', () => {
  it('accepts the clientdata envelope, its properties, or a bare definition', async () => {
    const envelope = workflow({ A: compose(1) });
    const sim = new Simulator();
    sim.load(envelope, { name: 'Envelope' });
    sim.load(envelope.properties, { name: 'Properties' });
    sim.load(envelope.properties.definition, { name: 'Definition' });
    for (const name of ['Envelope', 'Properties', 'Definition']) expect((await sim.trigger(name))?.status).toBe('Succeeded');
  });

  it('takes the workflow id from the file name, or derives it from the name', () => {
    const sim = new Simulator();
    const fromFile = sim.load(workflow({ A: compose(1) }), { file: 'Workflows/MyFlow-CD602B70-A83E-EE11-BDF3-0022482A4279.json' });
    expect(fromFile).toMatchObject({ name: 'MyFlow', workflowId: 'cd602b70-a83e-ee11-bdf3-0022482a4279' });
    expect(sim.flow('{CD602B70-A83E-EE11-BDF3-0022482A4279}')).toBe(fromFile);
    expect(sim.load(workflow({ A: compose(1) }), { name: 'Other' }).workflowId).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => sim.load(workflow({ A: compose(1) }), { name: 'Other' })).toThrow(/already loaded/);
  });

  it('refuses unknown action types and missing members, located by flow, file, action path and field', () => {
    const e = loadError(
      workflow({
        Outer: {
          type: 'Scope',
          actions: { Mystery: { type: 'Teleport', runAfter: {} }, Loop: { type: 'Foreach', actions: {}, runAfter: {} } },
          runAfter: {},
        },
      }),
    );
    expect(e.message).toContain("Workflows/Broken.json: flow 'Broken': action 'Outer/Mystery': type: the action type 'Teleport' is not supported by the simulator");
    expect(e.message).toContain("Workflows/Broken.json: flow 'Broken': action 'Outer/Loop': foreach: Foreach needs a 'foreach' array expression");
  });

  it('refuses flows the compiler’s whole-flow checks reject', () => {
    const e = loadError(workflow({ A: compose("@outputs('Nope')"), B: compose(1, { Ghost: ['Succeeded'] }) }));
    expect(e.problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ['B', "runs after 'Ghost', which does not exist"],
        ['A', "outputs('Nope') refers to an action that does not exist"],
      ]),
    );
  });

  it('refuses what is not a workflow, and flows without exactly one trigger', () => {
    expect(loadError({ hello: 'world' }).message).toMatch(/not a workflow/);
    expect(loadError(workflow({}, { triggers: { ...manualTrigger, other: { type: 'Request', kind: 'Http' } } })).message).toMatch(/exactly one trigger; this one has 2/);
  });

  it('loads a solution folder’s Workflows, named by their .data.xml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-solution-'));
    mkdirSync(join(dir, 'Workflows'));
    const id = '11111111-2222-3333-4444-555555555555';
    writeFileSync(join(dir, 'Workflows', `Hello-${id.toUpperCase()}.json`), JSON.stringify(workflow({ A: compose('hi') })));
    writeFileSync(
      join(dir, 'Workflows', `Hello-${id.toUpperCase()}.json.data.xml`),
      `<?xml version="1.0" encoding="utf-8"?><Workflow WorkflowId="{${id}}" Name="Hello &amp; welcome"><Type>1</Type></Workflow>`,
    );
    const sim = new Simulator();
    const [flow] = await sim.loadSolution(dir);
    expect(flow).toMatchObject({ name: 'Hello & welcome', workflowId: id });
    expect((await sim.trigger('Hello & welcome'))?.status).toBe('Succeeded');
  });
});
