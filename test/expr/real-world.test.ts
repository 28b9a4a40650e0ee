import { describe, it, expect } from 'vitest';
import { parseValue, type ExprNode } from '../../src/expr/index';
import { call, int, member, span, str } from './ast-builders';

describe('parseValue: real-world values', () => {
  it("@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']", () => {
    const src = "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']";
    const trig = call('triggerOutputs', [], span(src, 'triggerOutputs()'));
    const headers = member(trig, str('headers', span(src, 'headers')), span(src, 'headers').end, false, false);
    const tokens = member(headers, str('X-MS-APIM-Tokens', span(src, "'X-MS-APIM-Tokens'")), span(src, "']").end, false);
    const decode = call('decodeBase64', [tokens], span(src, "decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens'])"));
    const json = call('json', [decode], span(src, "json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))"));
    expect(parseValue(src)).toEqual({
      kind: 'expression',
      expr: member(json, str('$ConnectionKey', span(src, "'$ConnectionKey'")), src.length, false),
    });
  });

  it("@{first(body('Get_Settings')['value'])['cat_name']}", () => {
    const src = "@{first(body('Get_Settings')['value'])['cat_name']}";
    const body = call('body', [str('Get_Settings', span(src, "'Get_Settings'"))], span(src, "body('Get_Settings')"));
    const value = member(body, str('value', span(src, "'value'")), span(src, "['value']").end, false);
    const first = call('first', [value], span(src, "first(body('Get_Settings')['value'])"));
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [member(first, str('cat_name', span(src, "'cat_name'")), src.length - 1, false)],
    });
  });

  it('OData filter with an interpolation in the middle', () => {
    const src =
      "_cat_approver_value eq @{triggerOutputs()?['body/cat_businessapproverid']} and cat_instancestatus eq 809060001";
    const trig = call('triggerOutputs', [], span(src, 'triggerOutputs()'));
    expect(parseValue(src)).toEqual({
      kind: 'template',
      parts: [
        '_cat_approver_value eq ',
        member(
          trig,
          str('body/cat_businessapproverid', span(src, "'body/cat_businessapproverid'")),
          span(src, "']").end,
          true,
        ),
        ' and cat_instancestatus eq 809060001',
      ],
    });
  });

  it('@if(equals(first(...)?[...], null), guid(), first(...)?[...])', () => {
    const src =
      "@if(equals(first(outputs('Search')?['body/value'])?['id'], null), guid(), first(outputs('Search')?['body/value'])?['id'])";
    const firstId = (from: number): ExprNode => {
      const outputs = call('outputs', [str('Search', span(src, "'Search'", from))], span(src, "outputs('Search')", from));
      const value = member(outputs, str('body/value', span(src, "'body/value'", from)), span(src, "?['body/value']", from).end, true);
      const first = call('first', [value], span(src, "first(outputs('Search')?['body/value'])", from));
      return member(first, str('id', span(src, "'id'", from)), span(src, "?['id']", from).end, true);
    };
    const second = src.indexOf('first', src.indexOf('guid'));
    const equals = call('equals', [firstId(0), { type: 'null', ...span(src, 'null') }], span(src, "equals(first(outputs('Search')?['body/value'])?['id'], null)"));
    expect(parseValue(src)).toEqual({
      kind: 'expression',
      expr: call('if', [equals, call('guid', [], span(src, 'guid()')), firstId(second)], { start: 1, end: src.length }),
    });
  });

  it("@result('Scope')[0]?['error']", () => {
    const src = "@result('Scope')[0]?['error']";
    const result = call('result', [str('Scope', span(src, "'Scope'"))], span(src, "result('Scope')"));
    const zero = member(result, int(0, span(src, '0')), span(src, '[0]').end, false);
    expect(parseValue(src)).toEqual({
      kind: 'expression',
      expr: member(zero, str('error', span(src, "'error'")), src.length, true),
    });
  });

  it("workflow()['tags']['environmentName'] inside an HTML template", () => {
    const src = "<a href=https://flow.microsoft.com/manage/environments/@{workflow()['tags']['environmentName']}/flows>x</a>";
    const parsed = parseValue(src);
    expect(parsed.kind).toBe('template');
    if (parsed.kind !== 'template') return;
    expect(parsed.parts[0]).toBe('<a href=https://flow.microsoft.com/manage/environments/');
    expect(parsed.parts[2]).toBe('/flows>x</a>');
    expect(parsed.parts[1]).toMatchObject({ type: 'member', property: { type: 'string', value: 'environmentName' } });
  });
});
