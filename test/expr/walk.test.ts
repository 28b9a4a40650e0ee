import { describe, it, expect } from 'vitest';
import { parseExpression, parseValue, referencesIn, walk, type ExprNode } from '../../src/expr/index';

describe('walk', () => {
  it('visits every node in pre-order, source order, with parents', () => {
    const root = parseExpression("concat(body('A')?['x'], 1, true, null)");
    const seen: string[] = [];
    walk(root, (node, parent) => {
      const label = node.type === 'call' ? node.name : node.type === 'string' ? `'${node.value}'` : node.type;
      seen.push(`${label}<${parent ? parent.type : 'root'}`);
    });
    expect(seen).toEqual([
      'concat<root',
      'member<call',
      'body<member',
      "'A'<call",
      "'x'<member",
      'number<call',
      'boolean<call',
      'null<call',
    ]);
  });

  it('skips the children of a node when the visitor returns false', () => {
    const root = parseExpression("if(equals(1, 2), body('A'), body('B'))");
    const names: string[] = [];
    walk(root, (node) => {
      if (node.type !== 'call') return;
      names.push(node.name);
      if (node.name === 'equals') return false;
    });
    expect(names).toEqual(['if', 'equals', 'body', 'body']);
  });

  it('handles very long property chains without recursion', () => {
    let node: ExprNode = { type: 'call', name: 'a', args: [], start: 0, end: 3 };
    for (let i = 0; i < 100_000; i++) {
      node = { type: 'member', object: node, property: { type: 'null', start: 0, end: 0 }, optional: false, computed: true, start: 0, end: 0 };
    }
    let count = 0;
    walk(node, () => {
      count++;
    });
    expect(count).toBe(200_001);
  });
});

describe('referencesIn', () => {
  it('finds action, loop, variable, parameter and trigger references with spans', () => {
    const src =
      "@concat(body('Get')?['v'], outputs('Compose'), items('Apply_to_each')?['id'], item(), variables('count'), parameters('Env'), triggerBody()?['x'], iterationIndexes('Until'), result('Scope'), actions('A').status)";
    const refs = referencesIn(parseValue(src));
    const at = (text: string) => ({ start: src.indexOf(text), end: src.indexOf(text) + text.length });
    expect(refs).toEqual([
      { fn: 'body', kind: 'action', arg: 'Get', ...at("body('Get')") },
      { fn: 'outputs', kind: 'action', arg: 'Compose', ...at("outputs('Compose')") },
      { fn: 'items', kind: 'loop', arg: 'Apply_to_each', ...at("items('Apply_to_each')") },
      { fn: 'item', kind: 'loop', ...at('item()') },
      { fn: 'variables', kind: 'variable', arg: 'count', ...at("variables('count')") },
      { fn: 'parameters', kind: 'parameter', arg: 'Env', ...at("parameters('Env')") },
      { fn: 'triggerbody', kind: 'trigger', ...at('triggerBody()') },
      { fn: 'iterationindexes', kind: 'loop', arg: 'Until', ...at("iterationIndexes('Until')") },
      { fn: 'result', kind: 'action', arg: 'Scope', ...at("result('Scope')") },
      { fn: 'actions', kind: 'action', arg: 'A', ...at("actions('A')") },
    ]);
  });

  it('lowercases function names and omits non-literal arguments', () => {
    const src = "@BODY(variables('name'))";
    expect(referencesIn(parseValue(src))).toEqual([
      { fn: 'body', kind: 'action', start: 1, end: src.length },
      { fn: 'variables', kind: 'variable', arg: 'name', start: 6, end: src.length - 1 },
    ]);
  });

  it('collects references from every interpolation of a template', () => {
    const refs = referencesIn(parseValue("Hi @{triggerOutputs()?['body/name']}, see @{actionBody('Get_item')}!"));
    expect(refs.map((r) => [r.fn, r.arg])).toEqual([
      ['triggeroutputs', undefined],
      ['actionbody', 'Get_item'],
    ]);
  });

  it('finds references in index expressions and ignores other functions', () => {
    const refs = referencesIn(parseExpression("body('A')[variables('i')]"));
    expect(refs.map((r) => `${r.fn}:${r.arg}`)).toEqual(['body:A', 'variables:i']);
    expect(referencesIn(parseExpression("concat('a', utcNow())"))).toEqual([]);
    expect(referencesIn(parseValue('plain text'))).toEqual([]);
  });

  it('does not treat form-data keys of trigger functions as names', () => {
    const refs = referencesIn(parseExpression("triggerFormDataValue('feedUrl')"));
    expect(refs).toEqual([{ fn: 'triggerformdatavalue', kind: 'trigger', start: 0, end: 31 }]);
  });
});
