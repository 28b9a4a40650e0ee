import { describe, expect, it } from 'vitest';
import { $, type Variable, flow, http } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('InitializeVariable', () => {
  it('renders one variable with its type and value, and without value when none is given', () => {
    const c = compile(
      httpFlow('Initialize flow', (f, req) => {
        f.variable('count', 'integer', 0);
        f.variable('ids', 'array');
        f.variable('label', 'string', $.text`Referral ${req.body.id}`, {
          actionName: 'Label',
          description: 'Shown in mails',
        });
      }),
    );
    expect(c.actions.Initialize_count).toEqual({
      runAfter: {},
      metadata: c.meta('Initialize_count'),
      type: 'InitializeVariable',
      inputs: { variables: [{ name: 'count', type: 'integer', value: 0 }] },
    });
    expect(Object.keys(c.actions.Initialize_count)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(c.actions.Initialize_ids).toEqual({
      runAfter: { Initialize_count: ['Succeeded'] },
      metadata: c.meta('Initialize_ids'),
      type: 'InitializeVariable',
      inputs: { variables: [{ name: 'ids', type: 'array' }] },
    });
    expect(c.actions.Label).toEqual({
      runAfter: { Initialize_ids: ['Succeeded'] },
      metadata: c.meta('Label'),
      type: 'InitializeVariable',
      inputs: { variables: [{ name: 'label', type: 'string', value: "Referral @{triggerBody()?['id']}" }] },
      description: 'Shown in mails',
    });
  });
});

describe('variable updates', () => {
  const updates = httpFlow('Update flow', (f, req) => {
    const done = f.variable('done', 'boolean', false);
    const count = f.variable('count', 'integer', 0);
    const ids = f.variable<Record<string, unknown>[]>('ids', 'array', []);
    const log = f.variable('log', 'string', '');
    f.setVariable(done, true);
    f.increment(count);
    f.increment(count, req.body.step, { name: 'Add step' });
    f.appendToArray(ids, { AppID: req.body.id });
    f.appendToString(log, $.text`${req.body.id};`);
    f.setVariable(count, $.add(count.value, 1), { name: 'Bump count' });
  });
  const c = compile(updates);

  it('SetVariable renders name and value', () => {
    expect(c.actions.Set_done).toEqual({
      runAfter: { Initialize_log: ['Succeeded'] },
      metadata: c.meta('Set_done'),
      type: 'SetVariable',
      inputs: { name: 'done', value: true },
    });
    expect(Object.keys(c.actions.Set_done)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(c.actions.Bump_count.inputs).toEqual({ name: 'count', value: "@add(variables('count'), 1)" });
  });

  it('IncrementVariable defaults to 1 and takes an expression', () => {
    expect(c.actions.Increment_count).toEqual({
      runAfter: { Set_done: ['Succeeded'] },
      metadata: c.meta('Increment_count'),
      type: 'IncrementVariable',
      inputs: { name: 'count', value: 1 },
    });
    expect(c.actions.Add_step).toEqual({
      runAfter: { Increment_count: ['Succeeded'] },
      metadata: c.meta('Add_step'),
      type: 'IncrementVariable',
      inputs: { name: 'count', value: "@triggerBody()?['step']" },
    });
  });

  it('AppendToArrayVariable and AppendToStringVariable render name and value', () => {
    expect(c.actions.Append_to_ids).toEqual({
      runAfter: { Add_step: ['Succeeded'] },
      metadata: c.meta('Append_to_ids'),
      type: 'AppendToArrayVariable',
      inputs: { name: 'ids', value: { AppID: "@triggerBody()?['id']" } },
    });
    expect(c.actions.Append_to_log).toEqual({
      runAfter: { Append_to_ids: ['Succeeded'] },
      metadata: c.meta('Append_to_log'),
      type: 'AppendToStringVariable',
      inputs: { name: 'log', value: "@{triggerBody()?['id']};" },
    });
  });
});

describe('variable validation', () => {
  it('IncrementVariable on a string variable is a CompileError naming the action path', () => {
    const f = flow('Bad increment', (f) => {
      f.trigger(http.request());
      const label = f.variable('label', 'string', 'x');
      f.scope('Work', (b) => void b.increment(label as unknown as Variable<number>));
    });
    expectProblems(f, [
      { path: 'Work/Increment_label', message: "IncrementVariable cannot be used on 'label' of type string" },
    ]);
  });

  it('AppendToArray on a string and AppendToString on an array are CompileErrors', () => {
    const f = httpFlow('Bad appends', (f) => {
      const label = f.variable('label', 'string', 'x');
      const ids = f.variable('ids', 'array', []);
      f.appendToArray(label as unknown as Variable<string[]>, 'y');
      f.appendToString(ids as unknown as Variable<string>, 'z');
    });
    expectProblems(f, [
      { path: 'Append_to_label', message: "AppendToArrayVariable cannot be used on 'label' of type string" },
      { path: 'Append_to_ids', message: "AppendToStringVariable cannot be used on 'ids' of type array" },
    ]);
  });

  it('SetVariable and InitializeVariable with a literal of the wrong type are CompileErrors', () => {
    const f = httpFlow('Bad values', (f) => {
      const count = f.variable('count', 'integer', 'zero');
      f.foreach('Each', [1, 2], (b) => {
        b.setVariable(count, 'one' as never);
        b.setVariable(count, 1.5 as never, { name: 'Set fraction' });
      });
    });
    expectProblems(f, [
      { path: 'Initialize_count', message: `initial value of 'count': "zero" is not an integer` },
      { path: 'Each/Set_count', message: `SetVariable on 'count' of type integer: "one" is not an integer` },
      { path: 'Each/Set_fraction', message: "SetVariable on 'count' of type integer: 1.5 is not an integer" },
    ]);
  });

  it('an invalid variable name is a CompileError', () => {
    const f = httpFlow('Bad name', (f) => void f.variable('1st', 'string', 'x', { actionName: 'Init first' }));
    expectProblems(f, [{ path: 'Init_first', message: "variable name '1st' is not valid" }]);
  });
});
