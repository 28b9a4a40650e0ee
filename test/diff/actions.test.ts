// Action changes on small flows compiled from the DSL: the lines a reviewer reads for each kind of edit.
import { describe, expect, it } from 'vitest';
import { type FlowChange, diffFlowSets, toMarkdown } from '../../src/diff';
import { $, type FlowBuilder, flow, http, s } from '../../src/dsl';
import { httpFlow } from '../dsl/helpers';
import { dslFlow, edited, flowSet } from './helpers';

/** The same flow (same name, so the same workflow GUID) built two ways. */
function changes(before: (f: FlowBuilder) => void, after: (f: FlowBuilder) => void): FlowChange[] {
  const base = dslFlow(httpFlow('Steps', (f) => before(f)));
  const head = dslFlow(httpFlow('Steps', (f) => after(f)));
  const report = diffFlowSets(flowSet('a', base), flowSet('b', head));
  return report.flows.flatMap((f) => f.changes);
}

function lines(before: (f: FlowBuilder) => void, after: (f: FlowBuilder) => void): string[] {
  const base = dslFlow(httpFlow('Steps', (f) => before(f)));
  const head = dslFlow(httpFlow('Steps', (f) => after(f)));
  const md = toMarkdown(diffFlowSets(flowSet('a', base), flowSet('b', head)));
  // The lines under the flow's heading.
  return md.split('\n').slice(4, -1);
}

// Composes in a row; each one's input is its name's length, so differently long names have different content.
const chain = (f: FlowBuilder, names: string[]) => names.forEach((n) => f.compose(n, n.length));

describe('actions', () => {
  it('reordering a sequence is one move', () => {
    expect(
      lines(
        (f) => chain(f, ['A', 'BB', 'CCC', 'DDDD']),
        (f) => chain(f, ['A', 'CCC', 'BB', 'DDDD']),
      ),
    ).toEqual(['- moved `BB` to run after `CCC` (was after `A`)']);
  });

  it('moving the first action to the end is one move', () => {
    expect(
      lines(
        (f) => chain(f, ['A', 'BB', 'CCC']),
        (f) => chain(f, ['BB', 'CCC', 'A']),
      ),
    ).toEqual(['- moved `A` to run after `CCC` (was first)']);
  });

  it('inserting an action reports only the new action', () => {
    expect(
      lines(
        (f) => chain(f, ['A', 'CCC']),
        (f) => chain(f, ['A', 'BB', 'CCC']),
      ),
    ).toEqual([
      '- added `BB` (Compose), after `A`',
      '  <details><summary>definition</summary>',
      '',
      '  ```json',
      '  {',
      '    "type": "Compose",',
      '    "inputs": 2',
      '  }',
      '  ```',
      '',
      '  </details>',
    ]);
  });

  it('removing an action reports only that action', () => {
    expect(
      lines(
        (f) => chain(f, ['A', 'BB', 'CCC']),
        (f) => chain(f, ['A', 'CCC']),
      ),
    ).toEqual(['- removed `BB` (Compose), after `A`']);
  });

  it('moving an action into a scope is one move', () => {
    expect(
      lines(
        (f) => {
          f.compose('Log', 1);
          f.scope('Work', (b) => void b.compose('Step', 2));
        },
        (f) => f.scope('Work', (b) => [b.compose('Step', 2), b.compose('Log', 1)]),
      ),
    ).toEqual(['- moved `Log` from the top level to `Work`, after `Step`']);
  });

  it('wrapping actions in a new scope: the scope is added, the actions moved into it', () => {
    expect(
      lines(
        (f) => chain(f, ['A', 'BB']),
        (f) => f.scope('Wrapper', (b) => chain(b as FlowBuilder, ['A', 'BB'])),
      ).filter((l) => l.startsWith('- ')),
    ).toEqual([
      '- added `Wrapper` (Scope)',
      '- moved `A` from the top level to `Wrapper`',
      '- moved `BB` from the top level to `Wrapper`, after `A`',
    ]);
  });

  it('renaming a scope keeps its children in place and updates result() references', () => {
    const body = (name: string) => (f: FlowBuilder) => {
      const s = f.scope(name, (b) => void b.compose('Inside', 1));
      f.compose('Outcome', $.result(s), { runAfter: [[s, 'Succeeded', 'Failed']] });
    };
    expect(lines(body('Try'), body('Attempt'))).toEqual(['- renamed `Try` → `Attempt`']);
  });

  it('runAfter statuses changed in place is a runAfter line', () => {
    expect(
      lines(
        (f) => {
          const a = f.compose('A', 1);
          f.compose('B', 2, { runAfter: [[a]] });
        },
        (f) => {
          const a = f.compose('A', 1);
          f.compose('B', 2, { runAfter: [[a, 'Failed', 'TimedOut']] });
        },
      ),
    ).toEqual(['- `B`: runs after `A` → runs after `A` (Failed, TimedOut)']);
  });

  it('a rename with other edits in the same flow: each edit its own line', () => {
    expect(
      changes(
        (f) => chain(f, ['A', 'BB']),
        (f) => {
          f.compose('Alpha', 1);
          f.compose('BB', 3);
        },
      ),
    ).toEqual([
      { kind: 'action-renamed', action: 'Alpha', from: 'A' },
      { kind: 'action-changed', action: 'BB', changes: [{ path: 'inputs', before: 2, after: 3 }] },
    ]);
  });

  it('two alike actions renamed in the same place are paired by position', () => {
    expect(
      lines(
        (f) => chain(f, ['X1', 'X2']),
        (f) => chain(f, ['Y1', 'Y2']),
      ),
    ).toEqual(['- renamed `X1` → `Y1`', '- renamed `X2` → `Y2`']);
  });

  it('an added container lists its nested actions as a count', () => {
    const md = lines(
      (f) => void f.compose('A', 1),
      (f) => {
        f.compose('A', 1);
        f.foreach('Each', [1, 2], (b, item) => [b.compose('Double', $.mul(item, 2)), b.compose('Triple', $.mul(item, 3))]);
      },
    );
    expect(md[0]).toBe('- added `Each` (Foreach), after `A`, with 2 nested actions');
  });
});

