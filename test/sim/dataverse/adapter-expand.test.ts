// The connector's GetItem and ListRecords with $expand, with the parameters the compiled flows send
// ("Create Co-sell Referral" and "Dynamics 365 Microsoft Solutions to Partner Center"): expanded rows come back
// nested in the body, where `outputs('X')?['body/parentaccountid/name']` reads them.
import { describe, expect, it } from 'vitest';
import type { ConnectorRequest } from '../../../src/sim/contracts';
import { DATAVERSE_API_NAME, dataverseAdapter } from '../../../src/sim/dataverse';
import { startDouble } from './helpers';

async function setup() {
  const api = await startDouble();
  const adapter = dataverseAdapter(api.double);
  const call = (operationId: string, parameters: Record<string, unknown>) =>
    adapter.invoke({
      apiName: DATAVERSE_API_NAME,
      connectionReferenceLogicalName: 'cosell_Dataverse',
      operationId,
      parameters,
      identity: 'sync',
    } satisfies ConnectorRequest);
  const { double } = api;
  const [account] = double.seed({ accounts: [{ name: 'Contoso', address1_line2: 'Suite 100' }] }).accounts!;
  const [detail] = double.seed({
    cosell_solutiondetails: [
      { cosell_name: 'Contoso Cloud', cosell_solutionid: 'SOL-1', cosell_publishername: 'Contoso' },
    ],
  }).cosell_solutiondetails!;
  const [deal] = double.seed({
    opportunities: [{ name: 'Deal', estimatedvalue: 1, 'customerid_account@odata.bind': `accounts(${account})` }],
  }).opportunities!;
  const [row] = double.seed({
    cosell_partnercentersolutions: [
      {
        cosell_name: 'Contoso Cloud',
        'cosell_Opportunity@odata.bind': `opportunities(${deal})`,
        'cosell_SolutionDetail@odata.bind': `cosell_solutiondetails(${detail})`,
      },
    ],
  }).cosell_partnercentersolutions!;
  return { ...api, call, account, detail, deal, row };
}

describe('Dataverse connector adapter: $expand', () => {
  it('GetItem passes $expand: lookups come back as nested rows, null when unset', async () => {
    const { call, deal, account } = await setup();
    const res = await call('GetItem', {
      entityName: 'opportunities',
      recordId: deal,
      $expand: 'parentaccountid,customerid_account,parentcontactid,transactioncurrencyid($select=isocurrencycode)',
    });
    expect(res.statusCode).toBe(200);
    const body = res.body as Record<string, any>;
    expect(body.ItemInternalId).toBe(deal);
    expect(body.parentaccountid).toBeNull();
    expect(body.parentcontactid).toBeNull();
    expect(body.customerid_account).toMatchObject({ accountid: account, name: 'Contoso', address1_line2: 'Suite 100' });
    expect(body.transactioncurrencyid).toEqual({
      transactioncurrencyid: body._transactioncurrencyid_value,
      isocurrencycode: 'USD',
    });
  });

  it('ListRecords passes $expand with $filter: each row carries its expanded lookup', async () => {
    const { call, deal, detail, row } = await setup();
    const res = await call('ListRecords', {
      entityName: 'cosell_partnercentersolutions',
      $filter: `_cosell_opportunity_value eq ${deal}`,
      $expand: 'cosell_SolutionDetail($select=cosell_solutionid,cosell_name,cosell_publishername)',
    });
    expect(res.statusCode).toBe(200);
    const [first, ...rest] = (res.body as { value: Record<string, any>[] }).value;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ ItemInternalId: row, _cosell_opportunity_value: deal });
    expect(first!.cosell_SolutionDetail).toEqual({
      cosell_solutiondetailid: detail,
      cosell_solutionid: 'SOL-1',
      cosell_name: 'Contoso Cloud',
      cosell_publishername: 'Contoso',
    });
  });

  it('an $expand the Web API refuses comes back as its 400, as the connector returns it', async () => {
    const { call, deal } = await setup();
    const res = await call('GetItem', {
      entityName: 'opportunities',
      recordId: deal,
      $expand: 'cosell_solutiondetail',
    });
    expect(res.statusCode).toBe(400);
    expect((res.body as any).error.message).toBe(
      "Could not find a property named 'cosell_solutiondetail' on type 'Microsoft.Dynamics.CRM.opportunity'.",
    );
  });
});
