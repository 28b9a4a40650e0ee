// .NET culture data (NumberFormatInfo, DateTimeFormatInfo) derived from the
// ICU data behind Intl, as .NET 5+ does on ICU. The no-break spaces ICU puts
// before AM/PM, '%' and currency symbols are plain spaces, as on Windows.

export interface Culture {
  name: string;
  decimal: string;
  group: string;
  /** Group sizes from the decimal point outwards, e.g. [3] or [3, 2] for en-IN. */
  groupSizes: number[];
  minus: string;
  /** Patterns with 'n' for the number, e.g. 'n%' or 'n %'. */
  percentPattern: string;
  percentNegativePattern: string;
  currencySymbol: string;
  currencyDigits: number;
  /** Patterns with 'n' for the number and '$' for the symbol, e.g. '$n', 'n $'. */
  currencyPattern: string;
  currencyNegativePattern: string;
  months: string[];
  /** Month names as written with a day (differs in e.g. Slavic languages). */
  monthsGenitive: string[];
  monthsShort: string[];
  days: string[];
  daysShort: string[];
  am: string;
  pm: string;
  dateSeparator: string;
  timeSeparator: string;
  /** .NET standard date/time patterns: d, D, t, T, M, Y. */
  patterns: Record<'d' | 'D' | 't' | 'T' | 'M' | 'Y', string>;
  /** Order of day, month and year in short dates, e.g. 'MDY'. */
  dateOrder: string;
}

/** ISO 4217 currency of common regions (Intl has no region-to-currency lookup); others use '¤', as the invariant culture. */
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD', GB: 'GBP', IS: 'ISK', CA: 'CAD', AU: 'AUD', NZ: 'NZD', JP: 'JPY', CN: 'CNY', IN: 'INR', CH: 'CHF',
  SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', BR: 'BRL', MX: 'MXN',
  AR: 'ARS', CL: 'CLP', CO: 'COP', ZA: 'ZAR', RU: 'RUB', UA: 'UAH', TR: 'TRY', KR: 'KRW', SG: 'SGD', HK: 'HKD',
  TW: 'TWD', AE: 'AED', SA: 'SAR', IL: 'ILS', EG: 'EGP', TH: 'THB', MY: 'MYR', ID: 'IDR', PH: 'PHP', VN: 'VND',
  DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', IE: 'EUR', PT: 'EUR', FI: 'EUR',
  GR: 'EUR', LU: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR', HR: 'EUR', MT: 'EUR', CY: 'EUR',
};

const SAMPLE = Date.UTC(2009, 0, 2, 1, 4, 5); // Friday 2 January 2009, 01:04:05
const utc = { timeZone: 'UTC' } as const;
const clean = (s: string) => s.replace(/[\u202f]/g, ' ').replace(/\u200e|\u200f/g, '');

type Part = Intl.DateTimeFormatPart;

/** A .NET pattern from Intl parts of the SAMPLE date. */
function patternOf(parts: Part[], longNames: string[]): string {
  return parts
    .map(({ type, value }) => {
      switch (type) {
        case 'year':
          return 'yyyy'; // .NET short dates use four-digit years
        case 'month':
          if (/^\d+$/.test(value)) return value.length === 2 ? 'MM' : 'M';
          return longNames.includes(clean(value)) ? 'MMMM' : 'MMM';
        case 'day':
          return value.length === 2 ? 'dd' : 'd';
        case 'weekday':
          return longNames.includes(clean(value)) ? 'dddd' : 'ddd';
        case 'hour':
          return parts.some((p) => p.type === 'dayPeriod') ? (value.length === 2 ? 'hh' : 'h') : value.length === 2 ? 'HH' : 'H';
        case 'minute':
          return 'mm';
        case 'second':
          return 'ss';
        case 'dayPeriod':
          return 'tt';
        default: {
          const text = clean(value);
          return /[a-zA-Z\p{L}]/u.test(text) ? `'${text.replace(/'/g, "''")}'` : text;
        }
      }
    })
    .join('');
}

function names(locale: string, options: Intl.DateTimeFormatOptions, type: string, dates: number[]): string[] {
  const format = new Intl.DateTimeFormat(locale, { ...utc, ...options });
  return dates.map((d) => clean(format.formatToParts(d).find((p) => p.type === type)?.value ?? ''));
}

