import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkCalls,
  ExpressionError,
  expressionsOf,
  parseValue,
  referencesIn,
  walk,
  type ExprNode,
  type ParsedValue,
} from '../../src/expr/index';

/** Parses, returning the result or the ExpressionError; anything else escapes. */
function parseOrError(value: string): ParsedValue | ExpressionError {
  try {
    return parseValue(value);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
}

/** Errors are InvalidTemplate errors located inside the value. */
function checkError(value: string, error: ExpressionError): void {
  expect(error.code).toBe('InvalidTemplate');
  expect(error.position).toBeGreaterThanOrEqual(0);
  expect(error.position).toBeLessThanOrEqual(value.length);
}

/** Every node span lies in the value and inside its parent's span. */
function checkSpans(value: string, parsed: ParsedValue): void {
  for (const root of expressionsOf(parsed)) {
    walk(root, (node, parent) => {
      expect(0 <= node.start && node.start <= node.end && node.end <= value.length).toBe(true);
      if (parent) expect(parent.start <= node.start && node.end <= parent.end).toBe(true);
    });
  }
}

const fragments = fc.constantFrom(
  '@', '@', '@@', '@{', '{', '}', '(', ')', ')', "'", "''", "'a'", "'}'", '[', ']', '?', '?[', "['v']",
  '.', ',', ' ', '-', '"', '\\', 'body', 'body(', 'concat(', 'items', 'true', 'null', 'x', '_a', '$c',
  '0', '12', '3.5', '.5', 'e', '\n', 'é',
);
const fragmentString = fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join(''));

describe('parseValue never throws anything but ExpressionError', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 })), (value) => {
        const result = parseOrError(value);
        if (result instanceof ExpressionError) checkError(value, result);
        else checkSpans(value, result);
      }),
      { numRuns: 3000 },
    );
  });

  it('on expression-like strings', () => {
    fc.assert(
      fc.property(fragmentString, (value) => {
        const result = parseOrError(value);
        if (result instanceof ExpressionError) {
          checkError(value, result);
        } else {
          checkSpans(value, result);
          // Downstream helpers accept whatever the parser produced.
          checkCalls(result);
          referencesIn(result);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('on expression-like strings starting with @ or containing @{', () => {
    const shaped = fc.oneof(
      fragmentString.map((s) => `@${s}`),
      fc.tuple(fragmentString, fragmentString).map(([a, b]) => `${a}@{${b}}`),
    );
    fc.assert(
      fc.property(shaped, (value) => {
        const result = parseOrError(value);
        if (result instanceof ExpressionError) checkError(value, result);
        else checkSpans(value, result);
      }),
      { numRuns: 3000 },
    );
  });
});

// Generator of well-formed expression bodies.
const { expr } = fc.letrec<{ expr: string; literal: string; call: string }>((tie) => ({
  literal: fc.oneof(
    fc.string({ maxLength: 8 }).map((s) => `'${s.replaceAll("'", "''")}'`),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => n.toFixed(3)),
    fc.constantFrom('true', 'false', 'null', 'TRUE'),
  ),
  call: fc
    .tuple(
      fc.constantFrom('body', 'concat', 'items', 'if', 'triggerOutputs', 'f_1'),
      fc.array(tie('expr'), { maxLength: 3 }),
      fc.array(
        fc.oneof(
          fc.constantFrom('.name', '?.name', "['a/b']", "?['x']", '[0]'),
          tie('expr').map((e) => `?[${e}]`),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([name, args, accesses]) => `${name}(${args.join(', ')})${accesses.join('')}`),
  expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('literal'), tie('call')),
}));

describe('well-formed expressions', () => {
  it('always parse, with consistent spans', () => {
    fc.assert(
      fc.property(expr, fc.string({ maxLength: 5 }), (body, text) => {
        const whole = parseValue(`@${body}`);
        expect(whole.kind).toBe('expression');
        checkSpans(`@${body}`, whole);

        const safeText = text.replaceAll('@', '');
        const template = `${safeText}@{${body}}${safeText}`;
        const parsed = parseValue(template);
        expect(parsed.kind).toBe('template');
        checkSpans(template, parsed);
      }),
      { numRuns: 1500 },
    );
  });

  it('record each call with a span covering its source text', () => {
    fc.assert(
      fc.property(expr, (body) => {
        const value = `@${body}`;
        const parsed = parseValue(value);
        if (parsed.kind !== 'expression') throw new Error('not an expression');
        walk(parsed.expr, (node: ExprNode) => {
          if (node.type === 'call') expect(value.slice(node.start, node.start + node.name.length)).toBe(node.name);
          if (node.type === 'string') {
            // Either a quoted literal or the identifier of a `.name` access.
            const source = value.slice(node.start, node.end);
            expect(source === node.value || source === `'${node.value.replaceAll("'", "''")}'`).toBe(true);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });
});
