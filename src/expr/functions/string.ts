// String functions. Searches documented as case-insensitive (indexOf,
// lastIndexOf, startsWith, endsWith) compare ordinally ignoring case, as
// .NET's OrdinalIgnoreCase; replace, split and contains are case-sensitive.

import { randomUUID } from 'node:crypto';
import { formatNumber } from '../dotnet-format/numeric';
import { toText } from '../values';
import { fail, int, invalid, num, optStr, outOfRange, str, type Fn } from './args';

/** Upper-cases each UTF-16 unit on its own, so offsets stay valid (like OrdinalIgnoreCase). */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const upper = ch.toUpperCase();
    out += upper.length === 1 ? upper : ch;
  }
  return out;
}

/** .NET's Char.IsWhiteSpace set, for trim(). */
const WHITESPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const TRIM = new RegExp(`^${WHITESPACE}+|${WHITESPACE}+$`, 'g');

function guidText(hex: string, format: string): string | undefined {
  const [a, b, c, d, e] = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)];
  switch (format) {
    case 'N':
      return hex;
    case 'D':
      return `${a}-${b}-${c}-${d}-${e}`;
    case 'B':
      return `{${a}-${b}-${c}-${d}-${e}}`;
    case 'P':
      return `(${a}-${b}-${c}-${d}-${e})`;
    case 'X': {
      const bytes = (d + e).match(/../g)!.map((x) => `0x${x}`);
      return `{0x${a},0x${b},0x${c},{${bytes.join(',')}}}`;
    }
  }
  return undefined;
}

export const STRING_FUNCTIONS: Record<string, Fn> = {
  concat: (args) => {
    let text = '';
    for (const arg of args) text += toText(arg);
    return text;
  },
  substring: (args, site) => {
    const text = str(site, args, 0);
    const start = int(site, args, 1);
    const length = args.length > 2 && args[2] !== null ? int(site, args, 2) : text.length - start;
    if (start < 0 || length < 0 || start + length > text.length) {
      fail(
        site,
        "The template language function 'substring' parameters are out of range: 'start index' and 'length' must be " +
          "non-negative integers and their sum must be no larger than the length of the string. Please see " +
          'https://aka.ms/logicexpressions#substring for usage details.',
      );
    }
    return text.substring(start, start + length);
  },
  slice: (args, site) => {
    const text = str(site, args, 0);
    const clamp = (i: number) => Math.min(Math.max(i < 0 ? text.length + i : i, 0), text.length);
    const start = clamp(int(site, args, 1));
    const end = args.length > 2 && args[2] !== null ? clamp(int(site, args, 2)) : text.length;
    return end > start ? text.slice(start, end) : '';
  },
  replace: (args, site) => {
    const text = str(site, args, 0);
    const oldText = str(site, args, 1);
    const newText = str(site, args, 2);
    if (oldText === '') outOfRange(site, 1, 'to be a non-empty string', oldText);
    return text.split(oldText).join(newText);
  },
  split: (args, site) => {
    const text = str(site, args, 0);
    const delimiter = str(site, args, 1);
    return delimiter === '' ? [text] : text.split(delimiter);
  },
  tolower: (args, site) => str(site, args, 0).toLowerCase(),
  toupper: (args, site) => str(site, args, 0).toUpperCase(),
  trim: (args, site) => str(site, args, 0).replace(TRIM, ''),
  indexof: (args, site) => fold(str(site, args, 0)).indexOf(fold(str(site, args, 1))),
  lastindexof: (args, site) => {
    const text = str(site, args, 0);
    const search = str(site, args, 1);
    // Documented edge cases (.NET Framework's LastIndexOf): '' in '' is 0, '' in text is length - 1.
    if (search === '') return text === '' ? 0 : text.length - 1;
    return fold(text).lastIndexOf(fold(search));
  },
  nthindexof: (args, site) => {
    const text = fold(str(site, args, 0));
    const search = fold(str(site, args, 1));
    const occurrence = int(site, args, 2);
    if (occurrence === 0) outOfRange(site, 2, 'to be a non-zero integer', occurrence);
    let found = 0;
    if (occurrence > 0) {
      for (let i = text.indexOf(search); i >= 0; i = text.indexOf(search, i + 1)) if (++found === occurrence) return i;
    } else {
      for (let i = text.lastIndexOf(search); i >= 0; i = i === 0 ? -1 : text.lastIndexOf(search, i - 1)) {
        if (++found === -occurrence) return i;
      }
    }
    return -1;
  },
  startswith: (args, site) => fold(str(site, args, 0)).startsWith(fold(str(site, args, 1))),
  endswith: (args, site) => fold(str(site, args, 0)).endsWith(fold(str(site, args, 1))),
  guid: (args, site, ctx) => {
    const format = optStr(site, args, 0) ?? 'D';
    const hex = (ctx.newGuid ?? randomUUID)().replace(/[^0-9a-fA-F]/g, '').toLowerCase();
    const text = hex.length === 32 ? guidText(hex, format.toUpperCase()) : undefined;
    if (text === undefined) invalid(site, `The format '${format}' is not one of 'N', 'D', 'B', 'P' or 'X'.`);
    return text;
  },
  formatnumber: (args, site) => {
    const value = num(site, args, 0);
    const format = str(site, args, 1);
    const locale = optStr(site, args, 2) ?? 'en-US';
    const result = formatNumber(value, format, locale);
    if (typeof result !== 'string') invalid(site, result.error);
    return result;
  },
};
