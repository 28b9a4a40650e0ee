// Fuzzing the parser and evaluator: random values and random well-formed calls of
// every documented function must give a value or the engine's own error, never a crash.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateValue, EvaluationError, ExpressionError, FUNCTIONS, toJson, type EvaluationContext } from '../../src/expr/index';

const context: EvaluationContext = {
  trigger: { outputs: { headers: { a: 'b' }, body: { a: 1, list: [1, 'x', null], s: 'text', $formdata: [{ key: 'a', value: 'b' }], $multipart: [{ body: 1 }] } } },
  actions: {
    A: { outputs: { body: { value: [{ id: 1 }], n: 2.5 }, statusCode: 200 } },
    F: { outputs: { body: { $formdata: [{ key: 'a', value: 'b' }, { key: 'a', value: 'c' }, { key: 'k', value: 'v' }], $multipart: [{ body: 'p' }] } } },
  },
  currentAction: { name: 'Current', status: 'Running' },
  variables: { s: 'abc', n: 3, o: { k: 'v' }, l: [3, 1, 2], b: true },
  parameters: { p: 'x' },
  loops: [{ name: 'L', item: { id: 7 }, index: 0 }],
  workflow: { name: 'w', run: { name: 'r' } },
  results: { L: [{ name: 'A', status: 'Succeeded' }] },
  callbackUrl: 'https://example.com/cb',
  now: () => '2020-02-29T12:34:56.789Z',
  random: () => 0.5,
  newGuid: () => '00000000-0000-0000-0000-000000000001',
};

