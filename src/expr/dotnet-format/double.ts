// `double.ToString()` of .NET Core 3.0+ (shortest round-trip digits, invariant culture).

import { shortestDigits } from './digits';

/** Scientific exponent text: sign and at least `width` digits, e.g. `E+15`, `E-05`. */
export function exponentText(letter: string, exponent: number, width: number, plus = true): string {
  const sign = exponent < 0 ? '-' : plus ? '+' : '';
  return letter + sign + String(Math.abs(exponent)).padStart(width, '0');
}

/** Invariant-culture text of a double, e.g. `2.5`, `1E+15`, `1E-05`. */
export function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const d = shortestDigits(n);
  if (d.digits === '') return d.negative ? '-0' : '0';
  const sign = d.negative ? '-' : '';
  const { digits, exponent } = d;
  if (exponent > 15 || exponent < -3) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return sign + mantissa + exponentText('E', exponent - 1, 2);
  }
  if (exponent <= 0) return `${sign}0.${'0'.repeat(-exponent)}${digits}`;
  if (exponent >= digits.length) return sign + digits.padEnd(exponent, '0');
  return `${sign}${digits.slice(0, exponent)}.${digits.slice(exponent)}`;
}
