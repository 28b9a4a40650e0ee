// $expand over HTTP: single-valued navigation properties (system and custom lookups, customer lookups, nested),
// collection-valued ones (1:N relationship names with $select/$filter/$orderby/$top), @odata.context, and the
// Web API's errors for what cannot be expanded.
import { describe, expect, it } from 'vitest';
import { BASE_CURRENCY_ID, ORGANIZATION_URL } from '../../../src/sim/dataverse';
import { startDouble } from './helpers';

const API = `${ORGANIZATION_URL}/api/data/v9.2`;
const RELATIONSHIP = 'cosell_partnercentersolution_Opportunity_opportunity';

async function withDeal() {
  const api = await startDouble();
  const { double } = api;
  const [account] = double.seed({ accounts: [{ name: 'Contoso', address1_country: 'US' }] }).accounts!;
  const [contact] = double.seed({
    contacts: [{ firstname: 'Sue', lastname: 'Smith', 'parentcustomerid_account@odata.bind': `accounts(${account})` }],
  }).contacts!;
  const [detail, other] = double.seed({
    cosell_solutiondetails: [
      { cosell_name: 'Contoso Cloud', cosell_solutionid: 'SOL-1', cosell_publishername: 'Contoso' },
      { cosell_name: 'Azure', cosell_solutionid: 'SOL-2', cosell_publishername: 'Microsoft' },
    ],
  }).cosell_solutiondetails!;
  const [deal, bare] = double.seed({
    opportunities: [
      {
        name: 'Deal',
        estimatedvalue: 10,
        'parentaccountid@odata.bind': `accounts(${account})`,
        'parentcontactid@odata.bind': `contacts(${contact})`,
        'customerid_account@odata.bind': `accounts(${account})`,
      },
      { name: 'Bare' },
    ],
  }).opportunities!;
  const solutions = double.seed({
    cosell_partnercentersolutions: [
      {
        cosell_name: 'B',
        'cosell_Opportunity@odata.bind': `opportunities(${deal})`,
        'cosell_SolutionDetail@odata.bind': `cosell_solutiondetails(${detail})`,
      },
      {
        cosell_name: 'A',
        'cosell_Opportunity@odata.bind': `opportunities(${deal})`,
        'cosell_SolutionDetail@odata.bind': `cosell_solutiondetails(${other})`,
      },
      {
        cosell_name: 'C',
        'cosell_Opportunity@odata.bind': `opportunities(${bare})`,
        'cosell_SolutionDetail@odata.bind': `cosell_solutiondetails(${other})`,
      },
    ],
  }).cosell_partnercentersolutions!;
  return { ...api, account, contact, detail, other, deal, bare, solutions };
}

