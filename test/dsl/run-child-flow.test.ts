import { describe, expect, it } from 'vitest';
import { childFlow, input, s } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

const details = childFlow(
  'Get referral details',
  {
    referralId: input.text('Referral id'),
    note: input.text('Note', { required: false }),
    urgent: input.boolean('Urgent'),
  },
  (f, inputs) => {
    f.respond('Respond to flow', { kind: 'PowerApp', body: { id: inputs.referralId, urgent: inputs.urgent } });
  },
  { outputs: s.object({ id: s.string(), urgent: s.boolean() }) },
);

const noInputs = childFlow('Refresh cache', {}, (f) => void f.respond('Done', { kind: 'PowerApp' }));

describe('Run a Child Flow (Workflow)', () => {
  it("references the child's workflow GUID and keys the body by the child's trigger schema keys", () => {
    const parent = httpFlow('Parent flow', (f, req) => {
      const run = f.runChildFlow('Run details', details, {
        referralId: req.body.id,
        note: 'from parent',
        urgent: true,
      });
      f.compose('Child id', run.body.id);
    });
    const c = compile(parent, [parent, details]);
    const child = compile(details);
    expect(c.actions.Run_details).toEqual({
      runAfter: {},
      metadata: c.meta('Run_details'),
      type: 'Workflow',
      inputs: {
        host: { workflowReferenceName: child.workflowId },
        body: { text: "@triggerBody()?['id']", text_1: 'from parent', boolean: true },
      },
    });
    expect(child.workflowId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Object.keys(c.actions.Run_details)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(c.actions.Child_id.inputs).toBe("@body('Run_details')?['id']");
  });

  it('omits body for a child without inputs and carries a retryPolicy inside inputs', () => {
    const parent = httpFlow(
      'Parent no inputs',
      (f) => void f.runChildFlow('Refresh', noInputs, {}, { retryPolicy: { type: 'none' } }),
    );
    const c = compile(parent, [parent, noInputs]);
    expect(c.actions.Refresh).toEqual({
      runAfter: {},
      metadata: c.meta('Refresh'),
      type: 'Workflow',
      inputs: { host: { workflowReferenceName: compile(noInputs).workflowId }, retryPolicy: { type: 'none' } },
    });
  });

  it('an input the child does not declare is a CompileError', () => {
    const parent = httpFlow(
      'Parent bad input',
      (f) => void f.runChildFlow('Run details', details, { referralId: 'x', colour: 'red' } as never),
    );
    expectProblems(
      parent,
      [{ path: 'Run_details', message: "child flow 'Get referral details' has no input 'colour'" }],
      [parent, details],
    );
  });

  it('a child flow that is not one of the project flows is a CompileError', () => {
    const parent = httpFlow('Parent outside', (f) => void f.runChildFlow('Run details', details, { referralId: 'x' }));
    expectProblems(parent, [
      { path: 'Run_details', message: "child flow 'Get referral details' is not one of the project's flows" },
    ]);
  });
});
