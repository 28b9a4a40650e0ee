// The Dataverse connector adapter: each operation of an exported flow as the connector answers it, over
// real HTTP to the double, as the action's identity.
import { describe, expect, it } from 'vitest';
import type { ConnectorRequest } from '../../../src/sim/contracts';
import { DATAVERSE_API_NAME, ORGANIZATION_URL, dataverseAdapter } from '../../../src/sim/dataverse';
import { SolutionType } from '../../../src/solution/schema/options';
import { T0, startDouble } from './helpers';

const API = `${ORGANIZATION_URL}/api/data/v9.2`;
const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const JSON_HEADERS = { 'content-type': 'application/json; odata.metadata=minimal', 'odata-version': '4.0' };

async function setup() {
  const api = await startDouble({ baseCurrency: false });
  const adapter = dataverseAdapter(api.double);
  const call = (operationId: string, parameters: Record<string, unknown>, identity = 'sync') =>
    adapter.invoke({
      apiName: DATAVERSE_API_NAME,
      connectionReferenceLogicalName: 'cosell_Dataverse',
      operationId,
      parameters,
      identity,
    } satisfies ConnectorRequest);
  return { ...api, call };
}

/** The audit columns of a row written once by `who` at T0, as the connector returns them (annotations included). */
function audit(userId: string, who: string, version: number) {
  const lookup = (nav: string) => ({
    [`_${nav}_value${FORMATTED}`]: who,
    [`_${nav}_value@Microsoft.Dynamics.CRM.associatednavigationproperty`]: nav,
    [`_${nav}_value@Microsoft.Dynamics.CRM.lookuplogicalname`]: 'systemuser',
    [`_${nav}_value`]: userId,
  });
  return {
    ...lookup('ownerid'),
    createdon: T0,
    ...lookup('createdby'),
    modifiedon: T0,
    ...lookup('modifiedby'),
    versionnumber: version,
  };
}

