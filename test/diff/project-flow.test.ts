// The diff on a webhook receiver as a real project compiles it: one edit, one line. The edits that move and rename
// actions between an If's branches use the frozen receiver skeleton of the scenario runner's tests (a Compose read
// by expressions, then an If answering 200 or 400), which the project flow no longer has; the others use the
// project's own flow (flows-src/partner-center-to-dynamics.flow.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowDoc, diffFlowSets, toMarkdown } from '../../src/diff';
import receiverSkeleton from '../sim/scenario/fixtures/flows/webhook-receiver.flow';
import { dslFlow, edited, flowSet, projectFlow, renamedEverywhere } from './helpers';

let project: FlowDoc;
let base: FlowDoc;
beforeAll(async () => {
  project = await projectFlow('partner-center-to-dynamics.flow.ts');
  base = dslFlow(receiverSkeleton);
});

const markdown = (head: FlowDoc, from = base) => toMarkdown(diffFlowSets(flowSet('HEAD', from), flowSet('working tree', head)));
const page = (...lines: string[]) =>
  ['## Flow changes: `HEAD` → working tree', '', '### Partner Center to Dynamics 365', '', ...lines, ''].join('\n');

describe('cosell diff on the project flow', () => {
  it('reports nothing for the same flow with its keys reordered', () => {
    const head = edited(project, (d) => {
      const actions = d.actions;
      d.actions = Object.fromEntries(Object.entries(actions).reverse());
      d.triggers.manual = Object.fromEntries(Object.entries(d.triggers.manual).reverse());
    });
    expect(markdown(head, project)).toBe(
      '## Flow changes: `HEAD` → working tree\n\nNo changes to flows, environment variables or connection references.\n',
    );
  });

  it('renaming an action is one line', () => {
    const head = edited(base, (d) => {
      const branch = d.actions.Is_a_genuine_referral_event.else.actions;
      branch.Refuse = branch.Reject;
      delete branch.Reject;
      branch.Refuse.metadata.operationMetadataId = '00000000-0000-0000-0000-000000000001';
    });
    expect(markdown(head)).toBe(page('- renamed `Reject` → `Refuse`'));
  });

  it('renaming a referenced action (runAfter and expressions updated) is one line', () => {
    const head = renamedEverywhere(base, 'Referral_id', 'Resource_id');
    expect(JSON.stringify(head.json)).toContain("outputs('Resource_id')");
    expect(head.json.properties.definition.actions.Is_a_genuine_referral_event.runAfter).toEqual({ Resource_id: ['Succeeded'] });
    expect(markdown(head)).toBe(page('- renamed `Referral_id` → `Resource_id`'));
  });

  it("renaming the project flow's answer (the Switch runs after it) is one line", () => {
    const head = renamedEverywhere(project, 'Answer_Partner_Center', 'Answer_the_webhook');
    expect(head.json.properties.definition.actions.Route_by_event.runAfter).toEqual({ Answer_the_webhook: ['Succeeded'] });
    expect(markdown(head, project)).toBe(page('- renamed `Answer_Partner_Center` → `Answer_the_webhook`'));
  });

  it('moving an action to the other branch is one line, its new neighbour re-linked silently', () => {
    const head = edited(base, (d) => {
      const check = d.actions.Is_a_genuine_referral_event;
      const accept = check.actions.Accept;
      delete check.actions.Accept;
      check.else.actions = { Accept: accept, ...check.else.actions };
      check.else.actions.Reject.runAfter = { Accept: ['Succeeded'] };
    });
    expect(markdown(head)).toBe(page('- moved `Accept` from `Is_a_genuine_referral_event` (yes) to `Is_a_genuine_referral_event` (else)'));
  });

  it('moving an action out of a branch to the top level names its new predecessor', () => {
    const head = edited(base, (d) => {
      const check = d.actions.Is_a_genuine_referral_event;
      d.actions.Reject = { ...check.else.actions.Reject, runAfter: { Is_a_genuine_referral_event: ['Succeeded'] } };
      delete check.else.actions.Reject;
    });
    expect(markdown(head)).toBe(
      page('- moved `Reject` from `Is_a_genuine_referral_event` (else) to the top level, after `Is_a_genuine_referral_event`'),
    );
  });

  it('a changed status code shows the path and both values', () => {
    const head = edited(base, (d) => {
      d.actions.Is_a_genuine_referral_event.else.actions.Reject.inputs.statusCode = 422;
    });
    expect(markdown(head)).toBe(page('- `Reject`: `inputs.statusCode`: `400` → `422`'));
  });

  it('a long expression goes into a collapsible before → after block', () => {
    const before = base.json.properties.definition.actions.Is_a_genuine_referral_event.else.actions.Reject.inputs.body.error;
    const after = "@concat('Not a referral event: ', triggerBody()?['EventName'], ' for ', triggerBody()?['ResourceUri'])";
    const head = edited(base, (d) => {
      d.actions.Is_a_genuine_referral_event.else.actions.Reject.inputs.body.error = after;
    });
    expect(markdown(head)).toBe(
      page(
        '- `Reject`: `inputs.body.error` changed',
        '  <details><summary>before → after</summary>',
        '',
        '  ```diff',
        `  - ${before}`,
        `  + ${after}`,
        '  ```',
        '',
        '  </details>',
      ),
    );
  });

  it('a new property of the trigger schema is one line at its path', () => {
    const head = edited(project, (d) => {
      d.triggers.manual.inputs.schema.properties.Extra = { type: 'string' };
    });
    expect(markdown(head, project)).toBe(page('- trigger `manual`: `inputs.schema.properties.Extra` added: `{"type":"string"}`'));
  });

  it('ignores operationMetadataId', () => {
    const head = edited(project, (d) => {
      d.actions.Answer_Partner_Center.metadata.operationMetadataId = '11111111-1111-1111-1111-111111111111';
      d.actions.Route_by_event.cases.Case_referral.actions.Synchronize_the_referral.metadata.operationMetadataId =
        '33333333-3333-3333-3333-333333333333';
      d.triggers.manual.metadata.operationMetadataId = '22222222-2222-2222-2222-222222222222';
    });
    expect(diffFlowSets(flowSet('a', project), flowSet('b', head)).flows).toEqual([]);
  });
});
