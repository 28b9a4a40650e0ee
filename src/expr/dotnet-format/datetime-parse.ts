// Timestamp parsing: DateTime.Parse-like leniency for timestamp arguments
// (ISO 8601, 'MM/dd/yyyy HH:mm:ss', RFC 1123, month names of the culture)
// and ParseExact for parseDateTime's format. Offsets convert to UTC.

import { addTicks, fromParts, TICKS_PER_MINUTE, type DateParts, type Timestamp } from '../timestamp';
import type { Culture } from './culture';
import { literalAt, runLength, standardPattern } from './datetime-format';

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

/** Ticks (0..9999999) of fraction digits, truncated to 7 digits. */
const fractionTicks = (digits: string | undefined) => (digits ? Number(digits.slice(0, 7).padEnd(7, '0')) : 0);

/** Minutes east of UTC for 'Z', 'GMT', 'UTC', '+05:30', '-0800', '+05'. */
function offsetMinutes(text: string): number {
  if (/^(z|gmt|utc)$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Local parts with an optional offset to a timestamp (UTC when there is an offset). */
function build(parts: DateParts, offset: string | undefined): Timestamp | undefined {
  if (offset === undefined) return fromParts(parts, 'unspecified');
  const local = fromParts(parts, 'utc');
  return local && addTicks(local, -BigInt(offsetMinutes(offset)) * TICKS_PER_MINUTE);
}

const twoDigitYear = (y: number) => (y < 50 ? 2000 + y : 1900 + y);
const fold = (s: string) => s.toLowerCase().replace(/\.$/, '');

function monthIndex(word: string, c: Culture): number {
  const w = fold(word);
  for (const list of [c.months, c.monthsGenitive, c.monthsShort]) {
    const i = list.findIndex((name) => fold(name) === w);
    if (i >= 0) return i + 1;
  }
  return 0;
}

const isDayName = (word: string, c: Culture) => [...c.days, ...c.daysShort].some((d) => fold(d) === fold(word));
/** Words the culture's long date pattern uses as literals ('de' in Spanish). */
const isPatternWord = (word: string, c: Culture) => c.patterns.D.includes(`'${word}'`) || c.patterns.D.includes(` ${word} `);

/** DateTime.Parse-like parsing in `c`'s conventions; undefined when the text is not a timestamp. */
export function parseTimestamp(text: string, c: Culture): Timestamp | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, f, offset] = iso;
    return build(
      { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0), fraction: fractionTicks(f) },
      offset,
    );
  }
  let rest = ` ${text} `;
  const parts: DateParts = { year: 0, month: 0, day: 0 };
  const time = /[\sT](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([^\d\s:+-][^\s\d]*))?(?=\s|[+-]|Z)/i.exec(rest);
  if (time) {
    let hour = Number(time[1]);
    const designator = time[5]?.toLowerCase();
    if (designator !== undefined) {
      const am = [c.am, 'am', 'a.m.'].some((x) => x.toLowerCase() === designator);
      const pm = [c.pm, 'pm', 'p.m.'].some((x) => x.toLowerCase() === designator);
      if (!am && !pm && !/^(z|gmt|utc)$/i.test(designator)) return undefined;
      if (am || pm) {
        if (hour < 1 || hour > 12) return undefined;
        hour = (hour % 12) + (pm ? 12 : 0);
      }
    }
    Object.assign(parts, { hour, minute: Number(time[2]), second: Number(time[3] ?? 0), fraction: fractionTicks(time[4]) });
    rest = rest.slice(0, time.index) + ' ' + rest.slice(time.index + time[0].length - (time[5] && /^(z|gmt|utc)$/i.test(time[5]) ? time[5].length : 0));
  }
  const zone = /\s(Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i.exec(rest);
  if (zone) rest = rest.slice(0, zone.index);
  const numbers: string[] = [];
  for (const token of rest.split(/[\s,/.\-]+/).filter(Boolean)) {
    if (/^\d+$/.test(token)) numbers.push(token);
    else if (monthIndex(token, c)) parts.month = monthIndex(token, c);
    else if (!isDayName(token, c) && !isPatternWord(token, c)) return undefined;
  }
  if (parts.month) {
    if (numbers.length !== 2) return undefined;
    const yearFirst = numbers[0]!.length > 2 || Number(numbers[0]) > 31;
    parts.day = Number(numbers[yearFirst ? 1 : 0]);
    parts.year = Number(numbers[yearFirst ? 0 : 1]);
  } else {
    if (numbers.length !== 3) return undefined;
    const order = numbers[0]!.length === 4 ? 'YMD' : c.dateOrder;
    for (const [i, field] of [...order].entries()) {
      const n = Number(numbers[i]);
      if (field === 'Y') parts.year = n;
      else if (field === 'M') parts.month = n;
      else parts.day = n;
    }
  }
  if (parts.year < 100 && numbers.some((n) => n.length <= 2 && Number(n) === parts.year)) parts.year = twoDigitYear(parts.year);
  return build(parts, zone?.[1]);
}

