// InitializeVariable and the variable updates.
import { describe, expect, it } from 'vitest';
import { action, compose, runOnce } from './helpers';

const init = (variables: unknown[]) => ({ type: 'InitializeVariable', inputs: { variables }, runAfter: {} });

describe('variables', () => {
  it('initializes, sets, increments, decrements and appends', async () => {
    const { run } = await runOnce({
      Init: init([
        { name: 'Count', type: 'integer', value: 1 },
        { name: 'Ratio', type: 'float', value: 0.5 },
        { name: 'Items', type: 'array', value: [] },
        { name: 'Text', type: 'string', value: 'a' },
      ]),
      Inc: { type: 'IncrementVariable', inputs: { name: 'Count', value: 4 }, runAfter: { Init: ['Succeeded'] } },
      Dec: { type: 'DecrementVariable', inputs: { name: 'count' }, runAfter: { Inc: ['Succeeded'] } },
      Half: { type: 'IncrementVariable', inputs: { name: 'Ratio', value: 0.25 }, runAfter: { Dec: ['Succeeded'] } },
      Push: { type: 'AppendToArrayVariable', inputs: { name: 'Items', value: "@variables('Count')" }, runAfter: { Half: ['Succeeded'] } },
      More: { type: 'AppendToStringVariable', inputs: { name: 'Text', value: '@{variables(\'Count\')}b' }, runAfter: { Push: ['Succeeded'] } },
      Set: { type: 'SetVariable', inputs: { name: 'Count', value: 10 }, runAfter: { More: ['Succeeded'] } },
      Read: compose({ count: "@variables('Count')", ratio: "@variables('Ratio')", items: "@variables('Items')", text: "@variables('Text')" }, { Set: ['Succeeded'] }),
    });
    expect(run.status).toBe('Succeeded');
    expect(action(run, 'Inc').outputs).toEqual({ body: { name: 'Count', value: 5 } });
    expect(action(run, 'Dec').outputs).toEqual({ body: { name: 'Count', value: 4 } });
    expect(action(run, 'Read').outputs).toEqual({ count: 10, ratio: 0.75, items: [4], text: 'a4b' });
  });

  it('fails to set a value of the wrong type', async () => {
    const { run } = await runOnce({
      Init: init([{ name: 'Count', type: 'integer', value: 1 }]),
      Set: { type: 'SetVariable', inputs: { name: 'Count', value: 'ten' }, runAfter: { Init: ['Succeeded'] } },
    });
    expect(action(run, 'Set').status).toBe('Failed');
    expect(action(run, 'Set').error?.message).toMatch(/The variable 'Count' of type 'Integer' cannot be initialized or updated with value of type 'String'/);
  });

  it('fails to increment a string variable', async () => {
    const { run } = await runOnce({
      Init: init([{ name: 'Text', type: 'string', value: 'a' }]),
      Inc: { type: 'IncrementVariable', inputs: { name: 'Text', value: 1 }, runAfter: { Init: ['Succeeded'] } },
    });
    expect(action(run, 'Inc').status).toBe('Failed');
    expect(action(run, 'Inc').error?.code).toBe('InvalidTemplate');
  });
});
