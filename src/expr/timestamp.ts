// A .NET DateTime: 100-nanosecond ticks since 0001-01-01T00:00:00 (proleptic
// Gregorian), and whether it is UTC ('Z' in the round-trip format) or has no
// time zone. Offsets in input text are converted to UTC, as the runtime does.

export type TimeKind = 'utc' | 'unspecified';

export interface Timestamp {
  ticks: bigint;
  kind: TimeKind;
}

export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60n * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24n * TICKS_PER_HOUR;
const MAX_TICKS = 3_155_378_975_999_999_999n; // 9999-12-31T23:59:59.9999999
/** Days from 0001-01-01 to 1970-01-01. */
const UNIX_EPOCH_DAY = 719_162;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** A timestamp in range, or undefined (like .NET's ArgumentOutOfRangeException). */
export function fromTicks(ticks: bigint, kind: TimeKind): Timestamp | undefined {
  return ticks < 0n || ticks > MAX_TICKS ? undefined : { ticks, kind };
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Ticks within the second (0..9999999). */
  fraction?: number;
}

/** A timestamp from calendar parts; undefined when a part is out of range. */
export function fromParts(p: DateParts, kind: TimeKind): Timestamp | undefined {
  const { year, month, day, hour = 0, minute = 0, second = 0, fraction = 0 } = p;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0 || fraction > 9_999_999) {
    return undefined;
  }
  const days = BigInt(daysFromCivil(year, month, day) + UNIX_EPOCH_DAY);
  const ticks =
    days * TICKS_PER_DAY + BigInt(hour) * TICKS_PER_HOUR + BigInt(minute) * TICKS_PER_MINUTE + BigInt(second) * TICKS_PER_SECOND + BigInt(fraction);
  return { ticks, kind };
}

export interface Civil extends Required<DateParts> {
  /** 0 = Sunday. */
  dayOfWeek: number;
  /** 1-based. */
  dayOfYear: number;
}

export function civil(t: Timestamp): Civil {
  const days = Number(t.ticks / TICKS_PER_DAY);
  let rest = Number(t.ticks % TICKS_PER_DAY);
  const [year, month, day] = civilFromDays(days - UNIX_EPOCH_DAY);
  const fraction = rest % 10_000_000;
  rest = (rest - fraction) / 10_000_000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const dayOfYear = days - (daysFromCivil(year, 1, 1) + UNIX_EPOCH_DAY) + 1;
  return { year, month, day, hour, minute, second, fraction, dayOfWeek: (days + 1) % 7, dayOfYear };
}

export function addTicks(t: Timestamp, ticks: bigint): Timestamp | undefined {
  return fromTicks(t.ticks + ticks, t.kind);
}

/** Adds calendar months, clamping the day to the month's length (DateTime.AddMonths). */
export function addMonths(t: Timestamp, months: number): Timestamp | undefined {
  const c = civil(t);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < 1 || year > 9999) return undefined;
  const moved = fromParts({ ...c, year, month, day: Math.min(c.day, daysInMonth(year, month)) }, t.kind);
  return moved && { ticks: moved.ticks, kind: t.kind };
}

/** Milliseconds since the Unix epoch (floored), for time zone offset lookups. */
export function toUnixMs(t: Timestamp): number {
  return Number((t.ticks - BigInt(UNIX_EPOCH_DAY) * TICKS_PER_DAY) / TICKS_PER_MILLISECOND);
}

export function fromDate(date: Date): Timestamp {
  return { ticks: BigInt(date.getTime()) * TICKS_PER_MILLISECOND + BigInt(UNIX_EPOCH_DAY) * TICKS_PER_DAY, kind: 'utc' };
}
