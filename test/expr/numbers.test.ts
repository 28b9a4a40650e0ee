// Number representation: integers (int64), floats (also integral ones), decimals.
import { describe, it, expect } from 'vitest';
import { Decimal, toJson, typeName } from '../../src/expr/index';
import { ev, failure } from './evaluate-helpers';

describe('integers', () => {
  it('are exact across the int64 range', () => {
    expect(ev('add(9007199254740993, 1)')).toBe(9007199254740994n);
    expect(ev('sub(9223372036854775807, 1)')).toBe(9223372036854775806n);
    expect(ev('mul(4294967296, 2147483647)')).toBe(9223372032559808512n);
    expect(toJson(ev('add(9007199254740993, 1)'))).toBe('9007199254740994');
  });

  it('overflowing int64 is an error', () => {
    expect(failure('@add(9223372036854775807, 1)').message).toContain('out of the range');
  });

  it('div truncates toward zero; mod keeps the sign of the dividend', () => {
    expect(ev('div(-7, 2)')).toBe(-3);
    expect(ev('mod(-7, 2)')).toBe(-1);
    expect(ev('div(-7, 2.0)')).toBe(-3.5);
  });
});

describe('floats', () => {
  it('print as .NET Core prints doubles', () => {
    expect(ev('string(add(0.1, 0.2))')).toBe('0.30000000000000004');
    expect(ev('string(100000000000000.0)')).toBe('100000000000000');
    expect(ev('string(1000000000000000.0)')).toBe('1E+15');
    expect(ev('string(0.0001)')).toBe('0.0001');
    expect(ev('string(0.00001)')).toBe('1E-05');
    expect(ev("string(float('2'))")).toBe('2');
  });

  it('integral floats keep their type', () => {
    expect(typeName(ev("float('2')"))).toBe('Float');
    expect(typeName(ev('1.0'))).toBe('Float');
    expect(typeName(ev('1'))).toBe('Integer');
    expect(ev('equals(1.0, 1)')).toBe(true);
  });
});

describe('decimals', () => {
  it('follow System.Decimal arithmetic', () => {
    expect(ev("string(div(decimal('1'), decimal('3')))")).toBe('0.3333333333333333333333333333');
    expect(ev("string(div(decimal('2'), decimal('3')))")).toBe('0.6666666666666666666666666667');
    expect(ev("string(div(decimal('10'), decimal('4')))")).toBe('2.5');
    expect(ev("string(mul(decimal('1.10'), decimal('2')))")).toBe('2.20');
    expect(ev("string(add(decimal('0.1'), decimal('0.2')))")).toBe('0.3');
    expect(ev("string(sub(decimal('1'), 3))")).toBe('-2');
    expect(ev("string(mod(decimal('-7.5'), decimal('2')))")).toBe('-1.5');
  });

  it('parse like decimal.Parse with invariant culture, and reject the rest', () => {
    expect(ev("string(decimal(' -1,234.50 '))")).toBe('-1234.50');
    failure("@decimal('1e5')");
    failure("@decimal('abc')");
  });

  it('respect the 96-bit limit', () => {
    expect(Decimal.of(2n ** 96n, 0)).toBeUndefined();
    expect(Decimal.of(2n ** 96n - 1n, 1)?.toString()).toBe('7922816251426433759354395033.5');
    // One more does not fit at scale 1: the last digit is rounded away (half to even), as .NET does.
    expect(Decimal.of(2n ** 96n, 1)?.toString()).toBe('7922816251426433759354395034');
  });
});
