// Conformance: conversion-function examples of the reference guide, with their documented results.
import { describe, it, expect } from 'vitest';
import { isContent, toText } from '../../../src/expr/index';
import { ev, evJson, failure } from '../evaluate-helpers';

describe('reference guide: conversion functions', () => {
  it.each([
    ["array('hello')", '["hello"]'],
    ["base64('hello')", '"aGVsbG8="'],
    ["base64ToString('aGVsbG8=')", '"hello"'],
    ["createArray('h', 'e', 'l', 'l', 'o')", '["h","e","l","l","o"]'],
    ["dataUri('hello')", '"data:text/plain;charset=utf-8;base64,aGVsbG8="'],
    ["dataUriToString('data:text/plain;charset=utf-8;base64,aGVsbG8=')", '"hello"'],
    ["decodeUriComponent('https%3A%2F%2Fcontoso.com')", '"https://contoso.com"'],
    ["encodeUriComponent('https://contoso.com')", '"https%3A%2F%2Fcontoso.com"'],
    ["uriComponent('https://contoso.com')", '"https%3A%2F%2Fcontoso.com"'],
    ["uriComponentToString('https%3A%2F%2Fcontoso.com')", '"https://contoso.com"'],
    ["int('10')", '10'],
    ['string(10)', '"10"'],
    ["json('[1, 2, 3]')", '[1,2,3]'],
    ["json('{\"fullName\": \"Sophia Owen\"}')", '{"fullName":"Sophia Owen"}'],
  ])('%s is %s', (expression, json) => {
    expect(evJson(expression)).toBe(json);
  });

  it.each([
    ['bool(1)', true],
    ['bool(0)', false],
    ['bool(-1)', true],
    ["bool('true')", true],
    ["bool('false')", false],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it.each([
    ["float('10,000.333')", 10000.333],
    ["float('10.000,333', 'de-DE')", 10000.333],
    // "Examples of unexpectedly valid inputs":
    ["float('12,3,4,5678')", 12345678],
    ["float('1234567,8+')", 12345678],
    ["float('12345,6,78,-')", -12345678],
    ["float('-12,345,678,')", -12345678],
    ["float('12345678.-')", -12345678],
    ["float('.12345678')", 0.12345678],
  ])('%s is %j', (expression, expected) => {
    expect(JSON.parse(evJson(expression))).toBe(expected);
  });

  it('decimal(): exact as a string, a double as a number', () => {
    expect(evJson("decimal('1.2345678912312131')")).toBe('1.234567891231213');
    expect(ev("string(decimal('1.2345678912312131'))")).toBe('1.2345678912312131');
    expect(evJson("add(decimal('1.2345678912312131'), decimal('1.2345678912312131'))")).toBe('2.469135782462426');
    expect(ev("string(add(decimal('1.2345678912312131'), decimal('1.2345678912312131')))")).toBe('2.4691357824624262');
  });

  it("decodeDataUri returns the data URI's content, which reads as 'hello'", () => {
    const result = ev("decodeDataUri('data:text/plain;charset=utf-8;base64,aGVsbG8=')");
    expect(isContent(result) && toText(result)).toBe('hello');
  });

  it('dataUriToBinary returns binary content of the decoded data', () => {
    // The guide shows the bits of the data URI text itself, not of its decoded data: it is wrong.
    // The runtime returns the decoded bytes as content (base64 'aGVsbG8=' is 'hello').
    expect(ev("dataUriToBinary('data:text/plain;charset=utf-8;base64,aGVsbG8=')")).toEqual({
      '$content-type': 'text/plain;charset=utf-8',
      $content: 'aGVsbG8=',
    });
  });

  it("uriComponentToBinary: 'The binary content is base64-encoded and represented by $content'", () => {
    expect(ev("uriComponentToBinary('https%3A%2F%2Fcontoso.com')")).toEqual({
      '$content-type': 'application/octet-stream',
      $content: 'aHR0cHM6Ly9jb250b3NvLmNvbQ==',
    });
  });

  it('base64ToBinary and binary return content whose text is the decoded string (no documented result)', () => {
    expect(ev("string(base64ToBinary('aGVsbG8='))")).toBe('hello');
    expect(ev("base64(binary('hello'))")).toBe('aGVsbG8=');
    expect(ev("decodeBase64('aGVsbG8=')")).toBe(ev("base64ToString('aGVsbG8=')"));
  });

  it('string() of an object is its JSON (the guide writes the object literal, which is not expression syntax)', () => {
    expect(JSON.parse(ev("string(json('{ \"name\": \"Sophie Owen\" }'))") as string)).toEqual({ name: 'Sophie Owen' });
  });

  it('string() of null is the empty string (documented)', () => {
    expect(ev('string(null)')).toBe('');
  });

  it('json(xml) with a single child element', () => {
    const xml =
      '<?xml version="1.0"?> <root> <person id="1"> <name>Sophia Owen</name> <occupation>Engineer</occupation> </person> </root>';
    expect(ev(`json(xml('${xml}'))`)).toEqual({
      '?xml': { '@version': '1.0' },
      root: { person: { '@id': '1', name: 'Sophia Owen', occupation: 'Engineer' } },
    });
  });

  it('json(xml) with several child elements of one name makes an array', () => {
    const xml =
      '<?xml version="1.0"?> <root> <person id="1"> <name>Sophia Owen</name> <occupation>Engineer</occupation> </person> ' +
      '<person id="2"> <name>John Doe</name> <occupation>Engineer</occupation> </person> </root>';
    expect(ev(`json(xml('${xml}'))`)).toEqual({
      '?xml': { '@version': '1.0' },
      root: {
        person: [
          { '@id': '1', name: 'Sophia Owen', occupation: 'Engineer' },
          { '@id': '2', name: 'John Doe', occupation: 'Engineer' },
        ],
      },
    });
  });

  it.each([
    ["xml('<name>Sophia Owen</name>')", '<name>Sophia Owen</name>'],
    ["xml(json('{ \"name\": \"Sophia Owen\" }'))", '<name>Sophia Owen</name>'],
    // The guide prints this one indented and closes it with '<person>' (a typo); compared without layout.
    ["xml(json('{\"person\": {\"name\": \"Sophia Owen\", \"city\": \"Seattle\"}}'))", '<person><name>Sophia Owen</name><city>Seattle</city></person>'],
    [
      "xml(json('{\"root\":{\"array\":[{ \"ID\": 1, \"Name\": \"James\" },{ \"ID\": 2, \"Name\": \"John\" },{ \"ID\": 3, \"Name\": \"Sam\" }]}}'))",
      '<root><array><ID>1</ID><Name>James</Name></array><array><ID>2</ID><Name>John</Name></array><array><ID>3</ID><Name>Sam</Name></array></root>',
    ],
  ])('%s is the XML %s', (expression, xml) => {
    const result = ev(expression);
    expect(isContent(result)).toBe(true);
    expect(toText(result)).toBe(xml);
  });

  it("xml() rejects a raw array, as documented ('The function doesn't accept a raw array as input')", () => {
    expect(failure("@xml(json('[1, 2]'))").message).toContain("'xml'");
  });

  it("int() of a non-integer string fails with Power Automate's message", () => {
    expect(failure("@int('1.5')").message).toBe(
      "The template language function 'int' was invoked with a parameter that is not valid. The value cannot be converted to the target type.",
    );
  });
});
