// Date and time functions. Results are strings in the round-trip format 'o'
// unless a format is given; the clock comes from the context.

import { culture } from '../dotnet-format/culture';
import { formatTimestamp } from '../dotnet-format/datetime-format';
import { parseExact, parseTimestamp } from '../dotnet-format/datetime-parse';
import { normalizeInteger, toDouble } from '../numbers';
import {
  addMonths, addTicks, civil, fromDate, fromParts, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND, type Timestamp,
} from '../timestamp';
import { fromUtc, resolveZone, toUtc } from '../timezones';
import type { EvaluationContext } from '../context';
import type { Value } from '../values';
import { fail, invalid, num, optStr, outOfRange, str, type CallSite, type Fn } from './args';

const EN_US = culture('en-US')!;
const UNITS: Record<string, bigint | 'month' | 'year'> = {
  second: TICKS_PER_SECOND, minute: TICKS_PER_MINUTE, hour: TICKS_PER_HOUR, day: TICKS_PER_DAY, week: 7n * TICKS_PER_DAY, month: 'month', year: 'year',
};

function parse(site: CallSite, text: string): Timestamp {
  return (
    parseTimestamp(text, EN_US) ??
    fail(site, `In function '${site.name}', the value provided for date time string '${text}' was not valid. The datetime string must match ISO 8601 format.`)
  );
}

const timestampArg = (site: CallSite, args: Value[], i: number) => parse(site, str(site, args, i));

function output(site: CallSite, t: Timestamp | undefined, format?: string, locale?: string): string {
  if (!t) return fail(site, `The template language function '${site.name}' produced a date outside the range 0001-01-01 to 9999-12-31.`);
  const text = formatTimestamp(t, format, locale);
  return typeof text === 'string' ? text : invalid(site, text.error);
}

function now(site: CallSite, ctx: EvaluationContext): Timestamp {
  const value = ctx.now ? ctx.now() : new Date();
  return typeof value === 'string' ? parse(site, value) : fromDate(value);
}

/** Adds `interval` units; fractional intervals of fixed-length units are rounded to ticks. */
function add(site: CallSite, t: Timestamp, args: Value[], intervalIndex: number, unitName: string, sign: 1 | -1): Timestamp | undefined {
  const unit = UNITS[unitName.toLowerCase()];
  if (unit === undefined) outOfRange(site, intervalIndex + 1, "to be one of 'Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Year'", unitName);
  const amount = toDouble(num(site, args, intervalIndex)) * sign;
  if (typeof unit === 'bigint') {
    if (Number.isSafeInteger(amount)) return addTicks(t, BigInt(amount) * unit);
    const ticks = Math.round(amount * Number(unit));
    return Number.isFinite(ticks) && Math.abs(ticks) < 1e19 ? addTicks(t, BigInt(ticks)) : undefined;
  }
  if (!Number.isInteger(amount)) outOfRange(site, intervalIndex, 'to be an integer for months and years', amount);
  return addMonths(t, unit === 'year' ? amount * 12 : amount);
}

function adder(unit: string): Fn {
  return (args, site) => output(site, add(site, timestampArg(site, args, 0), args, 1, unit, 1), optStr(site, args, 2));
}

function shift(sign: 1 | -1): Fn {
  return (args, site) => output(site, add(site, timestampArg(site, args, 0), args, 1, str(site, args, 2), sign), optStr(site, args, 3));
}

function relative(sign: 1 | -1): Fn {
  return (args, site, ctx) => output(site, add(site, now(site, ctx), args, 0, str(site, args, 1), sign), optStr(site, args, 2));
}

function startOf(precision: 'day' | 'hour' | 'month'): Fn {
  return (args, site) => {
    const t = timestampArg(site, args, 0);
    const c = civil(t);
    const parts = { year: c.year, month: c.month, day: precision === 'month' ? 1 : c.day, hour: precision === 'hour' ? c.hour : 0 };
    return output(site, fromParts(parts, t.kind), optStr(site, args, 1));
  };
}