/** Evaluates, returning the JSON of the result or the ExpressionError; anything else escapes and fails the test. */
function outcome(value: string): string | ExpressionError {
  try {
    return toJson(evaluateValue(value, context));
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
}

function check(value: string): void {
  const result = outcome(value);
  if (typeof result === 'string') return;
  expect(result.code).toBe('InvalidTemplate');
  expect(result.position).toBeGreaterThanOrEqual(0);
  expect(result.position).toBeLessThanOrEqual(value.length);
  if (result instanceof EvaluationError) expect(result.reason, result.message).not.toBe('InternalError');
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const interesting = fc.constantFrom(
  '', 'a', 'abc', 'A b C', '  x  ', '10', '-1.5', '1,000.5', 'true', 'False', 'null', '0', '2018-03-15T13:27:36Z', '03/15/2018 12:00:00',
  '2018-13-45', 'Mon, 09 Apr 2018 18:47:12 GMT', 'Pacific Standard Time', 'UTC', 'W. Europe Standard Time', 'Nowhere', 'Day', 'Month',
  'Year', 'Second', 'en-US', 'fr-FR', 'de-DE', 'xx', 'C2', 'N', 'D', 'X', '#,##0.00', '0.###E+0', 'o', 'yyyy-MM-dd', 'dddd MMMM d',
  "HH\\h", '%', '<a x="1">t</a>', '<a>', '{"a": [1, 2]}', '[1, 2', 'aGVsbG8=', 'aGVsbG8', 'data:text/plain;base64,aGk=', 'data:,a%20b',
  'https://x.com:8080/p/a?q=1', 'not a uri', '%41%zz', '/a/text()', 'sum(//a)', '//*[', 'P', 'B', 'body/value', 'a', 'list', '__proto__',
);
const stringLiteral = fc.oneof({ weight: 4, arbitrary: interesting }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }).map(quote);
const numberLiteral = fc.oneof(
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom('0', '-1', '2147483647', '9223372036854775807', '99999999999999999999', '1.0', '0.5', '-2.5', '1e3', '.5', '1e308'),
);
const leaf = fc.oneof(stringLiteral, numberLiteral, fc.constantFrom('true', 'false', 'null'));

const pool = (...items: string[]) => fc.constantFrom(...items.map(quote));
const small = fc.integer({ min: -3, max: 12 }).map(String);
const timestamps = pool('2018-03-15T13:27:36Z', '03/15/2018', '2018-11-04T01:30:00', '2018-03-11T02:30:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'x');
const dateFormats = pool('o', 'D', 'u', 'R', 'yyyy-MM-dd', 'dddd MMMM d', "HH'h'mm", 'FFF', 'Q', '%K', 'ddd, d MMM yyyy hh:mm:ss.fff tt zzz');
const numberFormats = pool('N', 'C2', 'P1', 'E', 'G5', 'X', 'D3', 'R', '#,##0.00', '0.###E+0', '##;(##);zero', "0 'u'", 'Z9');
const collections = fc.constantFrom("createArray(1, 2, 2, 'a')", "variables('l')", "'abcdef'", "json('[3, 1, 2]')", "createArray(json('{\"k\": 2}'), json('{\"k\": 1}'))", "json('{\"a\": 1, \"b\": 2}')");

/** Plausible arguments by documented parameter name, so calls get past argument checks. */
function plausible(fn: string, param: string): fc.Arbitrary<string> {
  const p = param.replace(/[?_\d.]/g, '').toLowerCase();
  if (/timestamp|date$/.test(p)) return timestamps;
  if (p === 'format') return fn === 'formatNumber' ? numberFormats : fn === 'guid' ? pool('N', 'D', 'B', 'P', 'X', 'Q') : dateFormats;
  if (p === 'locale') return pool('en-US', 'fr-FR', 'de-DE', 'ja-JP', 'xx-XX');
  if (p === 'timeunit') return pool('Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Year', 'Eon');
  if (/timezone/.test(p)) return pool('UTC', 'Pacific Standard Time', 'W. Europe Standard Time', 'India Standard Time', 'Nowhere');
  if (/collection|numbers/.test(p)) return collections;
  if (/object/.test(p)) return fc.constantFrom("variables('o')", "json('{\"a\": {\"b\": 1}}')", 'null', "'s'");
  if (/expression/.test(p)) return fc.constantFrom('true', 'false', 'equals(1, 1)', "'true'");
  if (p === 'xml') return fc.constantFrom("xml('<r><a x=\"1\">t</a><a>u</a></r>')", "'<r/>'", "xml(json('{\"r\": {\"a\": [1, 2]}}'))");
  if (p === 'xpath') return pool('/r/a', '//a/text()', 'count(//a)', 'string(//a/@x)', '//*[', 'boolean(/r)');
  if (p === 'uri') return pool('https://x.com:8080/p/a?q=1', 'ftp://h/f', 'mailto:a@b.c', 'nope');
  if (/actionname/.test(p)) return pool('A', 'a', 'F', 'L', 'Missing');
  if (p === 'value' && /^(base64To|decodeBase64)/.test(fn)) return pool('aGVsbG8=', '77u/', 'YQ', '');
  if (p === 'value' && /dataUri(To|$)|decodeDataUri/.test(fn)) return pool('data:text/plain;charset=utf-8;base64,aGVsbG8=', 'data:,a%20b', 'data:x');
  if (/loopname/.test(p)) return pool('L', 'l', 'Missing');
  if (p === 'variablename') return pool('s', 'n', 'o', 'l', 'b', 'missing');
  if (p === 'parametername') return pool('p', 'missing');
  if (p === 'property' || p === 'key' || p === 'sortby') return pool('a', 'k', 'b', '');
  if (/index|length|count|occurrence|days|hours|minutes|seconds|interval|value$|divisor|dividend|summand|minuend|subtrahend|multiplicand/.test(p)) {
    return fc.oneof(small, fc.constantFrom('1.5', "decimal('2.50')", '9223372036854775807'));
  }
  return stringLiteral;
}

const accessor = fc.oneof(stringLiteral, numberLiteral, pool('a', 'value', 'id', 'k', 'body/value')).chain((k) => fc.constantFrom(`[${k}]`, `?[${k}]`));

const { expr } = fc.letrec<{ expr: string; call: string }>((tie) => ({
  expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('call'), tie('call')),
  call: fc
    .constantFrom(...FUNCTIONS)
    .chain((fn) => {
      const params = fn.params.split(',').map((s) => s.trim()).filter(Boolean);
      const max = Math.min(fn.maxArgs, Math.max(fn.minArgs, params.length) + 1);
      const arg = (i: number) => fc.oneof({ weight: 3, arbitrary: plausible(fn.name, params[Math.min(i, params.length - 1)] ?? '') }, tie('expr'));
      return fc.record({
        args: fc.tuple(...Array.from({ length: Math.max(max, 1) }, (_, i) => arg(i))),
        count: fc.integer({ min: fn.minArgs, max: Math.max(fn.minArgs, max) }),
        wrongArity: fc.nat(19).map((n) => n === 0),
        access: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(accessor, { minLength: 1, maxLength: 2 })),
      }).map(({ args, count, wrongArity, access }) => {
        const n = wrongArity ? (fn.minArgs > 0 ? fn.minArgs - 1 : fn.maxArgs + 1) : count;
        return `${fn.name}(${[...args, "'a'"].slice(0, n).join(', ')})${access.join('')}`;
      });
    }),
}));

describe('the evaluator only ever fails with its own errors', () => {
  it('on random calls of every documented function', () => {
    fc.assert(fc.property(expr, (e) => check(`@${e}`)), { numRuns: 10_000 });
  });

  it('every value that evaluates equals itself, and interpolates as string() prints it', () => {
    fc.assert(
      fc.property(expr, (e) => {
        if (typeof outcome(`@${e}`) !== 'string') return;
        expect(evaluateValue(`@equals(${e}, ${e})`, context)).toBe(true);
        expect(evaluateValue(`<@{${e}}>`, context)).toBe(`<${evaluateValue(`@string(${e})`, context) as string}>`);
      }),
      { numRuns: 2000 },
    );
  });

  it('on random templates mixing text and interpolations', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), expr.map((e) => `@{${e}}`)), { maxLength: 4 }), (parts) => check(parts.join(''))),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }).map((s) => `@${s}`), check), { numRuns: 2000 });
  });
});
