// The $filter parser: literals, quote escaping, operator precedence.
import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../../src/sim/dataverse/odata/filter-parser';

describe('$filter parser', () => {
  it("reads '' inside a string literal as one quote", () => {
    expect(parseFilter("name eq 'O''Brien & Co'")).toEqual({
      k: 'cmp',
      op: 'eq',
      left: { k: 'prop', name: 'name', pos: 0 },
      right: { k: 'lit', type: 'Edm.String', value: "O'Brien & Co", pos: 8 },
    });
  });

  it('types literals: GUIDs, dates, date-times, integers, decimals, booleans, null', () => {
    const literal = (text: string) =>
      (parseFilter(`x eq ${text}`) as { right: { type: string; value: unknown } }).right;
    expect(literal('AD5DD172-AE21-EF11-840A-6045BD579533')).toMatchObject({
      type: 'Edm.Guid',
      value: 'ad5dd172-ae21-ef11-840a-6045bd579533',
    });
    expect(literal('2025-03-01')).toMatchObject({ type: 'Edm.Date', value: '2025-03-01' });
    expect(literal('2025-03-01T09:00:00Z')).toMatchObject({ type: 'Edm.DateTimeOffset' });
    expect(literal('-42')).toMatchObject({ type: 'Edm.Int32', value: -42 });
    expect(literal('12.5')).toMatchObject({ type: 'Edm.Decimal', value: 12.5 });
    expect(literal('true')).toMatchObject({ type: 'Edm.Boolean', value: true });
    expect(literal('null')).toMatchObject({ type: 'null', value: null });
  });

  it('binds and tighter than or, not tighter than and', () => {
    const tree = parseFilter('a eq 1 or not b eq 2 and c eq 3');
    expect(tree).toMatchObject({
      k: 'or',
      left: { k: 'cmp', left: { name: 'a' } },
      right: {
        k: 'and',
        left: { k: 'not', operand: { k: 'cmp', left: { name: 'b' } } },
        right: { k: 'cmp', left: { name: 'c' } },
      },
    });
  });

  it('reads function calls and a bare Boolean operand', () => {
    expect(parseFilter("contains(name,'x') and flag")).toMatchObject({
      k: 'and',
      left: {
        k: 'fn',
        name: 'contains',
        args: [
          { k: 'prop', name: 'name' },
          { k: 'lit', value: 'x' },
        ],
      },
      right: { k: 'bool', operand: { k: 'prop', name: 'flag' } },
    });
  });

  it('rejects operators in upper case, missing operands and unknown functions', () => {
    expect(() => parseFilter("name EQ 'x'")).toThrow("Syntax error at position 5 in 'name EQ 'x''.");
    expect(() => parseFilter('(a eq 1')).toThrow("Syntax error at position 7 in '(a eq 1'.");
    expect(() => parseFilter("substringof('x', name)")).toThrow(
      "An unknown function with name 'substringof' was found.",
    );
  });
});
