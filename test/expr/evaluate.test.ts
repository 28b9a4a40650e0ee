// Evaluation semantics: string values, templates, property access, errors.
import { describe, it, expect } from 'vitest';
import { compileValue, evaluateJson, evaluateValue, ExpressionError, type EvaluationContext } from '../../src/expr/index';
import { ev, failure } from './evaluate-helpers';

const context: EvaluationContext = {
  trigger: { outputs: { headers: { 'Content-Type': 'application/json' }, body: { SdkMessage: 'Create', a: null, Name: 'n' } } },
  actions: {
    Get_items: { outputs: { statusCode: 200, body: { value: [{ id: 1 }, { id: 2 }], '@odata.nextLink': 'next' } } },
  },
  variables: { list: [1, 2], flag: true },
};

describe('string values', () => {
  it('text without expressions is literal; a leading @@ escapes the @', () => {
    expect(evaluateValue('hello a@b.com')).toBe('hello a@b.com');
    expect(evaluateValue("@@concat('a')")).toBe("@concat('a')");
  });

  it('@expr returns any type; a template always returns text', () => {
    expect(evaluateValue("@variables('list')", context)).toEqual([1, 2]);
    expect(evaluateValue("@{variables('list')}", context)).toBe('[1,2]');
    expect(evaluateValue("List: @{variables('list')}", context)).toBe('List: [1,2]');
  });

  it('templates print booleans as True/False, null as nothing, floats in invariant culture', () => {
    expect(evaluateValue("flag=@{variables('flag')}", context)).toBe('flag=True');
    expect(evaluateValue("a=@{triggerBody()?['a']}.", context)).toBe('a=.');
    expect(evaluateValue('@{div(1, 4.0)} @{mul(1.5, 2)} @{add(0.1, 0.2)}')).toBe('0.25 3 0.30000000000000004');
    expect(evaluateValue("@{json('{\"a\": [1, \"x\"]}')}")).toBe('{"a":[1,"x"]}');
  });
});

describe('property access', () => {
  it('?[...] yields null for a missing property or a null object; [...] fails', () => {
    expect(ev("triggerBody()?['missing']?['deeper']", context)).toBe(null);
    const missing = failure("@triggerBody()['missing']", context);
    expect(missing.message).toBe(
      "The template language expression 'triggerBody()['missing']' cannot be evaluated because property 'missing' doesn't exist, " +
        "available properties are 'SdkMessage, a, Name'. Please see https://aka.ms/logicexpressions for usage details.",
    );
    expect(missing.position).toBe(1);
    expect(failure("@triggerBody()?['a']['b']", context).message).toContain(
      "property 'b' cannot be selected. Property selection is not supported on values of type 'Null'",
    );
  });

  it('names match exactly first, then ignoring case', () => {
    expect(ev("triggerBody()?['name']", context)).toBe('n');
    expect(ev("triggerOutputs()['headers']['content-type']", context)).toBe('application/json');
    expect(ev('triggerBody().SdkMessage', context)).toBe('Create');
  });

  it('connector slash paths on outputs and triggerOutputs', () => {
    expect(ev("outputs('Get_items')?['body/value']", context)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(ev("outputs('Get_items')?['body/@odata.nextLink']", context)).toBe('next');
    expect(ev("triggerOutputs()?['body/SdkMessage']", context)).toBe('Create');
    expect(ev("triggerOutputs()?['body/nothing/here']", context)).toBe(null);
    expect(failure("@outputs('Get_items')['body/nothing']", context).message).toContain("property 'nothing' of path 'body/nothing' doesn't exist");
  });

  it('array indexes are integers within bounds, even with ?', () => {
    expect(ev("body('Get_items')?['value']?[1]?['id']", context)).toBe(2);
    expect(failure("@body('Get_items')?['value']?[2]", context).message).toContain("array index '2' is outside bounds (0, 1) of array");
    expect(failure("@variables('list')['a']", context).message).toContain("the array index 'a' is not an integer");
  });

  it('selecting from a string fails', () => {
    expect(failure("@triggerBody()['SdkMessage']['x']", context).message).toContain("values of type 'String'");
  });

  it('objects built by functions keep a property named __proto__ as data', () => {
    expect(ev("setProperty(json('{}'), '__proto__', 1)")).toEqual(JSON.parse('{"__proto__": 1}'));
    expect(ev("json('{\"__proto__\": {\"x\": 1}}')?['__proto__']?['x']")).toBe(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('errors', () => {
  it('locate the failing call in the whole string value', () => {
    const error = failure("@concat('a', int('x'))");
    expect(error.position).toBe(13);
    expect(failure("Total: @{add(1, 'x')}").position).toBe(9);
  });

  it('argument type errors use the Power Automate wording', () => {
    expect(failure("@split(triggerBody()?['a'], ',')", context).message).toBe(
      "The template language function 'split' expects its first parameter to be of type string. The provided value is of type 'Null'. " +
        'Please see https://aka.ms/logicexpressions#split for usage details.',
    );
    expect(failure("@add(1, 'x')").message).toContain("expects its second parameter to be an integer or a decimal number");
    expect(failure('@toLower(1)').message).toContain("'toLower' expects its parameter to be of type string");
  });

  it('unknown functions and wrong arity are InvalidTemplate errors before evaluation', () => {
    const unknown = failure('@nope(1)');
    expect(unknown.reason).toBe('UnknownFunction');
    expect(failure("@concat()").reason).toBe('WrongArity');
    expect(() => evaluateValue('@concat(')).toThrow(ExpressionError);
  });

  it('substring and division by zero', () => {
    expect(failure("@substring('abc', 1, 5)").message).toContain("'substring' parameters are out of range");
    expect(failure('@div(1, 0)').message).toContain("'div' expects its second parameter to be a non-zero number");
  });
});

describe('compiling and JSON structures', () => {
  it('caches compiled values by their text', () => {
    expect(compileValue("@concat('a', 'b')")).toBe(compileValue("@concat('a', 'b')"));
  });

  it('evaluateJson evaluates every string of action inputs, keys included', () => {
    const inputs = { uri: "https://x/@{variables('list')[0]}", body: { '@{concat(\'k\', \'1\')}': "@variables('flag')" }, n: 1 };
    expect(evaluateJson(inputs, context)).toEqual({ uri: 'https://x/1', body: { k1: true }, n: 1 });
  });

  it('never changes the context', () => {
    const ctx: EvaluationContext = { variables: { o: { a: 1 } } };
    ev("setProperty(variables('o'), 'a', 2)", ctx);
    ev("removeProperty(variables('o'), 'a')", ctx);
    ev("reverse(createArray(variables('o')))", ctx);
    expect(ctx.variables).toEqual({ o: { a: 1 } });
  });
});