function zone(site: CallSite, args: Value[], i: number) {
  const name = str(site, args, i);
  return resolveZone(name) ?? outOfRange(site, i, 'to be a valid time zone name', name);
}

const isUtcZone = (name: string) => /^(etc\/)?(utc|uct|gmt|zulu|universal)$/i.test(name);

/** .NET TimeSpan 'c' format: [-][d.]hh:mm:ss[.fffffff]. */
function timeSpan(ticks: bigint): string {
  const negative = ticks < 0n;
  let rest = negative ? -ticks : ticks;
  const days = rest / TICKS_PER_DAY;
  rest %= TICKS_PER_DAY;
  const [h, m, s] = [rest / TICKS_PER_HOUR, (rest % TICKS_PER_HOUR) / TICKS_PER_MINUTE, (rest % TICKS_PER_MINUTE) / TICKS_PER_SECOND];
  const fraction = rest % TICKS_PER_SECOND;
  const pad2 = (n: bigint) => String(n).padStart(2, '0');
  return `${negative ? '-' : ''}${days > 0n ? `${days}.` : ''}${pad2(h)}:${pad2(m)}:${pad2(s)}${fraction > 0n ? `.${String(fraction).padStart(7, '0')}` : ''}`;
}

export const DATETIME_FUNCTIONS: Record<string, Fn> = {
  utcnow: (args, site, ctx) => output(site, now(site, ctx), optStr(site, args, 0)),
  adddays: adder('Day'),
  addhours: adder('Hour'),
  addminutes: adder('Minute'),
  addseconds: adder('Second'),
  addtotime: shift(1),
  subtractfromtime: shift(-1),
  getfuturetime: relative(1),
  getpasttime: relative(-1),
  startofday: startOf('day'),
  startofhour: startOf('hour'),
  startofmonth: startOf('month'),
  dayofweek: (args, site) => civil(timestampArg(site, args, 0)).dayOfWeek,
  dayofmonth: (args, site) => civil(timestampArg(site, args, 0)).day,
  dayofyear: (args, site) => civil(timestampArg(site, args, 0)).dayOfYear,
  ticks: (args, site) => normalizeInteger(timestampArg(site, args, 0).ticks)!,
  datedifference: (args, site) => timeSpan(timestampArg(site, args, 1).ticks - timestampArg(site, args, 0).ticks),
  formatdatetime: (args, site) => output(site, timestampArg(site, args, 0), optStr(site, args, 1), optStr(site, args, 2)),
  parsedatetime: (args, site) => {
    const text = str(site, args, 0);
    const locale = optStr(site, args, 1) ?? 'en-US';
    const format = optStr(site, args, 2);
    const c = culture(locale) ?? invalid(site, `The provided locale '${locale}' is not valid.`);
    const t = format === undefined ? parseTimestamp(text, c) : parseExact(text, format, c);
    if (!t) invalid(site, `The value '${text}' cannot be parsed as a timestamp${format === undefined ? '' : ` with the format '${format}'`}.`);
    return output(site, t);
  },
  converttimezone: (args, site) => {
    const t = timestampArg(site, args, 0);
    const [source, destination] = [zone(site, args, 1), zone(site, args, 2)];
    const utc = toUtc(t, source);
    if (utc === 'invalid') invalid(site, 'The supplied timestamp is an invalid time in the source time zone.');
    const converted = utc && (isUtcZone(destination.name) ? utc : fromUtc(utc, destination));
    return output(site, converted, optStr(site, args, 3));
  },
  convertfromutc: (args, site) => output(site, fromUtc(timestampArg(site, args, 0), zone(site, args, 1)), optStr(site, args, 2)),
  converttoutc: (args, site) => {
    const utc = toUtc(timestampArg(site, args, 0), zone(site, args, 1));
    if (utc === 'invalid') invalid(site, 'The supplied timestamp is an invalid time in the source time zone.');
    return output(site, utc, optStr(site, args, 2));
  },
};
