// Collection and single GETs: $filter, $select, $top, $orderby, $count, annotations, and the 400s for
// unknown properties, incompatible types and bad syntax.
import { describe, expect, it } from 'vitest';
import { ORGANIZATION_URL } from '../../../src/sim/dataverse';
import { startDouble } from './helpers';

async function withAccounts() {
  const api = await startDouble({ baseCurrency: false });
  const ids = api.double.seed({
    accounts: [
      { name: "O'Brien & Co", address1_city: 'Dublin', telephone1: '1' },
      { name: 'Contoso', address1_city: 'Seattle' },
      { name: 'contoso east', address1_city: 'Seattle', telephone1: '3' },
      { name: 'Fabrikam', statecode: 1 },
    ],
  }).accounts!;
  const names = async (query: string) => {
    const res = await api.json('GET', `accounts?${query}`);
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return (res.body.value as { name: string }[]).map((r) => r.name);
  };
  return { ...api, ids, names };
}

const q = (filter: string) => `$filter=${encodeURIComponent(filter)}`;

describe('Dataverse double: queries', () => {
  it("$filter string literals escape a quote as '' ", async () => {
    const { names } = await withAccounts();
    expect(await names(q("name eq 'O''Brien & Co'"))).toEqual(["O'Brien & Co"]);
  });

  it('eq ignores case; ne, and, or, not and parentheses combine', async () => {
    const { names } = await withAccounts();
    expect(await names(q("name eq 'CONTOSO'"))).toEqual(['Contoso']);
    expect(await names(q("address1_city ne 'Seattle'"))).toEqual(["O'Brien & Co", 'Fabrikam']);
    expect(await names(q("address1_city eq 'Dublin' or name eq 'Fabrikam'"))).toEqual(["O'Brien & Co", 'Fabrikam']);
    expect(await names(q("(address1_city eq 'Seattle' and statecode eq 0) and not (name eq 'Contoso')"))).toEqual([
      'contoso east',
    ]);
  });

  it('contains, startswith and endswith', async () => {
    const { names } = await withAccounts();
    expect(await names(q("contains(name, 'toso')"))).toEqual(['Contoso', 'contoso east']);
    expect(await names(q("startswith(name,'o''b')"))).toEqual(["O'Brien & Co"]);
    expect(await names(q("endswith(name, 'EAST')"))).toEqual(['contoso east']);
  });

  it('null comparisons and GUID lookups', async () => {
    const { names, double, ids } = await withAccounts();
    expect(await names(q('telephone1 eq null'))).toEqual(['Contoso', 'Fabrikam']);
    expect(await names(q('telephone1 ne null'))).toEqual(["O'Brien & Co", 'contoso east']);
    double.update('accounts', ids[1]!, { 'parentaccountid@odata.bind': `accounts(${ids[0]})` }, 'seller');
    expect(await names(q(`_parentaccountid_value eq ${ids[0]}`))).toEqual(['Contoso']);
    expect(await names(q('_parentaccountid_value ne null'))).toEqual(['Contoso']);
  });

  it('numbers, dates and booleans compare by value', async () => {
    const api = await startDouble();
    api.double.seed({
      opportunities: [
        { name: 'A', estimatedvalue: 100, estimatedclosedate: '2025-06-01', cosell_syncwithpartnercenter: true },
        { name: 'B', estimatedvalue: 2500.5, estimatedclosedate: '2025-01-15' },
      ],
    });
    const names = async (filter: string) =>
      (await api.json('GET', `opportunities?${q(filter)}`)).body.value.map((r: { name: string }) => r.name);
    expect(await names('estimatedvalue gt 1000')).toEqual(['B']);
    expect(await names('estimatedclosedate lt 2025-03-01')).toEqual(['B']);
    expect(await names('cosell_syncwithpartnercenter eq true')).toEqual(['A']);
    expect(await names('cosell_syncwithpartnercenter')).toEqual(['A']);
  });

  it('$select returns the primary key, the ETag and the selected columns; $top limits; $orderby sorts', async () => {
    const { json, names, ids } = await withAccounts();
    const res = await json('GET', 'accounts?$select=name,address1_city&$top=2');
    expect(res.body).toEqual({
      '@odata.context': `${ORGANIZATION_URL}/api/data/v9.2/$metadata#accounts(name,address1_city)`,
      value: [
        {
          '@odata.etag': expect.stringMatching(/^W\//),
          accountid: ids[0],
          name: "O'Brien & Co",
          address1_city: 'Dublin',
        },
        { '@odata.etag': expect.stringMatching(/^W\//), accountid: ids[1], name: 'Contoso', address1_city: 'Seattle' },
      ],
    });
    expect(await names('$orderby=name')).toEqual(['Contoso', 'contoso east', 'Fabrikam', "O'Brien & Co"]);
    expect(await names('$orderby=address1_city desc,name asc&$top=3')).toEqual([
      'Contoso',
      'contoso east',
      "O'Brien & Co",
    ]);
    expect(await names('$orderby=telephone1')).toEqual(['Contoso', 'Fabrikam', "O'Brien & Co", 'contoso east']); // nulls first
  });

  it('$count counts every match, not only the page', async () => {
    const { json } = await withAccounts();
    const res = await json('GET', `accounts?$count=true&$top=1&${q("address1_city eq 'Seattle'")}`);
    expect([res.body['@odata.count'], res.body.value.length]).toEqual([2, 1]);
  });

  it('formatted values and lookup annotations only when Prefer asks for them', async () => {
    const { json, ids, double } = await withAccounts();
    const plain = await json('GET', `accounts(${ids[3]})?$select=statecode`);
    expect(plain.body).toEqual({
      '@odata.context': `${ORGANIZATION_URL}/api/data/v9.2/$metadata#accounts(statecode)/$entity`,
      '@odata.etag': expect.any(String),
      accountid: ids[3],
      statecode: 1,
    });
    const formatted = await json('GET', `accounts(${ids[3]})?$select=statecode,_createdby_value`, {
      headers: { Prefer: 'odata.include-annotations="OData.Community.Display.V1.FormattedValue"' },
    });
    expect(formatted.body).toMatchObject({
      'statecode@OData.Community.Display.V1.FormattedValue': 'Inactive',
      '_createdby_value@OData.Community.Display.V1.FormattedValue': 'system',
      _createdby_value: double.userId('system'),
    });
    expect(formatted.body['_createdby_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBeUndefined();
    expect(formatted.headers.get('Preference-Applied')).toBe(
      'odata.include-annotations="OData.Community.Display.V1.FormattedValue"',
    );
    const all = await json('GET', `accounts(${ids[3]})?$select=_createdby_value`, {
      headers: { Prefer: 'odata.include-annotations="*"' },
    });
    expect(all.body['_createdby_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe('systemuser');
  });

  it('unknown properties in $select, $filter and $orderby are 400s naming the type', async () => {
    const { json } = await withAccounts();
    const expected = {
      code: '0x0',
      message: "Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.account'.",
    };
    for (const query of ['$select=Name', q("Name eq 'x'"), '$orderby=Name']) {
      const res = await json('GET', `accounts?${query}`);
      expect([res.status, res.body.error]).toEqual([400, expected]);
    }
    const lookupName = await json('GET', 'accounts?$select=parentaccountid');
    expect(lookupName.body.error.message).toBe(
      "Could not find a property named 'parentaccountid' on type 'Microsoft.Dynamics.CRM.account'.",
    );
  });

  it('incompatible operand types, bad syntax and unterminated literals are 400s', async () => {
    const { json } = await withAccounts();
    const typed = await json('GET', `accounts?${q("statecode eq '0'")}`);
    expect(typed.body.error.message).toBe(
      "A binary operator with incompatible types was detected. Found operand types 'Edm.Int32' and 'Edm.String' for operator kind 'Equal'.",
    );
    const guid = await json('GET', `accounts?${q("_parentaccountid_value eq '00000000-0000-0000-0000-000000000001'")}`);
    expect(guid.body.error.message).toContain("Found operand types 'Edm.Guid' and 'Edm.String'");
    const fn = await json('GET', `accounts?${q('contains(statecode, 1)')}`);
    expect(fn.body.error.message).toMatch(/^No function signature for the function with name 'contains'/);
    const unescaped = await json('GET', `accounts?${q("name eq 'O'Brien'")}`);
    expect([unescaped.status, unescaped.body.error.message]).toEqual([
      400,
      "There is an unterminated literal at position 16 in 'name eq 'O'Brien''.",
    ]);
    const syntax = await json('GET', `accounts?${q("name eq 'a' and")}`);
    expect(syntax.body.error.message).toBe("Syntax error at position 15 in 'name eq 'a' and'.");
    const top = await json('GET', 'accounts?$top=abc');
    expect(top.body.error.message).toBe(
      "Invalid value 'abc' for $top query option found. The $top query option requires a non-negative integer value.",
    );
  });

  it('query options the double does not model fail loudly (501)', async () => {
    const { json } = await withAccounts();
    const res = await json('GET', 'accounts?$apply=groupby((name))');
    expect([res.status, res.body.error.message]).toEqual([
      501,
      'The Dataverse double does not model the $apply query option.',
    ]);
  });
});
