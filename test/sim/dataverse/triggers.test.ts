// Row triggers: message kinds, filteringattributes, filterexpression, runas, and the trigger body
// (row, _x_value lookups, _x_label choices, _modifiedby_value, ItemInternalId, SdkMessage, RunAsSystemUserId).
import { describe, expect, it } from 'vitest';
import type { RowSubscription } from '../../../src/sim/contracts';
import { DATAVERSE_API_NAME, dataverseAdapter } from '../../../src/sim/dataverse';
import { entityId, startDouble } from './helpers';

interface Fired {
  flow: string;
  body: Record<string, unknown>;
  identity: string;
}

async function setup(subscriptions: Omit<RowSubscription, 'scope'>[]) {
  const api = await startDouble();
  const fired: Fired[] = [];
  for (const s of subscriptions)
    api.double.subscribe({ scope: 4, ...s }, (body, identity) => fired.push({ flow: s.flow, body, identity }));
  return { ...api, fired };
}

describe('Dataverse double: row triggers', () => {
  it.each([
    [1, ['Create']],
    [2, ['Delete']],
    [3, ['Update']],
    [4, ['Create', 'Update']],
    [5, ['Create', 'Delete']],
    [6, ['Update', 'Delete']],
    [7, ['Create', 'Update', 'Delete']],
  ])('message %i fires on %j', async (message, expected) => {
    const { double, fired } = await setup([{ flow: 'f', message, entityName: 'account' }]);
    const { accountid } = double.create('accounts', { name: 'Contoso' }, 'seller');
    double.update('accounts', accountid as string, { name: 'Contoso Ltd' }, 'seller');
    double.delete('accounts', accountid as string, 'seller');
    expect(fired.map((f) => f.body.SdkMessage)).toEqual(expected);
  });

  it('fires only for the subscribed table (singular logical name)', async () => {
    const { double, fired } = await setup([{ flow: 'f', message: 7, entityName: 'opportunity' }]);
    double.create('accounts', { name: 'Contoso' }, 'seller');
    double.create('opportunities', { name: 'Deal' }, 'seller');
    expect(fired.map((f) => f.body.name)).toEqual(['Deal']);
  });

  it('filteringattributes: an update fires when a listed column is in the payload, even unchanged; creates ignore it', async () => {
    const { double, fired } = await setup([
      {
        flow: 'f',
        message: 4,
        entityName: 'opportunity',
        filteringAttributes: ['cosell_syncwithpartnercenter', ' statecode'],
      },
    ]);
    const { opportunityid: id } = double.create('opportunities', { name: 'Deal' }, 'seller');
    double.update('opportunities', id as string, { name: 'Renamed' }, 'seller');
    double.update('opportunities', id as string, { cosell_syncwithpartnercenter: false }, 'seller'); // same value as before
    double.update('opportunities', id as string, { description: 'x', cosell_syncwithpartnercenter: true }, 'seller');
    expect(fired.map((f) => [f.body.SdkMessage, f.body.cosell_syncwithpartnercenter])).toEqual([
      ['Create', false],
      ['Update', false],
      ['Update', true],
    ]);
  });

  it('filterexpression is evaluated on the row after the change', async () => {
    const { double, fired } = await setup([
      {
        flow: 'f',
        message: 3,
        entityName: 'opportunity',
        filterExpression: "cosell_syncwithpartnercenter eq true and statecode eq 0 and name ne 'Skip'",
      },
    ]);
    const { opportunityid: id } = double.create('opportunities', { name: 'Deal' }, 'seller');
    double.update('opportunities', id as string, { description: 'not shared yet' }, 'seller');
    double.update('opportunities', id as string, { cosell_syncwithpartnercenter: true }, 'seller');
    double.update('opportunities', id as string, { name: 'Skip' }, 'seller');
    expect(fired.map((f) => f.body.description)).toEqual(['not shared yet']);
    expect(fired[0]!.body.cosell_syncwithpartnercenter).toBe(true);
  });

  it('the body carries every column, lookups as _x_value, choices also as _x_label, _modifiedby_value and SdkMessage', async () => {
    const { double, fired } = await setup([{ flow: 'f', message: 4, entityName: 'opportunity' }]);
    const [account] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const { opportunityid: id } = double.create(
      'opportunities',
      { name: 'Deal', 'parentaccountid@odata.bind': `accounts(${account})` },
      'seller',
    );
    double.update('opportunities', id as string, { cosell_referralvisibility: 620180001 }, 'sync');
    const [created, updated] = fired.map((f) => f.body);
    expect(Object.keys(created!)).toEqual(
      expect.arrayContaining([
        'opportunityid',
        'name',
        'cosell_audit',
        '_transactioncurrencyid_value',
        'createdon',
        'versionnumber',
      ]),
    );
    expect(created).toMatchObject({
      opportunityid: id,
      _parentaccountid_value: account,
      _customerid_value: null,
      statecode: 0,
      _statecode_label: 'Open',
      _statuscode_label: 'In Progress',
      cosell_referralvisibility: 620180000,
      _cosell_referralvisibility_label: 'Hidden',
      _modifiedby_value: double.userId('seller'),
      ItemInternalId: id,
      SdkMessage: 'Create',
      RunAsSystemUserId: double.userId('seller'),
      RowVersion: String(created!.versionnumber),
    });
    expect(Object.keys(created!).slice(-4)).toEqual([
      'ItemInternalId',
      'SdkMessage',
      'RunAsSystemUserId',
      'RowVersion',
    ]);
    expect(created!['@odata.etag']).toBeUndefined();
    expect(updated).toMatchObject({
      _cosell_referralvisibility_label: 'Visible',
      _modifiedby_value: double.userId('sync'),
      _createdby_value: double.userId('seller'),
      SdkMessage: 'Update',
    });
  });

  it('a Delete body carries only the id, ItemInternalId, SdkMessage and RunAsSystemUserId; cascades fire too', async () => {
    const { double, fired } = await setup([
      { flow: 'opps', message: 2, entityName: 'opportunity' },
      { flow: 'solutions', message: 2, entityName: 'cosell_partnercentersolution' },
    ]);
    const { opportunityid: opp } = double.create('opportunities', { name: 'Deal' }, 'seller');
    const { cosell_partnercentersolutionid: pcs } = double.create(
      'cosell_partnercentersolutions',
      { cosell_name: 'PCS', 'cosell_Opportunity@odata.bind': `opportunities(${opp})` },
      'seller',
    );
    double.delete('opportunities', opp as string, 'seller');
    const tail = (id: unknown) => ({
      ItemInternalId: id,
      SdkMessage: 'Delete',
      RunAsSystemUserId: double.userId('seller'),
    });
    // No lookup: a flow cannot read _cosell_opportunity_value of a deleted solution row from the trigger.
    expect(fired.map((f) => [f.flow, f.body])).toEqual([
      ['solutions', { cosell_partnercentersolutionid: pcs, ...tail(pcs) }],
      ['opps', { opportunityid: opp, ...tail(opp) }],
    ]);
  });

  it('the identity is the modifying user, or the row owner with runas 2', async () => {
    const { double, fired } = await setup([
      { flow: 'modifier', message: 3, entityName: 'account', runAs: 1 },
      { flow: 'owner', message: 3, entityName: 'account', runAs: 2 },
    ]);
    const { accountid } = double.create('accounts', { name: 'Contoso' }, 'seller');
    double.update('accounts', accountid as string, { name: 'Contoso Ltd' }, 'sync');
    expect(fired.map((f) => [f.flow, f.identity, f.body.RunAsSystemUserId])).toEqual([
      ['modifier', 'sync', double.userId('sync')],
      ['owner', 'seller', double.userId('seller')],
    ]);
  });

  it('HTTP writes fire once the row is stored, before the caller has the response', async () => {
    const { double, json } = await startDouble();
    const seen: unknown[] = [];
    double.subscribe({ flow: 'f', message: 1, entityName: 'account', scope: 4 }, (body, identity) =>
      seen.push([identity, double.get('accounts', body.accountid as string)?.name]),
    );
    const res = await json('POST', 'accounts', { body: { name: 'Contoso' }, as: 'seller' });
    expect(res.status).toBe(204);
    expect(seen).toEqual([['seller', 'Contoso']]);
    expect(double.changes()).toEqual([
      { message: 'Create', entitySet: 'accounts', id: entityId(res), identity: 'seller', attributes: ['name'] },
    ]);
  });

  it('a subscriber that throws after an HTTP write does not break the server; the error is kept', async () => {
    const { double, json } = await startDouble();
    double.subscribe({ flow: 'f', message: 1, entityName: 'account', scope: 4 }, () => {
      throw new Error('queue full');
    });
    expect((await json('POST', 'accounts', { body: { name: 'A' } })).status).toBe(204);
    expect((await json('GET', 'accounts')).status).toBe(200);
    expect(double.dispatchErrors().map((e) => e.message)).toEqual(['queue full']);
  });

  it('adapter writes, WinOpportunity and associations fire Update with the columns they set', async () => {
    const { double, fired } = await setup([
      { flow: 'f', message: 3, entityName: 'opportunity', filteringAttributes: ['statecode'] },
    ]);
    const [opp] = double.seed({ opportunities: [{ name: 'Deal' }] }).opportunities!;
    const adapter = dataverseAdapter(double);
    await adapter.invoke({
      apiName: DATAVERSE_API_NAME,
      operationId: 'PerformUnboundAction',
      parameters: {
        actionName: 'WinOpportunity',
        'item/OpportunityClose': { 'opportunityid@odata.bind': `/opportunities(${opp})` },
        'item/Status': 3,
      },
      identity: 'seller',
    });
    expect(fired.map((f) => [f.body.SdkMessage, f.body.statecode, f.body._statuscode_label, f.identity])).toEqual([
      ['Update', 1, 'Won', 'seller'],
    ]);
  });

  it('held notifications fire on delivery, in order, each with the row as its change left it', async () => {
    const { double, fired } = await setup([{ flow: 'f', message: 7, entityName: 'account' }]);
    double.holdNotifications();
    const { accountid } = double.create('accounts', { name: 'Contoso' }, 'seller');
    double.update('accounts', accountid as string, { name: 'Contoso Ltd' }, 'sync');
    expect(fired).toEqual([]);
    expect(double.deliverNotifications()).toBe(2);
    expect(fired.map((f) => [f.body.SdkMessage, f.body.name, f.identity])).toEqual([
      ['Create', 'Contoso', 'seller'],
      ['Update', 'Contoso Ltd', 'sync'],
    ]);
    double.delete('accounts', accountid as string, 'seller'); // no longer held
    expect(fired.map((f) => f.body.SdkMessage)).toEqual(['Create', 'Update', 'Delete']);
    expect(double.deliverNotifications()).toBe(0);
  });

  it('a subscription to an unknown table, column or an invalid filter is refused when it is registered', async () => {
    const { double } = await startDouble();
    const fire = () => undefined;
    expect(() => double.subscribe({ flow: 'f', message: 1, entityName: 'opportunities', scope: 4 }, fire)).toThrow(
      /unknown table 'opportunities'/,
    );
    expect(() =>
      double.subscribe({ flow: 'f', message: 3, entityName: 'account', scope: 4, filteringAttributes: ['nme'] }, fire),
    ).toThrow(/unknown column 'nme'/);
    expect(() =>
      double.subscribe(
        { flow: 'f', message: 3, entityName: 'account', scope: 4, filterExpression: "Name eq 'x'" },
        fire,
      ),
    ).toThrow("Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.account'.");
  });
});