describe('Dataverse double: $expand', () => {
  it('single-valued navigation properties: the related row (its $select columns and key, no ETag), null when unset', async () => {
    const { json, deal, account, contact } = await withDeal();
    const q =
      'parentaccountid($select=name,address1_country),customerid_contact,parentcontactid($select=fullname),transactioncurrencyid($select=isocurrencycode)';
    const res = await json('GET', `opportunities(${deal})?$select=name&$expand=${q}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      '@odata.context': `${API}/$metadata#opportunities(name,parentaccountid(name,address1_country),customerid_contact(),parentcontactid(fullname),transactioncurrencyid(isocurrencycode))/$entity`,
      '@odata.etag': expect.stringMatching(/^W\/"\d+"$/),
      opportunityid: deal,
      name: 'Deal',
      parentaccountid: { accountid: account, name: 'Contoso', address1_country: 'US' },
      customerid_contact: null,
      parentcontactid: { contactid: contact, fullname: 'Sue Smith' },
      transactioncurrencyid: { transactioncurrencyid: BASE_CURRENCY_ID, isocurrencycode: 'USD' },
    });
  });

  it('without $select the expanded row has every column; an empty lookup expands to null', async () => {
    const { json, bare, deal } = await withDeal();
    const res = await json('GET', `opportunities(${bare})?$expand=parentaccountid,customerid_account`);
    expect(res.body).toMatchObject({ name: 'Bare', parentaccountid: null, customerid_account: null });
    const full = await json('GET', `opportunities(${deal})?$expand=customerid_account`);
    expect(full.body.customerid_account).toMatchObject({ name: 'Contoso', address1_line2: null, statecode: 0 });
    expect(full.body.customerid_account['@odata.etag']).toBeUndefined();
    expect(full.body._customerid_value).toBe(full.body.customerid_account.accountid);
  });

  it('custom lookups expand by their schema-name navigation property, on every row of a list, with annotations', async () => {
    const { json, deal, detail } = await withDeal();
    const res = await json(
      'GET',
      `cosell_partnercentersolutions?$filter=_cosell_opportunity_value eq ${deal}&$expand=cosell_SolutionDetail($select=cosell_solutionid,cosell_name,cosell_publishername)`,
      { headers: { Prefer: 'odata.include-annotations="*"' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.value.map((r: any) => [r.cosell_name, r.cosell_SolutionDetail.cosell_solutionid])).toEqual([
      ['B', 'SOL-1'],
      ['A', 'SOL-2'],
    ]);
    expect(res.body.value[0].cosell_SolutionDetail).toEqual({
      cosell_solutiondetailid: detail,
      cosell_name: 'Contoso Cloud',
      cosell_solutionid: 'SOL-1',
      cosell_publishername: 'Contoso',
    });
    const lower = await json('GET', `cosell_partnercentersolutions?$expand=cosell_solutiondetail`);
    expect([lower.status, lower.body.error.message]).toEqual([
      400,
      "Could not find a property named 'cosell_solutiondetail' on type 'Microsoft.Dynamics.CRM.cosell_partnercentersolution'.",
    ]);
  });

  it('nested $expand of single-valued navigation properties', async () => {
    const { json, deal } = await withDeal();
    const res = await json(
      'GET',
      `opportunities(${deal})?$select=name&$expand=parentcontactid($select=fullname;$expand=parentcustomerid_account($select=name;$expand=createdby($select=fullname)))`,
    );
    expect(res.body.parentcontactid).toMatchObject({
      fullname: 'Sue Smith',
      parentcustomerid_account: { name: 'Contoso', createdby: { fullname: 'system' } },
    });
  });

  it('a collection-valued navigation property (the 1:N relationship name): related rows with ETag, the lookup back, nextLink', async () => {
    const { json, deal, solutions } = await withDeal();
    const res = await json('GET', `opportunities(${deal})?$select=name&$expand=${RELATIONSHIP}($select=cosell_name)`);
    expect(res.body['@odata.context']).toBe(
      `${API}/$metadata#opportunities(name,${RELATIONSHIP}(cosell_name))/$entity`,
    );
    expect(res.body[RELATIONSHIP]).toEqual([
      {
        '@odata.etag': expect.any(String),
        cosell_partnercentersolutionid: solutions[0],
        cosell_name: 'B',
        _cosell_opportunity_value: deal,
      },
      {
        '@odata.etag': expect.any(String),
        cosell_partnercentersolutionid: solutions[1],
        cosell_name: 'A',
        _cosell_opportunity_value: deal,
      },
    ]);
    expect(res.body[`${RELATIONSHIP}@odata.nextLink`]).toBe(
      `${API}/opportunities(${deal})/${RELATIONSHIP}?$select=cosell_name`,
    );
  });

  it('a collection takes $filter, $orderby and $top; an account lists its opportunities through the relationship', async () => {
    const { json, deal, account } = await withDeal();
    const names = async (options: string) =>
      (await json('GET', `opportunities(${deal})?$expand=${RELATIONSHIP}(${options})`)).body[RELATIONSHIP].map(
        (r: any) => r.cosell_name,
      );
    expect(await names('$select=cosell_name;$orderby=cosell_name asc')).toEqual(['A', 'B']);
    expect(await names("$filter=cosell_name eq 'b'")).toEqual(['B']);
    expect(await names('$orderby=cosell_name desc;$top=1')).toEqual(['B']);
    const res = await json('GET', `accounts(${account})?$expand=opportunity_parent_account($select=name)`);
    expect(res.body.opportunity_parent_account.map((r: any) => [r.name, r._parentaccountid_value])).toEqual([
      ['Deal', account],
    ]);
    expect((await json('GET', `accounts(${account})?$expand=opportunity_customer_contacts`)).status).toBe(400);
  });

  it('the Web API errors: unknown or structural properties, $top on a lookup, bad options', async () => {
    const { json, deal } = await withDeal();
    const error = async (expand: string) => {
      const res = await json('GET', `opportunities(${deal})?$expand=${expand}`);
      return [res.status, res.body.error.message];
    };
    expect(await error('customerid')).toEqual([
      400,
      "Could not find a property named 'customerid' on type 'Microsoft.Dynamics.CRM.opportunity'.",
    ]);
    expect(await error('name')).toEqual([
      400,
      "Property 'name' on type 'Microsoft.Dynamics.CRM.opportunity' is not a navigation property or complex property. Only navigation properties can be expanded.",
    ]);
    expect(await error('parentaccountid($top=1)')).toEqual([
      400,
      'Only $select and $filter clause can be provided while doing $expand on many-to-one relationship or nested one-to-many relationship.',
    ]);
    expect((await error('parentaccountid($select=nme)'))[1]).toBe(
      "Could not find a property named 'nme' on type 'Microsoft.Dynamics.CRM.account'.",
    );
    expect((await error(`${RELATIONSHIP}($filter=name eq 'x')`))[1]).toBe(
      "Could not find a property named 'name' on type 'Microsoft.Dynamics.CRM.cosell_partnercentersolution'.",
    );
    expect((await error('parentaccountid($select=name'))[0]).toBe(400);
    expect((await error('parentaccountid()'))[0]).toBe(400);
    expect((await error('parentaccountid($select=name;$skip=1)'))[0]).toBe(501);
  });

  it('what the double does not model is a 501: /$ref, $filter on a lookup, nested $expand with a collection in a query', async () => {
    const { json, deal } = await withDeal();
    const status = async (expand: string) => (await json('GET', `opportunities(${deal})?$expand=${expand}`)).status;
    expect(await status('parentaccountid/$ref')).toBe(501);
    expect(await status("parentaccountid($filter=name eq 'x')")).toBe(501);
    const query = async (expand: string) => (await json('GET', `opportunities?$expand=${expand}`)).status;
    expect(await query(`${RELATIONSHIP}($expand=cosell_SolutionDetail)`)).toBe(501);
    expect(await query(`${RELATIONSHIP},parentaccountid($expand=createdby)`)).toBe(501);
  });

  it('a single-row retrieve returns an expanded collection whole, with its nested $expand; $top/$orderby there are refused', async () => {
    const { json, deal } = await withDeal();
    const res = await json('GET', `opportunities(${deal})?$expand=${RELATIONSHIP}($select=cosell_name;$expand=cosell_SolutionDetail($select=cosell_solutionid))`);
    expect(res.status).toBe(200);
    const rows = res.body[RELATIONSHIP] as Record<string, any>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(typeof row.cosell_SolutionDetail?.cosell_solutionid).toBe('string');
    const refused = await json('GET', `opportunities(${deal})?$expand=${RELATIONSHIP}($top=1;$expand=cosell_SolutionDetail)`);
    expect(refused.status).toBe(400);
  });
});
