// The whole-flow checks read workflow JSON, so they are tested on JSON an export could contain.
import { describe, expect, it } from 'vitest';
import { checkWorkflow } from '../../src/compile/checks';

const action = (runAfter: Record<string, string[]> = {}, extra: Record<string, unknown> = {}) => ({
  runAfter,
  type: 'Compose',
  inputs: 1,
  ...extra,
});

const workflow = (actions: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  connectionReferences: {},
  definition: {
    parameters: { $authentication: { defaultValue: {}, type: 'SecureObject' } },
    triggers: { manual: { type: 'Request', kind: 'Button', inputs: {} } },
    actions,
  },
  ...extra,
});

const messages = (w: Record<string, unknown>) => checkWorkflow(w).map((f) => `${f.check} ${f.path}: ${f.message}`);

describe('whole-flow checks on JSON', () => {
  it('accepts a valid chain', () => {
    expect(messages(workflow({ A: action(), B: action({ A: ['Succeeded'] }) }))).toEqual([]);
  });

  it('finds a runAfter target that does not exist', () => {
    expect(messages(workflow({ A: action({ Ghost: ['Succeeded'] }) }))).toEqual([
      "run-after A: runs after 'Ghost', which does not exist",
    ]);
  });

  it('finds a runAfter target in another scope', () => {
    const w = workflow({ S: { type: 'Scope', runAfter: {}, actions: { Inner: action() } }, B: action({ Inner: ['Failed'] }) });
    expect(messages(w)).toEqual(["run-after B: runs after 'Inner', which is not in the same scope (it is at 'S/Inner')"]);
  });

  it('finds a cycle and does not also call its members unreachable', () => {
    const w = workflow({ A: action({ B: ['Succeeded'] }), B: action({ A: ['Succeeded'] }), C: action() });
    expect(messages(w)).toEqual(['run-after A: runAfter cycle: A -> B -> A']);
  });

  it('finds an action stuck behind a cycle as unreachable', () => {
    const w = workflow({ A: action({ B: ['Succeeded'] }), B: action({ A: ['Succeeded'] }), D: action({ A: ['Succeeded'] }) });
    expect(messages(w)).toContain('run-after D: is unreachable: it waits on an action that can never run');
  });

  it('rejects unknown run statuses', () => {
    expect(messages(workflow({ A: action(), B: action({ A: ['Done'] }) }))).toEqual([
      "run-after B: runAfter 'A' must list statuses among Succeeded, Failed, Skipped, TimedOut",
    ]);
  });

  it('finds duplicate names across nested scopes', () => {
    const w = workflow({ A: action(), S: { type: 'Scope', runAfter: { A: ['Succeeded'] }, actions: { A: action() } } });
    expect(messages(w)).toEqual(["unique-names S/A: the name 'A' is used 2 times (A, S/A)"]);
  });

  it('finds undeclared connection references', () => {
    const call = { runAfter: {}, type: 'OpenApiConnection', inputs: { host: { connectionName: 'shared_x', operationId: 'Op', apiId: '/x' } } };
    expect(messages(workflow({ Call: call }))).toEqual([
      "connections Call: connection 'shared_x' is not declared in properties.connectionReferences",
    ]);
  });

  it('checks references in If branches, Switch cases and loops', () => {
    const w = workflow({
      First: action(),
      Cond: {
        type: 'If',
        runAfter: { First: ['Succeeded'] },
        expression: { equals: ["@outputs('First')", 1] },
        actions: { Yes: action({}, { inputs: "@outputs('First')" }) },
        else: { actions: { No: action({}, { inputs: "@outputs('Yes')" }) } },
      },
      Loop: {
        type: 'Foreach',
        foreach: '@createArray(1)',
        runAfter: { Cond: ['Succeeded'] },
        actions: { Use: action({}, { inputs: "@items('Loop')" }) },
      },
      Pick: {
        type: 'Switch',
        runAfter: { Loop: ['Succeeded'] },
        expression: "@items('Loop')",
        cases: { Case_a: { case: 'a', actions: { InCase: action({}, { inputs: "@outputs('Use')" }) } } },
        default: { actions: {} },
      },
    });
    expect(messages(w)).toEqual([
      "expressions Cond/else/No: outputs('Yes') refers to an action that does not run before 'No' (it is not upstream in runAfter terms)",
      "expressions Pick: items('Loop') is used outside of the loop 'Loop'",
    ]);
  });

  it('allows item() in Filter array and Select, not elsewhere', () => {
    const w = workflow({
      Filter: { type: 'Query', runAfter: {}, inputs: { from: '@createArray(1)', where: '@equals(item(), 1)' } },
      Bad: action({ Filter: ['Succeeded'] }, { inputs: '@item()' }),
    });
    expect(messages(w)).toEqual(['expressions Bad: item() is used outside of a loop, Filter array or Select']);
  });

  it('rejects trigger conditions that refer to actions', () => {
    const w = workflow({ A: action() });
    (w.definition.triggers.manual as Record<string, unknown>).conditions = [{ expression: "@equals(outputs('A'), 1)" }];
    expect(messages(w)).toEqual(["expressions triggers/manual: outputs('A'): a trigger cannot refer to actions"]);
  });

  it("accepts iterationIndexes() of an Until in the Until's own expression", () => {
    const w = workflow({
      Poll: {
        type: 'Until',
        runAfter: {},
        expression: "@greater(iterationIndexes('Poll'), 3)",
        limit: { count: 10, timeout: 'PT1H' },
        actions: { Step: action() },
      },
      After: action({ Poll: ['Succeeded'] }, { inputs: "@iterationIndexes('Poll')" }),
    });
    expect(messages(w)).toEqual(["expressions After: iterationIndexes('Poll') is used outside of the loop 'Poll'"]);
  });
});
