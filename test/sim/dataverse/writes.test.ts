// Create, update and delete through the Web API: validation errors as real Dataverse returns them,
// lookups, audit columns, upsert semantics, cascades.
import { describe, expect, it } from 'vitest';
import { BASE_CURRENCY_ID, ORGANIZATION_URL } from '../../../src/sim/dataverse';
import { ReferralVisibility } from '../../../src/solution/schema/options';
import { T0, entityId, startDouble } from './helpers';

const RETURN = { Prefer: 'return=representation' };

describe('Dataverse double: writes', () => {
  it('creates with 204 and OData-EntityId, or 201 and the row with return=representation', async () => {
    const { json, double } = await startDouble();
    const plain = await json('POST', 'accounts', { body: { name: 'Contoso' } });
    expect(plain.status).toBe(204);
    expect(plain.body).toBeUndefined();
    expect(plain.headers.get('OData-EntityId')).toBe(`${ORGANIZATION_URL}/api/data/v9.2/accounts(${entityId(plain)})`);
    const rich = await json('POST', 'accounts?$select=name', { body: { name: 'Fabrikam' }, headers: RETURN });
    expect(rich.status).toBe(201);
    expect(rich.headers.get('Preference-Applied')).toBe('return=representation');
    expect(rich.body).toEqual({
      '@odata.context': `${ORGANIZATION_URL}/api/data/v9.2/$metadata#accounts(name)/$entity`,
      '@odata.etag': expect.stringMatching(/^W\/"\d+"$/),
      accountid: entityId(rich),
      name: 'Fabrikam',
    });
    expect(double.rows('accounts').map((r) => r.name)).toEqual(['Contoso', 'Fabrikam']);
  });

  it('an unknown column is a 400 naming the property and the entity type', async () => {
    const { json } = await startDouble();
    const res = await json('POST', 'accounts', { body: { Name: 'Contoso' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: '0x0',
      message:
        "An error occurred while validating input parameters: Microsoft.Crm.CrmException: Invalid property 'Name' was found in entity 'Microsoft.Dynamics.CRM.account'. ---> Microsoft.OData.ODataException: Does not support untyped value in non-open type.",
    });
  });

  it.each([
    ['a string for an integer', { closeprobability: '50' }, '50', 'Edm.Int32'],
    ['a number for text', { name: 42 }, '42', 'Edm.String'],
    [
      'a date-time for a date-only column',
      { estimatedclosedate: '2025-06-30T00:00:00Z' },
      '2025-06-30T00:00:00Z',
      'Edm.Date',
    ],
    ['an impossible date', { estimatedclosedate: '2025-02-30' }, '2025-02-30', 'Edm.Date'],
    ['a string for Yes/No', { cosell_syncwithpartnercenter: 'true' }, 'true', 'Edm.Boolean'],
    ['a string for money', { estimatedvalue: '5000' }, '5000', 'Edm.Decimal'],
    ['a label for a choice', { cosell_referralvisibility: 'Visible' }, 'Visible', 'Edm.Int32'],
  ])('a wrong type is a 400 "Cannot convert the literal": %s', async (_, body, literal, type) => {
    const { json } = await startDouble();
    const res = await json('POST', 'opportunities', { body: { name: 'Deal', ...body } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('0x80048d19');
    expect(res.body.error.message).toBe(
      `Error identified in Payload provided by the user for Entity :'opportunities', For more information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293  ---->  InnerException : Microsoft.OData.ODataException: Cannot convert the literal '${literal}' to the expected type '${type}'.`,
    );
  });

  it('text longer than the column is a 400 with the maximum length (system and solution columns)', async () => {
    const { json } = await startDouble();
    const res = await json('POST', 'opportunities', { body: { name: 'x'.repeat(301) } });
    expect([res.status, res.body.error]).toEqual([
      400,
      {
        code: '0x80044331',
        message:
          "A validation error occurred.  The length of the 'name' attribute of the 'opportunity' entity exceeded the maximum allowed length of '300'.",
      },
    ]);
    const ok = await json('POST', 'opportunities', {
      body: { name: 'x'.repeat(300), cosell_referralidentifier: 'r'.repeat(100) },
    });
    expect(ok.status).toBe(204);
    const long = await json('POST', 'opportunities', {
      body: { name: 'Deal', cosell_referralidentifier: 'r'.repeat(101) },
    });
    expect(long.body.error.message).toContain(
      "The length of the 'cosell_referralidentifier' attribute of the 'opportunity' entity exceeded the maximum allowed length of '100'.",
    );
  });

  it('a choice value outside the option set is a 400 listing the accepted values', async () => {
    const { json } = await startDouble();
    const res = await json('POST', 'opportunities', { body: { name: 'Deal', cosell_referralvisibility: 7 } });
    expect([res.status, res.body.error]).toEqual([
      400,
      {
        code: '0x8004431A',
        message: `A validation error occurred. The value 7 of 'cosell_referralvisibility' on record of type 'opportunity' is outside the valid range. Accepted Values: ${ReferralVisibility.Hidden},${ReferralVisibility.Visible}`,
      },
    ]);
    const multi = await json('POST', 'opportunities', { body: { name: 'Deal', cosell_microsofthelp: '620180001,99' } });
    expect(multi.body.error.message).toContain(
      "The value 99 of 'cosell_microsofthelp' on record of type 'opportunity' is outside the valid range.",
    );
  });

  it('opportunity statecode cannot be set on create, and Won/Lost need WinOpportunity/LoseOpportunity', async () => {
    const { json } = await startDouble();
    const create = await json('POST', 'opportunities', { body: { name: 'Deal', statecode: 1 } });
    expect(create.status).toBe(400);
    expect(create.body.error.message).toContain(
      "'statecode' attribute of the 'opportunity' entity is not valid for create",
    );
    const made = await json('POST', 'opportunities', { body: { name: 'Deal' } });
    const won = await json('PATCH', `opportunities(${entityId(made)})`, { body: { statecode: 1 } });
    expect(won.body.error.message).toBe(
      'This message can not be used to set the state of opportunity to Won. In order to set state of opportunity to Won use the WinOpportunityRequest message instead.',
    );
  });

  it('other tables ignore statecode on create, so an inactive status reason fails against the Active state', async () => {
    const { json } = await startDouble();
    const res = await json('POST', 'accounts', { body: { name: 'Contoso', statecode: 1, statuscode: 2 } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('0x80048408');
    expect(res.body.error.message).toMatch(
      /^2 is not a valid status code for state code AccountState\.Active on account with Id [0-9a-f-]{36}\.$/,
    );
    const ignored = await json('POST', 'accounts', { body: { name: 'Contoso', statecode: 1 }, headers: RETURN });
    expect([ignored.status, ignored.body.statecode, ignored.body.statuscode]).toEqual([201, 0, 1]);
    const made = await json('PATCH', `accounts(${ignored.body.accountid})`, {
      body: { statecode: 1 },
      headers: RETURN,
    });
    expect([made.body.statecode, made.body.statuscode]).toEqual([1, 2]);
  });

  it('lookups: written through <nav>@odata.bind in every real form, read back as _<column>_value', async () => {
    const { json, double } = await startDouble();
    const [account] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const [contact] = double.seed({
      contacts: [{ firstname: 'Ann', lastname: 'Lee', 'parentcustomerid_account@odata.bind': `/accounts(${account})` }],
    }).contacts!;
    const res = await json(
      'POST',
      'opportunities?$select=_parentaccountid_value,_customerid_value,_parentcontactid_value',
      {
        body: {
          name: 'Deal',
          'parentaccountid@odata.bind': `accounts(${account})`,
          'customerid_contact@odata.bind': `/contacts(${contact})`,
          'parentcontactid@odata.bind': `${ORGANIZATION_URL}/api/data/v9.2/contacts(${contact})`,
        },
        headers: RETURN,
      },
    );
    expect(res.body).toMatchObject({
      _parentaccountid_value: account,
      _customerid_value: contact,
      _parentcontactid_value: contact,
    });
    expect(double.get('contacts', contact!)).toMatchObject({ fullname: 'Ann Lee', _parentcustomerid_value: account });
  });

  it('a polymorphic customer lookup needs customerid_account or customerid_contact', async () => {
    const { json, double } = await startDouble();
    const [account] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const res = await json('POST', 'opportunities', {
      body: { name: 'Deal', 'customerid@odata.bind': `accounts(${account})` },
    });
    expect([res.status, res.body.error.code]).toEqual([400, '0x80048d19']);
    expect(res.body.error.message).toContain(
      "InnerException : Microsoft.OData.ODataException: An undeclared property 'customerid' which only has property annotations in the payload but no property value was found in the payload.",
    );
    const custom = await json('POST', 'cosell_partnercentersolutions', {
      body: {
        cosell_name: 'S',
        'cosell_opportunity@odata.bind': 'opportunities(00000000-0000-0000-0000-000000000001)',
      },
    });
    expect(custom.body.error.message).toContain("An undeclared property 'cosell_opportunity'"); // custom navigation properties keep the schema-name casing
  });

  it('a lookup written as a value, a missing row, a wrong table or a bare GUID are rejected', async () => {
    const { json, double } = await startDouble();
    const [account] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    const asValue = await json('POST', 'opportunities', { body: { name: 'Deal', _parentaccountid_value: account } });
    expect(asValue.body.error).toEqual({
      code: '0x80060888',
      message: 'CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.',
    });
    const missing = '11111111-2222-3333-4444-555555555555';
    const gone = await json('POST', 'opportunities', {
      body: { name: 'Deal', 'parentaccountid@odata.bind': `accounts(${missing})` },
    });
    expect([gone.status, gone.body.error]).toEqual([
      404,
      { code: '0x80040217', message: `Entity 'account' With Id = ${missing} Does Not Exist` },
    ]);
    const wrong = await json('POST', 'opportunities', {
      body: { name: 'Deal', 'parentaccountid@odata.bind': `contacts(${account})` },
    });
    expect(wrong.status).toBe(400);
    const bare = await json('POST', 'opportunities', { body: { name: 'Deal', 'parentaccountid@odata.bind': account } });
    expect([bare.status, bare.body.error.message]).toEqual([400, `Resource not found for the segment '${account}'.`]);
  });

  it('records createdby/modifiedby per identity (MSCRMCallerID) and createdon/modifiedon from the clock', async () => {
    const { json, double, clock } = await startDouble();
    const made = await json('POST', 'accounts', { body: { name: 'Contoso' }, as: 'seller' });
    const id = entityId(made)!;
    clock.advance(60_000);
    await json('PATCH', `accounts(${id})`, { body: { telephone1: '555' }, as: 'sync' });
    expect(double.get('accounts', id)).toMatchObject({
      _createdby_value: double.userId('seller'),
      _modifiedby_value: double.userId('sync'),
      _ownerid_value: double.userId('seller'),
      createdon: T0,
      modifiedon: '2025-03-01T09:01:00Z',
    });
    const anonymous = await json('POST', 'accounts', { body: { name: 'Anon' } });
    expect(double.get('accounts', entityId(anonymous)!)!._createdby_value).toBe(double.userId('system'));
    const stranger = await json('POST', 'accounts', {
      body: { name: 'X' },
      headers: { MSCRMCallerID: '99999999-9999-9999-9999-999999999999' },
    });
    expect(stranger.status).toBe(404);
  });

  it('applies defaults: solution Yes/No and choice defaults, open state, the base currency with an amount', async () => {
    const { double } = await startDouble();
    const row = double.create('opportunities', { name: 'Deal', estimatedvalue: 1000 }, 'seller');
    expect(row).toMatchObject({
      cosell_syncwithpartnercenter: false,
      cosell_referralvisibility: ReferralVisibility.Hidden,
      statecode: 0,
      statuscode: 1,
      _transactioncurrencyid_value: BASE_CURRENCY_ID,
    });
  });

  it('PATCH upserts; If-Match: * updates only (404), If-None-Match: * creates only (412), a stale ETag is 412', async () => {
    const { json } = await startDouble();
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const created = await json('PATCH', `accounts(${id})`, { body: { name: 'Upserted' }, headers: RETURN });
    expect([created.status, created.body.accountid, created.body.name]).toEqual([201, id, 'Upserted']);
    const updated = await json('PATCH', `accounts(${id})`, { body: { name: 'Again' }, headers: RETURN });
    expect([updated.status, updated.body.name]).toEqual([200, 'Again']);
    const other = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const only = await json('PATCH', `accounts(${other})`, { body: { name: 'X' }, headers: { 'If-Match': '*' } });
    expect([only.status, only.body.error]).toEqual([
      404,
      { code: '0x80040217', message: `Entity 'account' With Id = ${other} Does Not Exist` },
    ]);
    const noUpdate = await json('PATCH', `accounts(${id})`, { body: { name: 'X' }, headers: { 'If-None-Match': '*' } });
    expect([noUpdate.status, noUpdate.body.error]).toEqual([
      412,
      { code: '0x80040237', message: 'A record with matching key values already exists.' },
    ]);
    const stale = await json('PATCH', `accounts(${id})`, { body: { name: 'X' }, headers: { 'If-Match': 'W/"1"' } });
    expect(stale.status).toBe(412);
    const dup = await json('POST', 'accounts', { body: { accountid: id, name: 'Dup' } });
    expect(dup.status).toBe(412);
  });

  it('DELETE answers 204; the row is gone (404), and unknown sets are 404 segment errors', async () => {
    const { json, double } = await startDouble();
    const [id] = double.seed({ accounts: [{ name: 'Contoso' }] }).accounts!;
    expect((await json('DELETE', `accounts(${id})`)).status).toBe(204);
    expect((await json('GET', `accounts(${id})`)).status).toBe(404);
    expect((await json('DELETE', `accounts(${id})`)).status).toBe(404);
    expect((await json('GET', 'Account')).body.error).toEqual({
      code: '0x8006088a',
      message: "Resource not found for the segment 'Account'.",
    });
  });

  it('deleting cascades as the schema says: solutions go with their opportunity, a used solution detail is restricted, links are removed', async () => {
    const { json, double } = await startDouble();
    const ids = double.seed({
      accounts: [{ name: 'Contoso' }],
      opportunities: [{ name: 'Deal' }],
      cosell_solutiondetails: [{ cosell_name: 'Sol', cosell_solutionid: 'SOL-1', cosell_solutiontype: 620180000 }],
    });
    const [account, opp, detail] = [ids.accounts![0], ids.opportunities![0], ids.cosell_solutiondetails![0]];
    double.update('opportunities', opp!, { 'parentaccountid@odata.bind': `accounts(${account})` }, 'seller');
    double.create(
      'cosell_partnercentersolutions',
      {
        cosell_name: 'PCS',
        'cosell_Opportunity@odata.bind': `opportunities(${opp})`,
        'cosell_SolutionDetail@odata.bind': `cosell_solutiondetails(${detail})`,
      },
      'seller',
    );
    const restricted = await json('DELETE', `cosell_solutiondetails(${detail})`);
    expect([restricted.status, restricted.body.error.message]).toEqual([
      400,
      'The record cannot be deleted because it is associated with another record.',
    ]);
    expect((await json('DELETE', `accounts(${account})`)).status).toBe(204);
    expect(double.get('opportunities', opp!)!._parentaccountid_value).toBeNull();
    expect((await json('DELETE', `opportunities(${opp})`)).status).toBe(204);
    expect(double.rows('cosell_partnercentersolutions')).toEqual([]);
  });
});