describe('a rename that missed a reference', () => {
  it('shows the reference that was not updated, as it is on both sides', () => {
    const base = dslFlow(
      httpFlow('Steps', (f) => {
        const a = f.compose('A', 1);
        f.compose('Use', a.output);
      }),
    );
    const head = edited(base, (d) => {
      d.actions.Renamed = d.actions.A;
      delete d.actions.A;
      d.actions.Use.runAfter = { Renamed: ['Succeeded'] };
    });
    const report = diffFlowSets(flowSet('a', base), flowSet('b', head));
    expect(report.flows[0]!.changes).toEqual([
      { kind: 'action-renamed', action: 'Renamed', from: 'A' },
      { kind: 'action-changed', action: 'Use', changes: [{ path: 'inputs', before: "@outputs('A')", after: "@outputs('A')" }] },
    ]);
    expect(toMarkdown(report)).toContain("- `Use`: `inputs` still refers to a renamed action: `@outputs('A')`\n");
  });
});

describe('inputs and triggers', () => {
  const checked = (limit: number) => (f: FlowBuilder) =>
    void f.if('Check', $.and($.equals($.length('abc'), limit), $.greater(2, 1)), { yes: (b) => void b.compose('Ok', 1) });

  it('a condition operand changes at its path inside the expression', () => {
    expect(lines(checked(36), checked(38))).toEqual(['- `Check`: `expression.and[0].equals[1]`: `36` → `38`']);
  });

  it('trigger settings: conditions, concurrency and schema, one line each', () => {
    const base = dslFlow(flow('Hook', (f) => void f.trigger(http.request({ schema: s.object({ id: s.string() }) }))));
    const head = dslFlow(
      flow(
        'Hook',
        (f) =>
          void f.trigger(
            http.request({
              schema: s.object({ id: s.string(), tag: s.optional(s.string()) }),
              conditions: [$.equals(1, 1)],
              concurrency: { runs: 1 },
            }),
          ),
      ),
    );
    expect(
      toMarkdown(diffFlowSets(flowSet('a', base), flowSet('b', head)))
        .split('\n')
        .slice(4, -1),
    ).toEqual([
      '- trigger `manual` changed:',
      '  - `inputs.schema.properties.tag` added: `{"type":"string"}`',
      '  - `conditions` added: `[{"expression":"@equals(1, 1)"}]`',
      '  - `runtimeConfiguration` added: `{"concurrency":{"runs":1}}`',
    ]);
  });
});
