// The two primitives of the diff: JSON paths of changes, and action names rewritten inside expressions.
import { describe, expect, it } from 'vitest';
import { diffJson, jsonEqual, renameInJson, renameInString } from '../../src/diff';

describe('diffJson', () => {
  it('ignores key order', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(diffJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
  });

  it('names each changed leaf by its path, with bracket keys where dots would mislead', () => {
    const before = { inputs: { parameters: { $filter: "name eq 'a'", 'subscriptionRequest/scope': 4, 'a.b': 1 } } };
    const after = { inputs: { parameters: { $filter: "name eq 'b'", 'subscriptionRequest/scope': 1, "it's": true } } };
    expect(diffJson(before, after)).toEqual([
      { path: 'inputs.parameters.$filter', before: "name eq 'a'", after: "name eq 'b'" },
      { path: "inputs.parameters['subscriptionRequest/scope']", before: 4, after: 1 },
      { path: "inputs.parameters['it\\'s']", after: true },
      { path: "inputs.parameters['a.b']", before: 1 },
    ]);
  });

  it('compares arrays by index, items added at the end one by one, other changes as the whole array', () => {
    expect(diffJson({ x: [1, 2, 3] }, { x: [1, 5, 3] })).toEqual([{ path: 'x[1]', before: 2, after: 5 }]);
    expect(diffJson({ x: [1] }, { x: [1, 2, 3] })).toEqual([
      { path: 'x[1]', after: 2 },
      { path: 'x[2]', after: 3 },
    ]);
    expect(diffJson({ x: [1, 2] }, { x: [0, 1, 2] })).toEqual([{ path: 'x', before: [1, 2], after: [0, 1, 2] }]);
  });

  it('reports a type change at its path', () => {
    expect(diffJson({ statusCode: '400' }, { statusCode: 400 })).toEqual([{ path: 'statusCode', before: '400', after: 400 }]);
  });
});

describe('renameInString', () => {
  const rename = (n: string) => (n === 'Get_item' ? 'Fetch_item' : n === 'Each' ? 'Every' : n);

  it('rewrites action and loop names in expressions and interpolations', () => {
    expect(renameInString("@body('Get_item')?['name']", rename)).toBe("@body('Fetch_item')?['name']");
    expect(renameInString("Name: @{outputs('Get_item')['body']} #@{items('Each')}", rename)).toBe(
      "Name: @{outputs('Fetch_item')['body']} #@{items('Every')}",
    );
    expect(renameInString("@concat(actions('Get_item').status, result('Get_item'))", rename)).toBe(
      "@concat(actions('Fetch_item').status, result('Fetch_item'))",
    );
  });

  it('leaves literals, other functions and unparsable text alone', () => {
    expect(renameInString("body('Get_item')", rename)).toBe("body('Get_item')");
    expect(renameInString("@variables('Get_item')", rename)).toBe("@variables('Get_item')");
    expect(renameInString("@concat('Get_item', 'x')", rename)).toBe("@concat('Get_item', 'x')");
    expect(renameInString("@body('Get_item'", rename)).toBe("@body('Get_item'");
  });

  it("escapes quotes in the new name the way expressions do ('')", () => {
    expect(renameInString("@outputs('A')", () => "Bob's")).toBe("@outputs('Bob''s')");
  });
});

describe('renameInJson', () => {
  it('renames runAfter keys and expression references, nothing else', () => {
    const action = { runAfter: { Get_item: ['Succeeded'] }, inputs: { Get_item: "@body('Get_item')", list: ['Get_item'] } };
    expect(renameInJson(action, (n) => (n === 'Get_item' ? 'Fetch' : n))).toEqual({
      runAfter: { Fetch: ['Succeeded'] },
      inputs: { Get_item: "@body('Fetch')", list: ['Get_item'] },
    });
  });
});
