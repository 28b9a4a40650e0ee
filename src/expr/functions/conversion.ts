// Type conversion functions: array, createArray, bool, int, float, decimal,
// string, json, isInt, isFloat. Encodings are in encoding.ts, XML in xml.ts.

import { Decimal } from '../decimal';
import { culture, INVARIANT_NUMBERS } from '../dotnet-format/culture';
import { parseNumber, toDouble as parsedToDouble, type NumberSymbols } from '../dotnet-format/number-parse';
import { compareNumbers, normalizeInteger, roundHalfEven, toDouble } from '../numbers';
import { contentBytes, isContent, isInteger, isNumeric, isObject, toFloat, toText, type Value } from '../values';
import { exactDigits, roundSignificant } from '../dotnet-format/digits';
import { parseJson } from '../json';
import { invalid, optStr, str, typeError, type CallSite, type Fn } from './args';
import { isXmlContent, xmlToJson } from './xml';

const CANNOT_CONVERT = 'The value cannot be converted to the target type.';

function symbols(site: CallSite, locale: string | undefined): NumberSymbols {
  if (locale === undefined) return INVARIANT_NUMBERS;
  const c = culture(locale);
  if (!c) invalid(site, `The provided locale '${locale}' is not valid or doesn't have an associated locale.`);
  return c;
}

/** long.Parse(text, NumberStyles.Integer, invariant). */
function parseInteger(text: string): number | bigint | undefined {
  const p = parseNumber(text, INVARIANT_NUMBERS, {});
  return p && normalizeInteger(BigInt(p.digits) * (p.negative ? -1n : 1n));
}

/** double.Parse(text, Float | AllowThousands | AllowTrailingSign, culture); undefined when not a finite number. */
function parseFloat(text: string, numbers: NumberSymbols): number | undefined {
  const p = parseNumber(text, numbers, { thousands: true, decimalPoint: true, exponent: true, trailingSign: true });
  const n = p && parsedToDouble(p);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** A double as a decimal, rounded to 15 significant digits as .NET's (decimal)double does. */
function decimalFromDouble(n: number): Decimal | undefined {
  const d = roundSignificant(exactDigits(n), 15);
  return Decimal.of(BigInt(d.digits || '0') * (d.negative ? -1n : 1n), d.digits.length - d.exponent);
}

function jsonOf(site: CallSite, text: string): Value {
  try {
    return parseJson(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return invalid(site, `The provided value '${text.length > 100 ? `${text.slice(0, 100)}...` : text}' cannot be parsed: '${detail}'.`);
  }
}

export const CONVERSION_FUNCTIONS: Record<string, Fn> = {
  array: (args) => (Array.isArray(args[0]) ? args[0] : [args[0]!]),
  createarray: (args) => [...args],
  string: (args) => toText(args[0]),
  bool: (args, site) => {
    const v = args[0]!;
    if (typeof v === 'boolean') return v;
    if (isNumeric(v)) return compareNumbers(v, 0) !== 0;
    if (typeof v === 'string') {
      const word = v.trim().toLowerCase();
      if (word === 'true' || word === 'false') return word === 'true';
      return invalid(site, CANNOT_CONVERT);
    }
    return typeError(site, 0, 'a boolean, a number or a string', v);
  },
  int: (args, site) => {
    const v = args[0]!;
    if (isInteger(v)) return v;
    if (typeof v === 'string') return parseInteger(v) ?? invalid(site, CANNOT_CONVERT);
    if (isNumeric(v)) return normalizeInteger(BigInt(roundHalfEven(toDouble(v)))) ?? invalid(site, CANNOT_CONVERT);
    if (typeof v === 'boolean') return v ? 1 : 0;
    return typeError(site, 0, 'a string or a number', v);
  },
  float: (args, site) => {
    const v = args[0]!;
    if (isNumeric(v)) return toFloat(toDouble(v));
    if (typeof v !== 'string') return typeError(site, 0, 'a string or a number', v);
    const n = parseFloat(v, symbols(site, optStr(site, args, 1)));
    return n === undefined ? invalid(site, CANNOT_CONVERT) : toFloat(n);
  },
  decimal: (args, site) => {
    const v = args[0]!;
    if (v instanceof Decimal) return v;
    if (isInteger(v)) return Decimal.fromInteger(v) ?? invalid(site, CANNOT_CONVERT);
    if (isNumeric(v)) return decimalFromDouble(toDouble(v)) ?? invalid(site, CANNOT_CONVERT);
    if (typeof v !== 'string') return typeError(site, 0, 'a string or a number', v);
    const p = parseNumber(v, INVARIANT_NUMBERS, { thousands: true, decimalPoint: true, trailingSign: true });
    const d = p && Decimal.of(BigInt(p.digits) * (p.negative ? -1n : 1n), p.fractionDigits);
    return d ?? invalid(site, CANNOT_CONVERT);
  },
  isint: (args, site) => parseInteger(str(site, args, 0)) !== undefined,
  isfloat: (args, site) => parseFloat(str(site, args, 0), symbols(site, optStr(site, args, 1))) !== undefined,
  json: (args, site) => {
    const v = args[0]!;
    // Documented: "If the string is null, the function returns an empty object."
    if (v === null) return {};
    if (typeof v === 'string') return jsonOf(site, v);
    if (isXmlContent(v)) return xmlToJson(site, contentBytes(v).toString('utf8'));
    if (isContent(v)) return jsonOf(site, contentBytes(v).toString('utf8'));
    if (Array.isArray(v) || isObject(v)) return v;
    return typeError(site, 0, 'a string or an XML', v);
  },
};
