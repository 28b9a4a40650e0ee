import { describe, it, expect } from 'vitest';
import { ExpressionError, MAX_DEPTH, parseExpression, parseValue, type ExpressionErrorReason } from '../../src/expr/index';

/** Parses `value`, expecting an ExpressionError, and returns it. */
function failure(value: string): ExpressionError {
  try {
    parseValue(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error(`expected '${value}' to fail`);
}

function expectFailure(value: string, position: number, reason: ExpressionErrorReason): ExpressionError {
  const error = failure(value);
  expect(error.code).toBe('InvalidTemplate');
  expect({ position: error.position, reason: error.reason }).toEqual({ position, reason });
  expect(error.message).toContain(`position ${position}`);
  return error;
}

describe('parse errors', () => {
  it("reports a missing ')' at the end of data, like Power Automate", () => {
    const error = expectFailure("@concat('a'", 11, 'UnexpectedToken');
    expect(error.message).toBe(
      "Unable to parse template language expression 'concat('a''; expected token 'RightParenthesis' and actual 'EndOfData' at position 11.",
    );
  });

  it("reports a missing ')' before other tokens", () => {
    const error = expectFailure("@concat('a' 'b')", 12, 'UnexpectedToken');
    expect(error.message).toContain("expected token 'RightParenthesis' and actual 'StringLiteral'");
  });

  it('reports an unterminated string at its opening quote', () => {
    const error = expectFailure("@concat('a", 8, 'UnterminatedString');
    expect(error.message).toContain('string literal starting at position 8 is not terminated');
  });

  it('reports an unterminated string inside an interpolation', () => {
    expectFailure("text @{concat('a)} more", 14, 'UnterminatedString');
  });

  it("reports an interpolation without its closing '}'", () => {
    const error = expectFailure("x @{concat('a')", 2, 'UnterminatedInterpolation');
    expect(error.message).toContain("missing its closing '}'");
    expectFailure('@{', 0, 'UnterminatedInterpolation');
  });

  it('reports empty interpolations', () => {
    const error = expectFailure('@{}', 0, 'EmptyInterpolation');
    expect(error.message).toContain("'@{}'");
    expectFailure('Hello @{  } world', 6, 'EmptyInterpolation');
  });

  it('reports trailing garbage after an expression', () => {
    const error = expectFailure("@concat('a') x", 13, 'UnexpectedToken');
    expect(error.message).toContain("expected token 'EndOfData' and actual 'Identifier'");
    expectFailure("@{body('A')) }", 11, 'UnexpectedToken');
    expectFailure("@'a' 'b'", 5, 'UnexpectedToken');
  });

  it('reports double-quoted strings as unexpected characters with a hint', () => {
    const error = expectFailure('@length("Hello")', 8, 'UnexpectedCharacter');
    expect(error.message).toContain('single quotes');
  });

  it('reports other unexpected characters', () => {
    expectFailure("@concat('a') + 'b'", 13, 'UnexpectedCharacter');
    expectFailure('@12abc', 3, 'UnexpectedCharacter');
    expectFailure('@{a{}', 3, 'UnexpectedCharacter');
  });

  it('reports identifiers that are not calls', () => {
    const error = expectFailure('@foo', 4, 'UnexpectedToken');
    expect(error.message).toContain("'foo' is not a function call or literal");
    expectFailure('@foo.bar', 4, 'UnexpectedToken');
  });

  it('reports missing or extra arguments around commas', () => {
    expectFailure("@concat('a',)", 12, 'UnexpectedToken');
    expectFailure('@concat(,)', 8, 'UnexpectedToken');
    expectFailure('@concat(', 8, 'UnexpectedToken');
  });

  it('reports broken property accesses', () => {
    expectFailure("@body('x')?", 11, 'UnexpectedToken');
    expectFailure("@body('x')?('y')", 11, 'UnexpectedToken');
    expectFailure("@body('x').", 11, 'UnexpectedToken');
    expectFailure("@body('x').'y'", 11, 'UnexpectedToken');
    expectFailure("@body('x')['y'", 14, 'UnexpectedToken');
    expectFailure("@body('x')[]", 11, 'UnexpectedToken');
  });

  it('does not allow property access on literals', () => {
    const error = expectFailure("@'abc'[0]", 6, 'UnexpectedToken');
    expect(error.message).toContain("actual 'LeftSquareBracket'");
  });

  it('reports positions relative to the whole value inside templates', () => {
    expectFailure("Name: @{concat('a' 'b')} / @{x}", 19, 'UnexpectedToken');
    expectFailure("@{a()} and @{b(}", 15, 'UnexpectedToken');
  });

  it('parseExpression reports positions shifted by its offset', () => {
    try {
      parseExpression("concat('a'", 100);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).position).toBe(110);
    }
  });
});

describe('nesting limits', () => {
  it(`accepts nesting up to ${MAX_DEPTH} levels`, () => {
    const depth = MAX_DEPTH - 1;
    const value = `@${'f('.repeat(depth)}1${')'.repeat(depth)}`;
    expect(parseValue(value).kind).toBe('expression');
  });

  it('rejects deeply nested calls with an ExpressionError, not a stack overflow', () => {
    const value = `@${'f('.repeat(5000)}1${')'.repeat(5000)}`;
    const error = failure(value);
    expect(error.reason).toBe('TooDeep');
    expect(error.message).toContain(`maximum depth of ${MAX_DEPTH}`);
  });

  it('counts long property chains towards the depth', () => {
    const error = failure(`@a()${'[0]'.repeat(5000)}`);
    expect(error.reason).toBe('TooDeep');
  });

  it('rejects deep nesting inside indexes', () => {
    const error = failure(`@a()${'[a()'.repeat(3000)}${']'.repeat(3000)}`);
    expect(error.reason).toBe('TooDeep');
  });
});