describe('Dataverse connector adapter', () => {
  it('CreateRecord posts item/<column> and returns 201 with the row, annotations and ItemInternalId', async () => {
    const { call, double } = await setup();
    const res = await call('CreateRecord', {
      entityName: 'cosell_solutiondetails',
      'item/cosell_name': 'Contoso Cloud',
      'item/cosell_solutionid': 'SOL-34104-EBB',
      'item/cosell_solutiontype': SolutionType.Partner,
    });
    const id = double.rows('cosell_solutiondetails')[0]!.cosell_solutiondetailid as string;
    const version = double.rows('cosell_solutiondetails')[0]!.versionnumber as number;
    expect(res).toEqual({
      statusCode: 201,
      headers: {
        ...JSON_HEADERS,
        'odata-entityid': `${API}/cosell_solutiondetails(${id})`,
        'preference-applied': 'return=representation,odata.include-annotations="*"',
      },
      body: {
        '@odata.context': `${API}/$metadata#cosell_solutiondetails/$entity`,
        '@odata.etag': `W/"${version}"`,
        ItemInternalId: id,
        cosell_solutiondetailid: id,
        cosell_name: 'Contoso Cloud',
        cosell_solutionid: 'SOL-34104-EBB',
        [`cosell_solutiontype${FORMATTED}`]: 'Partner',
        cosell_solutiontype: SolutionType.Partner,
        cosell_publishername: null,
        [`statecode${FORMATTED}`]: 'Active',
        statecode: 0,
        [`statuscode${FORMATTED}`]: 'Active',
        statuscode: 1,
        ...audit(double.userId('sync'), 'sync', version),
      },
    });
  });

  it('ListRecords passes $select/$filter/$orderby/$top and returns { value } with ItemInternalId per row', async () => {
    const { call, double } = await setup();
    const ids = double.seed({
      accounts: [{ name: "O'Brien & Co" }, { name: 'Contoso' }, { name: 'Contoso East' }],
    }).accounts!;
    const res = await call('ListRecords', {
      entityName: 'accounts',
      $select: 'name',
      $filter: "contains(name, 'contoso') or name eq 'O''Brien & Co'",
      $orderby: 'name desc',
      $top: 2,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toEqual({
      '@odata.context': `${API}/$metadata#accounts(name)`,
      value: [
        { '@odata.etag': expect.any(String), ItemInternalId: ids[0], accountid: ids[0], name: "O'Brien & Co" },
        { '@odata.etag': expect.any(String), ItemInternalId: ids[2], accountid: ids[2], name: 'Contoso East' },
      ],
    });
  });

  it('GetItem returns the row; a missing row is the Web API 404 error body with its status code', async () => {
    const { call, double } = await setup();
    const [id] = double.seed({ accounts: [{ name: 'Contoso', statecode: 1 }] }).accounts!;
    const res = await call('GetItem', { entityName: 'accounts', recordId: id, $select: 'name,statecode' });
    expect(res.body).toEqual({
      '@odata.context': `${API}/$metadata#accounts(name,statecode)/$entity`,
      '@odata.etag': expect.any(String),
      ItemInternalId: id,
      accountid: id,
      name: 'Contoso',
      [`statecode${FORMATTED}`]: 'Inactive',
      statecode: 1,
    });
    const missing = '00000000-0000-0000-0000-00000000abcd';
    expect(await call('GetItem', { entityName: 'accounts', recordId: missing })).toEqual({
      statusCode: 404,
      headers: JSON_HEADERS,
      body: { error: { code: '0x80040217', message: `Entity 'account' With Id = ${missing} Does Not Exist` } },
    });
  });

  it('UpdateOnlyRecord updates (200) or fails with 404; UpdateRecord upserts (201 created, 200 updated)', async () => {
    const { call, double } = await setup();
    const [account] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    const missing = await call('UpdateOnlyRecord', { entityName: 'opportunities', recordId: id, 'item/name': 'Deal' });
    expect([missing.statusCode, (missing.body as any).error.code]).toEqual([404, '0x80040217']);
    const created = await call('UpdateRecord', {
      entityName: 'opportunities',
      recordId: id,
      'item/name': 'Deal',
      'item/customerid_account@odata.bind': `/accounts(${account})`,
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({
      ItemInternalId: id,
      opportunityid: id,
      name: 'Deal',
      _customerid_value: account,
    });
    const updated = await call(
      'UpdateOnlyRecord',
      { entityName: 'opportunities', recordId: id, 'item/cosell_syncwithpartnercenter': true },
      'seller',
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'Deal',
      cosell_syncwithpartnercenter: true,
      [`cosell_syncwithpartnercenter${FORMATTED}`]: 'Yes',
      _modifiedby_value: double.userId('seller'),
      _createdby_value: double.userId('sync'),
    });
    const upserted = await call('UpdateRecord', { entityName: 'opportunities', recordId: id, 'item/name': 'Renamed' });
    expect([upserted.statusCode, (upserted.body as any).name]).toEqual([200, 'Renamed']);
  });

  it('write errors come back as the connector gets them: status code and Web API error body', async () => {
    const { call } = await setup();
    const res = await call('CreateRecord', {
      entityName: 'opportunities',
      'item/name': 'Deal',
      'item/cosell_referralvisibility': 3,
    });
    expect(res.statusCode).toBe(400);
    expect((res.body as any).error.code).toBe('0x8004431A');
    const set = await call('ListRecords', { entityName: 'opportunity' });
    expect([set.statusCode, (set.body as any).error.message]).toEqual([
      404,
      "Resource not found for the segment 'opportunity'.",
    ]);
  });

  it('DeleteRecord answers 204 without a body', async () => {
    const { call, double } = await setup();
    const [id] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    expect(await call('DeleteRecord', { entityName: 'accounts', recordId: id })).toEqual({
      statusCode: 204,
      headers: { 'odata-version': '4.0' },
      body: undefined,
    });
    expect(double.rows('accounts')).toEqual([]);
  });

  it('AssociateEntities relates rows through a 1:N relationship (sets the lookup)', async () => {
    const { call, double } = await setup();
    const ids = double.seed({
      opportunities: [{ name: 'Deal' }],
      cosell_partnercentersolutions: [{ cosell_name: 'PCS' }],
    });
    const [opp, pcs] = [ids.opportunities![0], ids.cosell_partnercentersolutions![0]];
    const res = await call('AssociateEntities', {
      entityName: 'opportunities',
      recordId: opp,
      associationEntityRelationship: 'cosell_partnercentersolution_Opportunity_opportunity',
      'item/@odata.id': `${API}/cosell_partnercentersolutions(${pcs})`,
    });
    expect(res.statusCode).toBe(204);
    expect(double.get('cosell_partnercentersolutions', pcs!)!._cosell_opportunity_value).toBe(opp);
  });

  it('PerformUnboundAction WinOpportunity / LoseOpportunity close the opportunity', async () => {
    const { call, double } = await setup();
    const ids = double.seed({
      opportunities: [{ name: 'Won deal', estimatedvalue: 900 }, { name: 'Lost deal' }],
    }).opportunities!;
    const win = await call('PerformUnboundAction', {
      actionName: 'WinOpportunity',
      'item/OpportunityClose': { 'opportunityid@odata.bind': `/opportunities(${ids[0]})`, actualend: '2025-03-02' },
      'item/Status': 3,
    });
    expect(win.statusCode).toBe(204);
    expect(double.get('opportunities', ids[0]!)).toMatchObject({
      statecode: 1,
      statuscode: 3,
      actualclosedate: '2025-03-02',
      actualvalue: 900,
    });
    const lose = await call('PerformUnboundAction', {
      actionName: 'LoseOpportunity',
      'item/OpportunityClose/opportunityid@odata.bind': `/opportunities(${ids[1]})`,
      'item/Status': 5,
    });
    expect(lose.statusCode).toBe(204);
    expect(double.get('opportunities', ids[1]!)).toMatchObject({
      statecode: 2,
      statuscode: 5,
      actualclosedate: '2025-03-01',
    });
    const again = await call('PerformUnboundAction', {
      actionName: 'WinOpportunity',
      'item/OpportunityClose': { 'opportunityid@odata.bind': `/opportunities(${ids[1]})` },
      'item/Status': 3,
    });
    expect([again.statusCode, (again.body as any).error.message]).toEqual([400, 'The opportunity is already closed.']);
  });

  it('operations and options the double does not model throw instead of answering wrongly', async () => {
    const { call } = await setup();
    await expect(call('ListRecords', { entityName: 'accounts', fetchXml: '<fetch/>' })).rejects.toThrow(/fetchXml/);
    await expect(
      call('PerformBoundAction', { entityName: 'accounts', actionName: 'X', recordId: 'x' }),
    ).rejects.toThrow(/PerformBoundAction/);
    await expect(
      dataverseAdapter((await startDouble()).double).invoke({
        apiName: 'shared_other',
        operationId: 'X',
        parameters: {},
        identity: 'sync',
      }),
    ).rejects.toThrow(/not shared_commondataserviceforapps/);
  });
});