/** A currency or percent pattern; its spacing is a plain space, as on Windows and in the reference guide. */
function numberPattern(parts: Intl.NumberFormatPart[], symbolType: string, symbol: string): string {
  return clean(
    parts
      .map((p) =>
        p.type === 'integer' || p.type === 'group' || p.type === 'decimal' || p.type === 'fraction'
          ? '\u0000'
          : p.type === symbolType
            ? symbol
            : p.type === 'minusSign'
              ? '-'
              : p.value,
      )
      .join('')
      .replace(/\u0000+/g, 'n'),
  ).replace(/\u00a0/g, ' ');
}

function build(name: string): Culture {
  const months12 = Array.from({ length: 12 }, (_, m) => Date.UTC(2009, m, 2));
  const week = Array.from({ length: 7 }, (_, d) => Date.UTC(2009, 0, 4 + d)); // Sunday first
  const months = names(name, { month: 'long' }, 'month', months12);
  const monthsShort = names(name, { month: 'short' }, 'month', months12);
  const monthsGenitive = names(name, { month: 'long', day: 'numeric' }, 'month', months12);
  const days = names(name, { weekday: 'long' }, 'weekday', week);
  const parts = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(name, { ...utc, ...o }).formatToParts(SAMPLE);
  const pattern = (o: Intl.DateTimeFormatOptions) => patternOf(parts(o), [...months, ...monthsGenitive, ...days]);
  const short = parts({ dateStyle: 'short' });
  const period = (h: number) =>
    clean(new Intl.DateTimeFormat(name, { ...utc, hour: 'numeric', hour12: true }).formatToParts(Date.UTC(2009, 0, 2, h)).find((p) => p.type === 'dayPeriod')?.value ?? '');

  const numberParts = new Intl.NumberFormat(name).formatToParts(-1234567.5);
  const group = numberParts.find((p) => p.type === 'group')?.value ?? ',';
  const integerGroups = numberParts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const groupSizes = integerGroups.length > 2 ? [integerGroups.at(-1)!, integerGroups.at(-2)!] : [integerGroups.at(-1) ?? 3];
  const percent = (n: number) => numberPattern(new Intl.NumberFormat(name, { style: 'percent' }).formatToParts(n), 'percentSign', '%');

  const region = new Intl.Locale(name).maximize().region ?? '';
  const currency = REGION_CURRENCY[region];
  const money = currency ? new Intl.NumberFormat(name, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }) : undefined;
  const currencyParts = (n: number) => money?.formatToParts(n) ?? [];
  const currencySymbol = currency ? clean(currencyParts(1).find((p) => p.type === 'currency')?.value ?? currency) : '¤';
  const currencyPattern = (n: number) => (money ? numberPattern(currencyParts(n), 'currency', '$') : n < 0 ? '-$n' : '$n');

  return {
    name,
    decimal: numberParts.find((p) => p.type === 'decimal')?.value ?? '.',
    group,
    groupSizes,
    minus: clean(numberParts.find((p) => p.type === 'minusSign')?.value ?? '-'),
    percentPattern: percent(0.5),
    percentNegativePattern: percent(-0.5),
    currencySymbol,
    currencyDigits: money?.resolvedOptions().minimumFractionDigits ?? 2,
    currencyPattern: currencyPattern(1),
    currencyNegativePattern: currencyPattern(-1),
    months,
    monthsGenitive,
    monthsShort,
    days,
    daysShort: names(name, { weekday: 'short' }, 'weekday', week),
    am: period(1),
    pm: period(13),
    dateSeparator: short.find((p) => p.type === 'literal')?.value.trim() || '/',
    timeSeparator: parts({ timeStyle: 'short' }).find((p) => p.type === 'literal')?.value ?? ':',
    patterns: {
      d: pattern({ dateStyle: 'short' }),
      D: pattern({ dateStyle: 'full' }),
      t: pattern({ timeStyle: 'short' }),
      T: pattern({ timeStyle: 'medium' }),
      M: pattern({ month: 'long', day: 'numeric' }),
      Y: pattern({ year: 'numeric', month: 'long' }),
    },
    dateOrder: short
      .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
      .map((p) => p.type[0]!.toUpperCase())
      .join(''),
  };
}

const cache = new Map<string, Culture>();

/** Culture data for an RFC 4646 name (case-insensitive), or undefined when it is not a known culture. */
export function culture(name: string): Culture | undefined {
  const key = name.toLowerCase();
  let found = cache.get(key);
  if (found) return found;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(name)[0] ?? '';
  } catch {
    return undefined;
  }
  if (!canonical || Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 0) return undefined;
  found = build(canonical);
  cache.set(key, found);
  return found;
}

/** The invariant culture's number symbols (isFloat's default). */
export const INVARIANT_NUMBERS = { decimal: '.', group: ',', minus: '-' } as const;
