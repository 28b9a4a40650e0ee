// .NET custom numeric format strings ('#,##0.00', '0.###E+0', '0%',
// 'pos;neg;zero', quoted literals, '\' escapes), after .NET's
// NumberToStringFormat. Doubles are first rounded to 15 significant digits,
// as .NET does for custom formats.

import type { Culture } from './culture';
import { roundDecimals, roundSignificant, type Digits } from './digits';
import type { FormatResult, NumberValue } from './numeric';

/** Splits on ';' outside quotes and escapes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '\\' && i + 1 < format.length) {
      current += ch + format[++i];
    } else if (ch === '"' || ch === "'") {
      const close = format.indexOf(ch, i + 1);
      const end = close < 0 ? format.length : close;
      current += format.slice(i, end + 1);
      i = end;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Layout {
  digitCount: number;
  decimalPos: number;
  /** Digits from the decimal point to the first '0' (integer side), and to the last '0' (fraction side, <= 0). */
  firstZero: number;
  lastZero: number;
  grouping: boolean;
  scaleAdjust: number;
  scientific: boolean;
}

/** Is there an exponent at `i` ('E0', 'e+00', 'E-0')? Returns the index after the sign, or -1. */
function exponentAt(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '+' || s[j] === '-') j++;
  return s[j] === '0' ? j : -1;
}

function scan(section: string): Layout {
  let digitCount = 0;
  let decimalPos = -1;
  let firstZero = Infinity;
  let lastZero = 0;
  let scaleAdjust = 0;
  let scientific = false;
  let thousandPos = -1;
  let thousandCount = 0;
  let grouping = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '#') digitCount++;
    else if (ch === '0') {
      if (firstZero === Infinity) firstZero = digitCount;
      digitCount++;
      lastZero = digitCount;
    } else if (ch === '.') {
      if (decimalPos < 0) decimalPos = digitCount;
    } else if (ch === ',') {
      if (digitCount > 0 && decimalPos < 0) {
        if (thousandPos >= 0) {
          if (thousandPos === digitCount) {
            thousandCount++;
            continue;
          }
          grouping = true;
        }
        thousandPos = digitCount;
        thousandCount = 1;
      }
    } else if (ch === '%') scaleAdjust += 2;
    else if (ch === '\u2030') scaleAdjust += 3;
    else if (ch === '"' || ch === "'") {
      const close = section.indexOf(ch, i + 1);
      i = close < 0 ? section.length : close;
    } else if (ch === '\\') i++;
    else if ((ch === 'E' || ch === 'e') && !scientific) {
      const j = exponentAt(section, i);
      if (j >= 0) {
        scientific = true;
        i = j;
        while (section[i + 1] === '0') i++;
      }
    }
  }
  if (decimalPos < 0) decimalPos = digitCount;
  if (thousandPos >= 0) {
    if (thousandPos === decimalPos) scaleAdjust -= thousandCount * 3;
    else grouping = true;
  }
  return { digitCount, decimalPos, firstZero, lastZero, grouping, scaleAdjust, scientific };
}

/** Digit positions (counted from the decimal point) after which a group separator goes. */
function isGroupBoundary(digPos: number, sizes: number[]): boolean {
  let boundary = 0;
  for (let i = 0; ; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)]!;
    if (size === 0) return false;
    boundary += size;
    if (boundary === digPos - 1) return true;
    if (boundary > digPos - 1) return false;
  }
}

function render(section: string, layout: Layout, d: Digits, negative: boolean, c: Culture): string {
  const { decimalPos, digitCount, scientific } = layout;
  const firstDigit = layout.firstZero < decimalPos ? decimalPos - layout.firstZero : 0;
  const lastDigit = layout.lastZero > decimalPos ? decimalPos - layout.lastZero : 0;
  const zero = d.digits === '';
  const scale = zero ? 0 : d.exponent;
  let digPos = scientific ? decimalPos : Math.max(scale, decimalPos);
  let adjust = scientific ? 0 : scale - decimalPos;
  let k = 0;
  const nextDigit = () => (k < d.digits.length ? d.digits[k++]! : '');
  let out = negative ? c.minus : '';
  let decimalWritten = false;
  let exponentDone = !scientific;
  const emit = (digit: string) => {
    out += digit;
    if (layout.grouping && digPos > 1 && isGroupBoundary(digPos, c.groupSizes)) out += c.group;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (adjust > 0 && (ch === '#' || ch === '0' || ch === '.')) {
      while (adjust > 0) {
        emit(nextDigit() || '0');
        digPos--;
        adjust--;
      }
    }
    switch (ch) {
      case '#':
      case '0': {
        let digit: string;
        if (adjust < 0) {
          adjust++;
          digit = digPos <= firstDigit ? '0' : '';
        } else {
          digit = nextDigit() || (digPos > lastDigit ? '0' : '');
        }
        if (digit) emit(digit);
        digPos--;
        break;
      }
      case '.':
        if (digPos !== 0 || decimalWritten) break;
        if (lastDigit < 0 || (decimalPos < digitCount && k < d.digits.length)) {
          out += c.decimal;
          decimalWritten = true;
        }
        break;
      case ',':
        break;
      case '%':
        out += '%';
        break;
      case '\u2030':
        out += '\u2030';
        break;
      case '"':
      case "'": {
        const close = section.indexOf(ch, i + 1);
        const end = close < 0 ? section.length : close;
        out += section.slice(i + 1, end);
        i = end;
        break;
      }
      case '\\':
        if (i + 1 < section.length) out += section[++i];
        break;
      case 'E':
      case 'e': {
        const j = exponentAt(section, i);
        if (exponentDone || j < 0) {
          out += ch;
          break;
        }
        exponentDone = true;
        const plus = section[i + 1] === '+';
        let width = 0;
        for (i = j; section[i] === '0'; i++) width++;
        i--;
        const exponent = zero ? 0 : scale - decimalPos;
        out += ch + (exponent < 0 ? c.minus : plus ? '+' : '') + String(Math.abs(exponent)).padStart(width, '0');
        break;
      }
      default:
        out += ch;
    }
  }
  return out;
}

export function formatCustom(v: NumberValue, format: string, c: Culture): FormatResult {
  const all = sections(format);
  const digits = v.kind === 'float' ? roundSignificant(v.digits, 15) : v.digits;
  const negative = digits.negative && digits.digits !== '';
  let index = negative && all.length > 1 && all[1] !== '' ? 1 : digits.digits === '' && all.length > 2 && all[2] !== '' ? 2 : 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const section = all[index]!;
    const layout = scan(section);
    const scaled = digits.digits ? { ...digits, exponent: digits.exponent + layout.scaleAdjust } : digits;
    const rounded = layout.scientific
      ? roundSignificant(scaled, Math.max(layout.digitCount, 1))
      : roundDecimals(scaled, layout.digitCount - layout.decimalPos);
    if (rounded.digits === '' && index !== 2 && all.length > 2 && all[2] !== '') {
      index = 2;
      continue;
    }
    const withSign = index === 0 && negative && rounded.digits !== '';
    return render(section, layout, rounded, withSign, c);
  }
  return { error: `The format '${format}' is not valid.` };
}
