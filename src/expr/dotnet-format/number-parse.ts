// Number parsing like .NET's Parse/TryParse with NumberStyles: leading and
// trailing white space, leading or trailing sign, group separators anywhere
// after the first integer digit, a decimal point, an exponent. This is why the
// documented `float('12,3,4,5678')` is 12345678 and `float('12345678.-')` is -12345678.

export interface NumberSymbols {
  decimal: string;
  group: string;
  minus: string;
}

export interface ParseStyles {
  thousands?: boolean;
  decimalPoint?: boolean;
  exponent?: boolean;
  trailingSign?: boolean;
}

export interface ParsedNumber {
  negative: boolean;
  /** Integer digits followed by fraction digits. */
  digits: string;
  /** Number of fraction digits in `digits`. */
  fractionDigits: number;
  exponent: number;
}

const WHITE = /[\t\n\v\f\r ]/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Space-like group separators (no-break spaces) also match a plain space, as in .NET. */
function matches(text: string, i: number, symbol: string): boolean {
  if (text.startsWith(symbol, i)) return true;
  return (symbol === '\u00a0' || symbol === '\u202f') && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202f');
}

export function parseNumber(text: string, symbols: NumberSymbols, styles: ParseStyles): ParsedNumber | undefined {
  let i = 0;
  const end = () => i >= text.length;
  while (!end() && WHITE.test(text[i]!)) i++;
  let negative = false;
  let signed = false;
  if (text[i] === '+' || matches(text, i, symbols.minus) || text[i] === '-') {
    negative = text[i] !== '+';
    signed = true;
    i += text[i] === '+' || text[i] === '-' ? 1 : symbols.minus.length;
  }
  let digits = '';
  let fractionDigits = 0;
  let inFraction = false;
  for (;;) {
    const ch = text[i];
    if (isDigit(ch)) {
      digits += ch;
      if (inFraction) fractionDigits++;
      i++;
    } else if (styles.decimalPoint && !inFraction && matches(text, i, symbols.decimal)) {
      inFraction = true;
      i += symbols.decimal.length;
    } else if (styles.thousands && !inFraction && digits !== '' && matches(text, i, symbols.group)) {
      i += symbols.group.length;
    } else break;
  }
  if (digits === '') return undefined;
  let exponent = 0;
  if (styles.exponent && (text[i] === 'e' || text[i] === 'E')) {
    let j = i + 1;
    const expNegative = text[j] === '-';
    if (text[j] === '+' || text[j] === '-') j++;
    if (isDigit(text[j])) {
      let e = '';
      while (isDigit(text[j])) e += text[j++];
      exponent = Number(e) * (expNegative ? -1 : 1);
      i = j;
    }
  }
  if (!signed && styles.trailingSign && (text[i] === '+' || text[i] === '-' || matches(text, i, symbols.minus))) {
    negative = text[i] !== '+';
    i += text[i] === '+' || text[i] === '-' ? 1 : symbols.minus.length;
  }
  while (!end() && WHITE.test(text[i]!)) i++;
  return end() ? { negative, digits, fractionDigits, exponent } : undefined;
}

/** The double nearest to a parsed number. */
export function toDouble(p: ParsedNumber): number {
  const int = p.digits.slice(0, p.digits.length - p.fractionDigits) || '0';
  const frac = p.digits.slice(p.digits.length - p.fractionDigits);
  return Number(`${p.negative ? '-' : ''}${int}.${frac}0e${p.exponent}`);
}