/** ParseExact with a .NET custom (or one-letter standard) format; undefined when the text does not match. */
export function parseExact(text: string, format: string, c: Culture): Timestamp | undefined {
  const fmt = format.length === 1 ? standardPattern(format, c)?.pattern : format;
  if (!fmt) return undefined;
  const parts: DateParts & { pm?: boolean } = { year: 1, month: 1, day: 1 };
  let offset: string | undefined;
  let pos = 0;
  const digits = (min: number, max: number): number | undefined => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(text.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return Number(m[0]);
  };
  const word = (names: string[]): number => {
    const rest = text.slice(pos).toLowerCase();
    const order = names.map((n, i) => [n, i] as const).sort((a, b) => b[0].length - a[0].length);
    const hit = order.find(([n]) => n && rest.startsWith(n.toLowerCase()));
    if (!hit) return -1;
    pos += hit[0].length;
    return hit[1];
  };
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i]!;
    const n = runLength(fmt, i);
    let next = i + n;
    let ok = true;
    const set = (key: keyof DateParts, v: number | undefined) => (v === undefined ? (ok = false) : (parts[key] = v));
    switch (ch) {
      case 'd':
        if (n <= 2) set('day', digits(n, 2));
        else ok = word(n === 3 ? c.daysShort : c.days) >= 0;
        break;
      case 'M':
        if (n <= 2) set('month', digits(n, 2));
        else {
          const index = word(n === 3 ? c.monthsShort : [...c.months, ...c.monthsGenitive]);
          set('month', index < 0 ? undefined : (index % 12) + 1);
        }
        break;
      case 'y': {
        const y = digits(n <= 2 ? n : Math.min(n, 4), n <= 2 ? 2 : Math.max(n, 4));
        set('year', y !== undefined && n <= 2 ? twoDigitYear(y) : y);
        break;
      }
      case 'H':
      case 'h':
        set('hour', digits(n, 2));
        break;
      case 'm':
        set('minute', digits(n, 2));
        break;
      case 's':
        set('second', digits(n, 2));
        break;
      case 'f':
      case 'F': {
        const m = (ch === 'f' ? new RegExp(`^\\d{${n}}`) : new RegExp(`^\\d{0,${n}}`)).exec(text.slice(pos));
        if (m) pos += m[0].length;
        set('fraction', m ? fractionTicks(m[0]) : undefined);
        break;
      }
      case 't': {
        const hit = word([c.am, c.pm, 'AM', 'PM']);
        if (hit < 0) ok = false;
        else parts.pm = hit % 2 === 1;
        break;
      }
      case 'z':
      case 'K': {
        const m = /^(Z|[+-]\d{1,2}(?::?\d{2})?)/i.exec(text.slice(pos));
        if (m) {
          offset = m[1];
          pos += m[0].length;
        } else if (ch === 'z') ok = false;
        if (ch === 'K') next = i + 1;
        break;
      }
      case ':':
      case '/': {
        const sep = ch === ':' ? c.timeSeparator : c.dateSeparator;
        ok = text.startsWith(sep, pos);
        pos += sep.length;
        next = i + 1;
        break;
      }
      case "'":
      case '"':
      case '\\': {
        const [literal, after] = literalAt(fmt, i);
        ok = text.startsWith(literal, pos);
        pos += literal.length;
        next = after;
        break;
      }
      case '%':
        next = i + 1;
        break;
      default: {
        const literal = fmt.slice(i, next);
        ok = text.startsWith(literal, pos) || (literal.trim() === '' && /^\s/.test(text.slice(pos)));
        pos += ok && text.startsWith(literal, pos) ? literal.length : (/^\s+/.exec(text.slice(pos))?.[0].length ?? 0);
      }
    }
    if (!ok) return undefined;
    i = next;
  }
  if (pos !== text.length) return undefined;
  if (parts.pm !== undefined && parts.hour !== undefined) parts.hour = (parts.hour % 12) + (parts.pm ? 12 : 0);
  return build(parts, offset);
}
