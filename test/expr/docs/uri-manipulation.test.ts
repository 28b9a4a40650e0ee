// Conformance: URI parsing and JSON/XML manipulation examples of the reference guide.
import { describe, it, expect } from 'vitest';
import { toJson, toText, typeName, type Value } from '../../../src/expr/index';
import { ev } from '../evaluate-helpers';

describe('reference guide: URI parsing functions', () => {
  it.each([
    ["uriHost('https://www.localhost.com:8080')", 'www.localhost.com'],
    ["uriPath('https://www.contoso.com/catalog/shownew.htm?date=today')", '/catalog/shownew.htm'],
    ["uriPathAndQuery('https://www.contoso.com/catalog/shownew.htm?date=today')", '/catalog/shownew.htm?date=today'],
    ["uriPort('https://www.localhost:8080')", 8080],
    ["uriQuery('https://www.contoso.com/catalog/shownew.htm?date=today')", '?date=today'],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it("uriScheme: the guide says 'http' for an https URI, which is wrong; the scheme is 'https'", () => {
    expect(ev("uriScheme('https://www.contoso.com/catalog/shownew.htm?date=today')")).toBe('https');
  });

  it('documented defaults: the path is "/" when empty; the port defaults by protocol', () => {
    expect(ev("uriPath('https://www.contoso.com')")).toBe('/');
    expect(ev("uriPort('https://www.contoso.com')")).toBe(443);
    expect(ev("uriPort('http://www.contoso.com')")).toBe(80);
  });
});

describe('reference guide: manipulation functions', () => {
  it('addProperty, setProperty and removeProperty', () => {
    expect(ev("addProperty(json('{ \"firstName\": \"Sophia\", \"lastName\": \"Owen\" }'), 'middleName', 'Anne')")).toEqual({
      firstName: 'Sophia',
      middleName: 'Anne',
      lastName: 'Owen',
    });
    const customer = "json('{ \"customerName\": { \"firstName\": \"Sophia\", \"surName\": \"Owen\" } }')";
    expect(ev(`setProperty(${customer}, 'customerName', addProperty(${customer}['customerName'], 'middleName', 'Anne'))`)).toEqual({
      customerName: { firstName: 'Sophia', middleName: 'Anne', surName: 'Owen' },
    });
    expect(ev("removeProperty(json('{ \"firstName\": \"Sophia\", \"middleName\": \"Anne\", \"surName\": \"Owen\" }'), 'middleName')")).toEqual({
      firstName: 'Sophia',
      surName: 'Owen',
    });
    expect(
      ev("removeProperty(json('{ \"customerName\": { \"firstName\": \"Sophia\", \"middleName\": \"Anne\", \"surName\": \"Owen\" } }')['customerName'], 'middleName')"),
    ).toEqual({ firstName: 'Sophia', surName: 'Owen' });
    expect(ev("setProperty(json('{ \"firstName\": \"Sophia\", \"surName\": \"Owen\" }'), 'surName', 'Hartnett')")).toEqual({
      firstName: 'Sophia',
      surName: 'Hartnett',
    });
    expect(ev(`setProperty(${customer}, 'customerName', setProperty(${customer}['customerName'], 'surName', 'Hartnett'))`)).toEqual({
      customerName: { firstName: 'Sophia', surName: 'Hartnett' },
    });
  });

  it('addProperty fails when the property exists (documented)', () => {
    expect(() => ev("addProperty(json('{\"a\": 1}'), 'a', 2)")).toThrow(/already has a property/);
  });

  it('coalesce returns the first non-null value', () => {
    expect(ev('coalesce(null, true, false)')).toBe(true);
    expect(ev("coalesce(null, 'hello', 'world')")).toBe('hello');
    expect(ev('coalesce(null, null, null)')).toBe(null);
    expect(ev("coalesce(null, '', 'x')")).toBe(''); // "Empty strings ... aren't null"
  });
});

describe('reference guide: xpath', () => {
  const items = (attrs: [string, string] = ['', '']) =>
    `<?xml version="1.0"?><produce><item><name${attrs[0]}>Gala</name><type>apple</type><count>20</count></item>` +
    `<item><name${attrs[1]}>Honeycrisp</name><type>apple</type><count>10</count></item></produce>`;
  const xpath = (xml: string, path: string): Value => ev(`xpath(xml(parameters('items')), '${path.replace(/'/g, "''")}')`, { parameters: { items: xml } });
  const texts = (nodes: Value) => (nodes as Value[]).map((n) => toText(n));

  it('Example 1 and 7: text nodes and sum()', () => {
    expect(xpath(items(), '/produce/item/name/text()')).toEqual(['Gala', 'Honeycrisp']);
    const sum = xpath(items(), 'sum(/produce/item/count)');
    expect([toJson(sum), typeName(sum)]).toEqual(['30', 'Float']); // XPath numbers are doubles
  });

  it("Examples 2 and 3: name[1] and name[last()] pick a name in each item (the guide's single 'Gala' and 'Honeycrisp' are wrong for XPath 1.0)", () => {
    expect(texts(xpath(items(), '/produce/item/name[1]'))).toEqual(['<name>Gala</name>', '<name>Honeycrisp</name>']);
    expect(texts(xpath(items(), '(/produce/item/name)[last()]'))).toEqual(['<name>Honeycrisp</name>']);
  });

  it('Examples 4 to 6: attribute predicates return the matching name elements', () => {
    expect(texts(xpath(items([" expired='true'", " expired='false'"]), '//name[@expired]'))).toEqual([
      '<name expired="true">Gala</name>',
      '<name expired="false">Honeycrisp</name>',
    ]);
    expect(texts(xpath(items([" expired='true'", '']), "//name[@expired = 'true']"))).toEqual(['<name expired="true">Gala</name>']);
    expect(texts(xpath(items([" expired='true' price='12'", " expired='false' price='40'"]), '//name[@price>35]'))).toEqual([
      '<name expired="false" price="40">Honeycrisp</name>',
    ]);
  });

  it('Examples 8 and 9: namespaces with name() and local-name(), and string()', () => {
    const context = { actions: { Http: { outputs: { body: '<?xml version="1.0"?><file xmlns="https://contoso.com"><location>Paris</location></file>' } } } };
    const location = '<location xmlns="https://contoso.com">Paris</location>';
    expect(texts(ev(`xpath(xml(body('Http')), '/*[name()="file"]/*[name()="location"]')`, context))).toEqual([location]);
    expect(
      texts(ev(`xpath(xml(body('Http')), '/*[local-name()="file" and namespace-uri()="https://contoso.com"]/*[local-name()="location"]')`, context)),
    ).toEqual([location]);
    expect(ev(`xpath(xml(body('Http')), 'string(/*[name()="file"]/*[name()="location"])')`, context)).toBe('Paris');
  });
});
