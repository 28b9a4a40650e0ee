// Arithmetic on WDL numbers with the documented type rules: integer op
// integer stays an integer (div truncates toward zero, mod keeps the sign of
// the dividend), anything with a float is a float, decimal op integer or
// decimal is an exact decimal.

import { Decimal } from './decimal';
import { Float, toFloat } from './values';

export type Num = number | bigint | Float | Decimal;
export type NumberKind = 'int' | 'float' | 'decimal';
export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';

/** Why arithmetic produced no number. */
export type ArithFailure = 'DivideByZero' | 'Overflow';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

export function numberKind(n: Num): NumberKind {
  if (typeof n === 'bigint') return 'int';
  if (typeof n === 'number') return Number.isSafeInteger(n) ? 'int' : 'float';
  return n instanceof Decimal ? 'decimal' : 'float';
}

export function toDouble(n: Num): number {
  if (typeof n === 'number') return n;
  if (typeof n === 'bigint') return Number(n);
  return n instanceof Float ? n.value : n.toNumber();
}

/** An integer result: a number when safe, a bigint within int64, else undefined. */
export function normalizeInteger(value: bigint): number | bigint | undefined {
  if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  return value >= INT64_MIN && value <= INT64_MAX ? value : undefined;
}

function intOp(op: ArithOp, a: number | bigint, b: number | bigint): Num | ArithFailure {
  if ((op === 'div' || op === 'mod') && (b === 0 || b === 0n)) return 'DivideByZero';
  if (typeof a === 'number' && typeof b === 'number') {
    const r = op === 'add' ? a + b : op === 'sub' ? a - b : op === 'mul' ? a * b : op === 'div' ? Math.trunc(a / b) : a % b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  const r = op === 'add' ? x + y : op === 'sub' ? x - y : op === 'mul' ? x * y : op === 'div' ? x / y : x % y;
  return normalizeInteger(r) ?? 'Overflow';
}

function floatOp(op: ArithOp, a: number, b: number): Num | ArithFailure {
  if ((op === 'div' || op === 'mod') && b === 0) return 'DivideByZero';
  const r = op === 'add' ? a + b : op === 'sub' ? a - b : op === 'mul' ? a * b : op === 'div' ? a / b : a % b;
  return Number.isFinite(r) ? toFloat(r) : 'Overflow';
}

function asDecimal(n: Num): Decimal | undefined {
  if (n instanceof Decimal) return n;
  return typeof n === 'number' || typeof n === 'bigint' ? Decimal.fromInteger(n) : undefined;
}

function decimalOp(op: ArithOp, a: Decimal, b: Decimal): Num | ArithFailure {
  if ((op === 'div' || op === 'mod') && b.isZero()) return 'DivideByZero';
  const r = op === 'add' ? a.add(b) : op === 'sub' ? a.sub(b) : op === 'mul' ? a.mul(b) : op === 'div' ? a.div(b) : a.mod(b);
  return r ?? 'Overflow';
}

export function arithmetic(op: ArithOp, a: Num, b: Num): Num | ArithFailure {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (ka === 'int' && kb === 'int') return intOp(op, a as number | bigint, b as number | bigint);
  if (ka === 'float' || kb === 'float') return floatOp(op, toDouble(a), toDouble(b));
  return decimalOp(op, asDecimal(a)!, asDecimal(b)!);
}

/** -1, 0 or 1, exact for integers and decimals. */
export function compareNumbers(a: Num, b: Num): number {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if (ka === 'int' && kb === 'int') {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    const x = BigInt(a as number | bigint);
    const y = BigInt(b as number | bigint);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ka !== 'float' && kb !== 'float') return asDecimal(a)!.compare(asDecimal(b)!);
  const x = toDouble(a);
  const y = toDouble(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounds half to even, like .NET's Convert.ToInt64(double). */
export function roundHalfEven(n: number): number {
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
