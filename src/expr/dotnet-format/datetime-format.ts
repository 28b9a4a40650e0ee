// .NET date and time format strings: standard ('o', 'D', 'u'...) and custom
// ('yyyy-MM-dd', 'dddd MMMM d', "HH:mm 'h'"), for DateTime values. Servers
// run in UTC, so 'z' offsets print +00:00.

import { civil, type Civil, type Timestamp } from '../timestamp';
import { culture, type Culture } from './culture';

export type DateFormatResult = string | { error: string };

const INVARIANT_PATTERNS: Record<string, string> = {
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
};

/** The custom pattern of a one-letter standard format, and whether it uses invariant names. */
export function standardPattern(letter: string, c: Culture): { pattern: string; invariant: boolean } | undefined {
  const lower = letter.toLowerCase();
  if (letter === 'O' || letter === 'R') return { pattern: INVARIANT_PATTERNS[lower]!, invariant: true };
  if (INVARIANT_PATTERNS[letter]) return { pattern: INVARIANT_PATTERNS[letter]!, invariant: true };
  const p = c.patterns;
  const table: Record<string, string> = {
    d: p.d,
    D: p.D,
    f: `${p.D} ${p.t}`,
    F: `${p.D} ${p.T}`,
    U: `${p.D} ${p.T}`,
    g: `${p.d} ${p.t}`,
    G: `${p.d} ${p.T}`,
    m: p.M,
    M: p.M,
    t: p.t,
    T: p.T,
    y: p.Y,
    Y: p.Y,
  };
  const pattern = table[letter];
  return pattern === undefined ? undefined : { pattern, invariant: false };
}

/** Length of the run of `ch` starting at `i`. */
export function runLength(format: string, i: number): number {
  let j = i;
  while (format[j] === format[i]) j++;
  return j - i;
}

/** The literal at `i` (quoted string or escaped char) and the index after it. */
export function literalAt(format: string, i: number): [string, number] {
  const ch = format[i]!;
  if (ch === '\\') return [format[i + 1] ?? '', i + 2];
  let text = '';
  let j = i + 1;
  while (j < format.length && format[j] !== ch) {
    if (format[j] === '\\' && j + 1 < format.length) j++;
    text += format[j++];
  }
  return [text, j + 1];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const usesDayNumber = (format: string) => /(^|[^d])d{1,2}([^d]|$)/.test(format.replace(/'[^']*'|"[^"]*"/g, ''));

function custom(t: Timestamp, c: Civil, format: string, culture: Culture): DateFormatResult {
  let out = '';
  const genitive = usesDayNumber(format);
  for (let i = 0; i < format.length; ) {
    const ch = format[i]!;
    const n = runLength(format, i);
    let next = i + n;
    switch (ch) {
      case 'd':
        out += n === 1 ? c.day : n === 2 ? pad(c.day, 2) : n === 3 ? culture.daysShort[c.dayOfWeek] : culture.days[c.dayOfWeek];
        break;
      case 'f':
      case 'F': {
        if (n > 7) return { error: `The format '${format}' has more than seven fractional second digits.` };
        let digits = pad(c.fraction, 7).slice(0, n);
        if (ch === 'F') {
          digits = digits.replace(/0+$/, '');
          if (digits === '' && out.endsWith('.')) out = out.slice(0, -1);
        }
        out += digits;
        break;
      }
      case 'g':
        out += 'A.D.';
        break;
      case 'h':
        out += pad(c.hour % 12 || 12, Math.min(n, 2));
        break;
      case 'H':
        out += pad(c.hour, Math.min(n, 2));
        break;
      case 'K':
        out += t.kind === 'utc' ? 'Z' : '';
        next = i + 1;
        break;
      case 'm':
        out += pad(c.minute, Math.min(n, 2));
        break;
      case 'M':
        out += n <= 2 ? pad(c.month, n) : n === 3 ? culture.monthsShort[c.month - 1] : (genitive ? culture.monthsGenitive : culture.months)[c.month - 1];
        break;
      case 's':
        out += pad(c.second, Math.min(n, 2));
        break;
      case 't': {
        const designator = c.hour < 12 ? culture.am : culture.pm;
        out += n === 1 ? designator.slice(0, 1) : designator;
        break;
      }
      case 'y':
        out += n <= 2 ? pad(c.year % 100, n) : pad(c.year, n);
        break;
      case 'z':
        out += n === 1 ? '+0' : n === 2 ? '+00' : '+00:00';
        break;
      case ':':
        out += culture.timeSeparator;
        next = i + 1;
        break;
      case '/':
        out += culture.dateSeparator;
        next = i + 1;
        break;
      case "'":
      case '"':
      case '\\': {
        const [text, after] = literalAt(format, i);
        out += text;
        next = after;
        break;
      }
      case '%':
        next = i + 1;
        break;
      default:
        out += format.slice(i, next);
    }
    i = next;
  }
  return out;
}

/** `DateTime.ToString(format, culture)`; undefined format means 'o'. */
export function formatTimestamp(t: Timestamp, format: string | undefined, locale = 'en-US'): DateFormatResult {
  const c = culture(locale);
  if (!c) return { error: `The provided locale '${locale}' is not valid.` };
  const fmt = format === undefined || format === '' ? 'o' : format;
  const parts = civil(t);
  if (fmt.length === 1) {
    const standard = standardPattern(fmt, c);
    if (!standard) return { error: `The format '${fmt}' is not a valid standard date and time format specifier.` };
    return custom(t, parts, standard.pattern, standard.invariant ? culture('en-US')! : c);
  }
  return custom(t, parts, fmt, c);
}
