// Decimal digit strings of numbers, for .NET-style formatting and rounding.

import type { Decimal } from '../decimal';

/** value = (negative ? -1 : 1) × 0.digits × 10^exponent; `digits` has no leading or trailing zeros ('' is zero). */
export interface Digits {
  negative: boolean;
  digits: string;
  exponent: number;
}

function fromIntegerText(negative: boolean, text: string, pointShift = 0): Digits {
  const start = text.search(/[1-9]/);
  if (start < 0) return { negative, digits: '', exponent: 0 };
  const body = text.slice(start);
  return { negative, digits: body.replace(/0+$/, ''), exponent: body.length - pointShift };
}

/** Shortest digits that round-trip the double (what JS and .NET Core print). */
export function shortestDigits(n: number): Digits {
  if (n === 0) return { negative: Object.is(n, -0), digits: '', exponent: 0 };
  const [mantissa, exp] = Math.abs(n).toExponential().split('e') as [string, string];
  return { negative: n < 0, digits: mantissa.replace('.', '').replace(/0+$/, ''), exponent: Number(exp) + 1 };
}

/** The exact decimal expansion of a finite double. */
export function exactDigits(n: number): Digits {
  if (n === 0) return { negative: Object.is(n, -0), digits: '', exponent: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exp2 = biased - 1075;
  if (biased === 0) exp2 = -1074;
  else mantissa |= 1n << 52n;
  if (exp2 >= 0) return fromIntegerText(n < 0, (mantissa << BigInt(exp2)).toString());
  const k = -exp2;
  return fromIntegerText(n < 0, (mantissa * 5n ** BigInt(k)).toString(), k);
}

export function integerDigits(n: number | bigint): Digits {
  const big = BigInt(n);
  return fromIntegerText(big < 0n, (big < 0n ? -big : big).toString());
}

export function decimalDigits(d: Decimal): Digits {
  const m = d.mantissa;
  return fromIntegerText(m < 0n, (m < 0n ? -m : m).toString(), d.scale);
}

/** Keeps `count` digits from the start (count may be <= 0), rounding half away from zero. */
function keep(d: Digits, count: number): Digits {
  if (count >= d.digits.length) return d;
  if (count < 0) return { negative: d.negative, digits: '', exponent: 0 };
  const roundUp = d.digits.charCodeAt(count) >= 53; // '5'
  let kept = d.digits.slice(0, count);
  let exponent = d.exponent;
  if (roundUp) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) {
      kept = '1';
      exponent++;
    } else {
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
  }
  kept = kept.replace(/0+$/, '');
  return kept ? { negative: d.negative, digits: kept, exponent } : { negative: d.negative, digits: '', exponent: 0 };
}

/** Rounds to `decimals` digits after the decimal point. */
export function roundDecimals(d: Digits, decimals: number): Digits {
  return keep(d, d.exponent + decimals);
}

/** Rounds to `count` significant digits. */
export function roundSignificant(d: Digits, count: number): Digits {
  return keep(d, count);
}

/** Integer part digits ('0' when none) and `decimals` fraction digits, zero-padded. */
export function fixedParts(d: Digits, decimals: number): [string, string] {
  const { digits, exponent } = d;
  const int = exponent > 0 ? digits.slice(0, exponent).padEnd(exponent, '0') : '0';
  const frac = exponent >= 0 ? digits.slice(exponent) : '0'.repeat(-exponent) + digits;
  return [int, frac.padEnd(decimals, '0').slice(0, Math.max(decimals, 0))];
}
