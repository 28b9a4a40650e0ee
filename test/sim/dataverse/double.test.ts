// The scenario-facing API: seed by entity set, create/update/delete as an identity, rows, snapshot, changes,
// deterministic ids.
import { describe, expect, it } from 'vitest';
import { BASE_CURRENCY_ID, DataverseDouble, WebApiError } from '../../../src/sim/dataverse';
import { T0, fixedClock, startDouble } from './helpers';

describe('Dataverse double: scenario API', () => {
  it('seeds rows by entity set name, with binds, ids and closed states; no trigger fires', async () => {
    const { double } = await startDouble();
    const fired: unknown[] = [];
    double.subscribe({ flow: 'f', message: 7, entityName: 'opportunity', scope: 4 }, (b) => fired.push(b));
    const accountId = '6d8e8f3a-0000-4000-8000-000000000001';
    const ids = double.seed({
      accounts: [{ accountid: accountId, name: 'Contoso' }],
      opportunities: [{ name: 'Won before', statecode: 1, 'parentaccountid@odata.bind': `accounts(${accountId})` }],
    });
    expect(ids.accounts).toEqual([accountId]);
    expect(double.get('opportunities', ids.opportunities![0]!)).toMatchObject({
      statecode: 1,
      statuscode: 3,
      _parentaccountid_value: accountId,
      createdon: T0,
    });
    expect(fired).toEqual([]);
    expect(double.changes()).toEqual([]);
  });

  it('closeOpportunity runs WinOpportunity / LoseOpportunity as the seller; an Update cannot close', async () => {
    const { double } = await startDouble();
    const fired: unknown[] = [];
    double.subscribe(
      { flow: 'f', message: 3, entityName: 'opportunity', scope: 4, filteringAttributes: ['statecode'] },
      (b) => fired.push([b.statecode, b.statuscode]),
    );
    const [won, lost] = double.seed({
      opportunities: [{ name: 'A', estimatedvalue: 5 }, { name: 'B' }],
    }).opportunities!;
    expect(() => double.update('opportunities', won!, { statecode: 1, statuscode: 3 }, 'seller')).toThrow(
      /use the WinOpportunityRequest message/,
    );
    expect(double.closeOpportunity(won!, 'Won', 'seller')).toMatchObject({
      statecode: 1,
      statuscode: 3,
      actualvalue: 5,
    });
    expect(double.closeOpportunity(lost!, 'Lost', 'seller', { status: 5 })).toMatchObject({
      statecode: 2,
      statuscode: 5,
    });
    expect(fired).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(double.changes().map((c) => [c.message, c.identity, c.attributes.slice(0, 2)])).toEqual([
      ['Update', 'seller', ['statecode', 'statuscode']],
      ['Update', 'seller', ['statecode', 'statuscode']],
    ]);
  });

  it('create/update/delete validate like the Web API and run as the given identity', async () => {
    const { double, clock } = await startDouble();
    const row = double.create('opportunities', { name: 'Deal' }, 'seller');
    clock.advance(1000);
    const updated = double.update(
      'opportunities',
      row.opportunityid as string,
      { cosell_syncwithpartnercenter: true },
      'sync',
    );
    expect(updated).toMatchObject({
      _createdby_value: double.userId('seller'),
      _modifiedby_value: double.userId('sync'),
      modifiedon: '2025-03-01T09:00:01Z',
    });
    expect(() => double.create('opportunities', { nme: 'typo' }, 'seller')).toThrow(WebApiError);
    expect(() =>
      double.update('opportunities', '00000000-0000-0000-0000-000000000009', { name: 'x' }, 'seller'),
    ).toThrow(/Does Not Exist/);
    double.delete('opportunities', row.opportunityid as string, 'seller');
    expect(double.changes().map((c) => [c.message, c.entitySet, c.identity])).toEqual([
      ['Create', 'opportunities', 'seller'],
      ['Update', 'opportunities', 'sync'],
      ['Delete', 'opportunities', 'seller'],
    ]);
  });

  it('rows(set, filter) inspects a set through an OData filter', async () => {
    const { double } = await startDouble();
    double.seed({ accounts: [{ name: 'Contoso' }, { name: "O'Brien" }] });
    expect(double.rows('accounts', "name eq 'O''Brien'").map((r) => r.name)).toEqual(["O'Brien"]);
    expect(() => double.rows('account')).toThrow("Resource not found for the segment 'account'.");
  });

  it('snapshot lists non-empty sets without null columns or ETags, systemusers left out', async () => {
    const { double } = await startDouble();
    const [id] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const system = double.userId('system');
    expect(double.snapshot()).toEqual({
      accounts: [
        {
          accountid: id,
          name: 'Contoso',
          statecode: 0,
          statuscode: 1,
          _ownerid_value: system,
          createdon: T0,
          _createdby_value: system,
          modifiedon: T0,
          _modifiedby_value: system,
          versionnumber: expect.any(Number),
        },
      ],
      transactioncurrencies: [
        expect.objectContaining({ transactioncurrencyid: BASE_CURRENCY_ID, isocurrencycode: 'USD' }),
      ],
    });
  });

  it('ids come from a seeded sequence: the same steps give the same ids; another seed gives others', () => {
    const run = (seed?: string) => {
      const d = new DataverseDouble({ clock: fixedClock(), ...(seed ? { seed } : {}) });
      return [
        d.create('accounts', { name: 'A' }, 'seller').accountid,
        d.create('contacts', { lastname: 'B' }, 'sync').contactid,
        d.userId('seller'),
      ];
    };
    expect(run()).toEqual(run());
    expect(run('other')[0]).not.toBe(run()[0]);
    expect(run('other')[2]).toBe(run()[2]); // user ids derive from the identity alone
  });
});
