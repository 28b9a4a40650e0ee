// .NET standard numeric format strings (C, D, E, F, G, N, P, R, X with an
// optional precision), as `number.ToString(format, culture)` prints them on
// .NET Core 3.0+ (exact digits, half away from zero). Custom formats ('#,##0.00')
// are in numeric-custom.ts.

import { Decimal } from '../decimal';
import type { Num } from '../numbers';
import { Float } from '../values';
import { culture, type Culture } from './culture';
import { decimalDigits, exactDigits, fixedParts, integerDigits, roundDecimals, roundSignificant, shortestDigits, type Digits } from './digits';
import { exponentText } from './double';
import { formatCustom } from './numeric-custom';

export type FormatResult = string | { error: string };

/** Inserts group separators into integer digits by the culture's group sizes. */
export function group(int: string, c: Pick<Culture, 'group' | 'groupSizes'>): string {
  const sizes = c.groupSizes;
  const out: string[] = [];
  let end = int.length;
  for (let i = 0; end > 0; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)] || end;
    out.unshift(int.slice(Math.max(0, end - size), end));
    end -= size;
  }
  return out.join(c.group);
}

export type NumberValue = { digits: Digits; kind: 'int' | 'float' | 'decimal'; double?: number; big?: bigint };

export function numberValue(value: Num): NumberValue {
  if (typeof value === 'bigint') return { digits: integerDigits(value), kind: 'int', big: value };
  if (value instanceof Decimal) return { digits: decimalDigits(value), kind: 'decimal' };
  const n = value instanceof Float ? value.value : value;
  if (typeof value === 'number' && Number.isSafeInteger(n)) return { digits: integerDigits(n), kind: 'int', big: BigInt(n) };
  return { digits: exactDigits(n), kind: 'float', double: n };
}

function fixed(d: Digits, decimals: number, c: Culture, grouping: boolean): string {
  const [int, frac] = fixedParts(roundDecimals(d, decimals), decimals);
  return (grouping ? group(int, c) : int) + (decimals > 0 ? c.decimal + frac : '');
}

function scientific(d: Digits, decimals: number, letter: string, width: number, c: Culture, trim = false): string {
  const rounded = roundSignificant(d, decimals + 1);
  const exponent = rounded.digits ? rounded.exponent - 1 : 0;
  let mantissa = (rounded.digits || '0').padEnd(decimals + 1, '0').slice(0, decimals + 1);
  if (trim) mantissa = mantissa.replace(/0+$/, '') || '0';
  const body = mantissa.length > 1 ? mantissa[0] + c.decimal + mantissa.slice(1) : mantissa;
  return body + exponentText(letter, exponent, width);
}

/** General format: fixed unless the exponent is >= precision or < -4. */
function general(v: NumberValue, precision: number | undefined, letter: string, c: Culture): string {
  let d: Digits;
  let limit: number;
  if (precision === undefined || precision === 0) {
    d = v.kind === 'float' ? shortestDigits(v.double!) : v.digits;
    limit = v.kind === 'float' ? 15 : Math.max(d.digits.length, d.exponent, 1);
  } else {
    d = roundSignificant(v.digits, precision);
    limit = precision;
  }
  if (!d.digits) return '0';
  if (d.exponent - 1 >= limit || d.exponent < -3) return scientific(d, d.digits.length - 1, letter, 2, c, true);
  const decimals = Math.max(0, d.digits.length - d.exponent);
  return fixed(d, decimals, c, false);
}

/** Applies a culture pattern ('-n', 'n %', '$n'...) to number text. */
function applyPattern(pattern: string, number: string, c: Culture): string {
  return pattern.replace('n', number).replace('-', c.minus).replace('$', c.currencySymbol);
}

function standard(v: NumberValue, letter: string, precision: number | undefined, c: Culture): string | undefined {
  const negative = v.digits.negative;
  const abs = { ...v.digits, negative: false };
  const sign = (text: string) => (negative ? c.minus + text : text);
  switch (letter.toUpperCase()) {
    case 'C': {
      const text = fixed(abs, precision ?? c.currencyDigits, c, true);
      return applyPattern(negative && /[1-9]/.test(text) ? c.currencyNegativePattern : c.currencyPattern, text, c);
    }
    case 'D':
      if (v.kind !== 'int') return undefined;
      return sign(fixedParts(abs, 0)[0].padStart(precision ?? 0, '0'));
    case 'E':
      return sign(scientific(abs, precision ?? 6, letter, 3, c));
    case 'F':
      return sign(fixed(abs, precision ?? 2, c, false));
    case 'N':
      return sign(fixed(abs, precision ?? 2, c, true));
    case 'P': {
      const text = fixed({ ...abs, exponent: abs.digits ? abs.exponent + 2 : 0 }, precision ?? 2, c, true);
      return applyPattern(negative ? c.percentNegativePattern : c.percentPattern, text, c);
    }
    case 'G':
      return sign(general({ ...v, digits: abs, double: Math.abs(v.double ?? 0) }, precision, letter === 'g' ? 'e' : 'E', c));
    case 'R':
      return sign(general({ ...v, digits: abs, double: Math.abs(v.double ?? 0) }, undefined, 'E', c));
    case 'X': {
      if (v.kind !== 'int') return undefined;
      const hex = BigInt.asUintN(64, v.big!).toString(16).padStart(precision ?? 0, '0');
      return letter === 'X' ? hex.toUpperCase() : hex;
    }
  }
  return undefined;
}

/** `number.ToString(format, locale)`; an error object for an invalid format or locale. */
export function formatNumber(value: Num, format: string, locale: string): FormatResult {
  const c = culture(locale);
  if (!c) return { error: `The provided locale '${locale}' is not valid.` };
  const v = numberValue(value);
  const match = /^([A-Za-z])(\d{0,2})$/.exec(format);
  if (!match) return formatCustom(v, format, c);
  const result = standard(v, match[1]!, match[2] ? Number(match[2]) : undefined, c);
  return result ?? { error: `The format '${format}' is not a valid numeric format string for a value of this type.` };
}
