// A .NET `System.Decimal`: a 96-bit integer mantissa scaled by 10^-scale
// (scale 0..28), kept exact so `string(decimal('1.2345678912312131'))` keeps
// every digit, as the reference guide documents.

const MAX_MANTISSA = (1n << 96n) - 1n;
const MAX_SCALE = 28;
const TEN = 10n;

const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** Divides by 10^n, rounding half to even (banker's rounding, as .NET does). */
function roundDiv(value: bigint, n: number): bigint {
  if (n <= 0) return value;
  const divisor = pow10(n);
  const q = value / divisor;
  const r = value % divisor;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice > divisor || (twice === divisor && q % 2n !== 0n)) return q + (value < 0n ? -1n : 1n);
  return q;
}

export class Decimal {
  private constructor(
    /** Signed mantissa; |mantissa| <= 2^96 - 1. */
    readonly mantissa: bigint,
    /** Number of digits after the decimal point, 0..28. */
    readonly scale: number,
  ) {}

  /** Builds a decimal, rounding away excess scale or digits; undefined on overflow. */
  static of(mantissa: bigint, scale: number): Decimal | undefined {
    let m = mantissa;
    let s = scale;
    if (s < 0) {
      m *= pow10(-s);
      s = 0;
    }
    if (s > MAX_SCALE) {
      m = roundDiv(m, s - MAX_SCALE);
      s = MAX_SCALE;
    }
    while ((m < 0n ? -m : m) > MAX_MANTISSA && s > 0) {
      m = roundDiv(m, 1);
      s--;
    }
    return (m < 0n ? -m : m) > MAX_MANTISSA ? undefined : new Decimal(m, s);
  }

  /** Parses plain decimal text (`-12.50`); undefined when it is not one. */
  static parse(text: string): Decimal | undefined {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
    if (!match || (match[2] === '' && !match[3])) return undefined;
    const fraction = match[3] ?? '';
    const digits = (match[2] ?? '') + fraction;
    const mantissa = BigInt(digits || '0') * (match[1] === '-' ? -1n : 1n);
    return Decimal.of(mantissa, fraction.length);
  }

  /** An integer as a decimal; undefined beyond the 96-bit range. */
  static fromInteger(value: bigint | number): Decimal | undefined {
    return Decimal.of(BigInt(value), 0);
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  isNegative(): boolean {
    return this.mantissa < 0n;
  }

  /** Both mantissas at the larger scale (unbounded; used internally). */
  private static align(a: Decimal, b: Decimal): [bigint, bigint, number] {
    const scale = Math.max(a.scale, b.scale);
    return [a.mantissa * pow10(scale - a.scale), b.mantissa * pow10(scale - b.scale), scale];
  }

  add(other: Decimal): Decimal | undefined {
    const [x, y, scale] = Decimal.align(this, other);
    return Decimal.of(x + y, scale);
  }

  sub(other: Decimal): Decimal | undefined {
    const [x, y, scale] = Decimal.align(this, other);
    return Decimal.of(x - y, scale);
  }

  mul(other: Decimal): Decimal | undefined {
    return Decimal.of(this.mantissa * other.mantissa, this.scale + other.scale);
  }

  /** Quotient with up to 28 decimals, trailing zeros trimmed to the preferred scale; undefined for x/0. */
  div(other: Decimal): Decimal | undefined {
    if (other.isZero()) return undefined;
    const preferred = Math.max(0, this.scale - other.scale);
    // Compute with extra digits, then let `of` round to what fits.
    const extra = MAX_SCALE + 30;
    const numerator = this.mantissa * pow10(extra + other.scale);
    const negative = this.isNegative() !== other.isNegative();
    // One more digit: 0 when exact, else a sticky 1 so a tie can never be mistaken for exact.
    const sticky = numerator % other.mantissa === 0n ? 0n : negative ? -1n : 1n;
    let q = (numerator / other.mantissa) * 10n + sticky;
    let scale = extra + this.scale + 1;
    while (scale > preferred && q % 10n === 0n) {
      q /= 10n;
      scale--;
    }
    return Decimal.of(q, scale);
  }

  /** Remainder with the sign of the dividend; undefined for x % 0. */
  mod(other: Decimal): Decimal | undefined {
    if (other.isZero()) return undefined;
    const [x, y, scale] = Decimal.align(this, other);
    return Decimal.of(x % y, scale);
  }

  compare(other: Decimal): number {
    const [x, y] = Decimal.align(this, other);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** Invariant text with the scale's trailing zeros, as `decimal.ToString()`. */
  toString(): string {
    const negative = this.mantissa < 0n;
    let digits = (negative ? -this.mantissa : this.mantissa).toString();
    if (this.scale > 0) {
      digits = digits.padStart(this.scale + 1, '0');
      digits = `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    }
    return negative ? `-${digits}` : digits;
  }

  /** The nearest double, as the runtime does when a decimal is used as a JSON number. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): number {
    return this.toNumber();
  }
}
