import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { accounts, compile, httpFlow } from './helpers';

describe('Select', () => {
  it('maps each row to an object of item() references', () => {
    const c = compile(
      httpFlow('Select flow', (f) => {
        const list = f.dataverse.listRows('List accounts', accounts);
        const shaped = f.select('Shape accounts', list.rows, (row) => ({
          Id: row.accountid,
          Label: $.text`${row.name} (${row.telephone1})`,
        }));
        f.compose('Shaped', shaped.body);
      }),
    );
    expect(c.actions.Shape_accounts).toEqual({
      runAfter: { List_accounts: ['Succeeded'] },
      metadata: c.meta('Shape_accounts'),
      type: 'Select',
      inputs: {
        from: "@outputs('List_accounts')?['body/value']",
        select: { Id: "@item()?['accountid']", Label: "@{item()?['name']} (@{item()?['telephone1']})" },
      },
    });
    expect(Object.keys(c.actions.Shape_accounts)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Shape_accounts.inputs)).toEqual(['from', 'select']);
    expect(c.actions.Shaped.inputs).toBe("@body('Shape_accounts')");
  });

  it('maps each item to a single value', () => {
    const c = compile(
      httpFlow('Select value', (f, req) => void f.select('Ids', req.body.items, (item) => $.toLower(item.id))),
    );
    expect(c.actions.Ids.inputs).toEqual({ from: "@triggerBody()?['items']", select: "@toLower(item()?['id'])" });
  });
});
