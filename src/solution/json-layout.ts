// Workflow JSON laid out exactly as `formatJson` (prettier, parser json, printWidth 120) lays out
// JSON.stringify's output — without prettier's cost (~6 ms a flow). Where the layout would depend on rules not
// modelled here (display width of non-ASCII text), it returns undefined and the caller uses prettier.
// test/solution/json-layout.test.ts checks byte equality with prettier on real flows and random JSON.

const WIDTH = 120;

/** prettier's number normalisation (lower case, no `+` or leading zeros in exponents, …). */
function printNumber(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, '$1$2$3')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

class Unsupported extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const size = (v: unknown) => (Array.isArray(v) ? v.length : isObject(v) ? Object.keys(v).length : 0);

/** prettier breaks an array of 2+ arrays (or 2+ objects) of the same kind that each hold 2+ items. */
function breaksItself(a: unknown[]): boolean {
  return (
    a.length > 1 &&
    a.every(
      (x, i) => (Array.isArray(x) || isObject(x)) && size(x) > 1 && (i + 1 === a.length || Array.isArray(a[i + 1]) === Array.isArray(x)),
    )
  );
}

/** Whether a value cannot print on one line: a non-empty object (always expanded) or a self-breaking array inside. */
function forcesBreak(v: unknown): boolean {
  if (isObject(v)) return Object.keys(v).length > 0;
  if (Array.isArray(v)) return breaksItself(v) || v.some(forcesBreak);
  return false;
}

function scalar(v: unknown): string {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : printNumber(JSON.stringify(v));
  const s = JSON.stringify(v);
  if (s === undefined) throw new Unsupported();
  return s;
}

/** One-line text of a value that does not force a break. */
function flat(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flat).join(', ')}]`;
  if (isObject(v)) return '{}';
  return scalar(v);
}

/** Display width; only ASCII is modelled (prettier counts wide and combining characters differently). */
function width(text: string): number {
  if (/[^\x20-\x7e]/.test(text)) throw new Unsupported();
  return text.length;
}

/** Indentation strings by width. */
const pads: string[] = [];
const padOf = (n: number): string => (pads[n] ??= ' '.repeat(n));

/** `"key": ` of each key met, since workflows repeat the same few keys. */
const keyTexts = new Map<string, string>();
const keyText = (k: string): string => {
  let t = keyTexts.get(k);
  if (t === undefined) {
    t = `${JSON.stringify(k)}: `;
    if (keyTexts.size < 10_000) keyTexts.set(k, t);
  }
  return t;
};

/** Appends the layout of `v` to `out`; `column` is where an array's one-line form would start. */
function print(v: unknown, indent: number, column: number, trailing: number, out: string[]): void {
  if (v === null || typeof v !== 'object') {
    out.push(scalar(v));
    return;
  }
  if (!Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (!keys.length) {
      out.push('{}');
      return;
    }
    const pad = padOf(indent + 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keyText(keys[i]!);
      const value = o[keys[i]!];
      out.push(i === 0 ? '{\n' : ',\n', pad, key);
      const col = Array.isArray(value) && value.length && !forcesBreak(value) ? indent + 2 + width(key) : 0;
      // A trailing comma follows every member but the last; only an array's one-line form depends on it.
      print(value, indent + 2, col, i === keys.length - 1 ? 0 : 1, out);
    }
    out.push(`\n${padOf(indent)}}`);
    return;
  }
  if (!v.length) {
    out.push('[]');
    return;
  }
  if (!forcesBreak(v)) {
    const one = flat(v);
    if (column + width(one) + trailing <= WIDTH) {
      out.push(one);
      return;
    }
  }
  const pad = padOf(indent + 2);
  if (v.every((x) => typeof x === 'number')) {
    out.push(`[\n${pad}${fill(
      v.map((x, i) => scalar(x) + (i < v.length - 1 ? ',' : '')),
      indent + 2,
    )}\n${padOf(indent)}]`);
    return;
  }
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    const last = i === v.length - 1;
    out.push(i === 0 ? '[\n' : ',\n', pad);
    const col = Array.isArray(x) && !forcesBreak(x) ? indent + 2 : 0;
    print(x, indent + 2, col, last ? 0 : 1, out);
  }
  out.push(`\n${padOf(indent)}]`);
}

/** prettier's fill: as many items per line as fit, each line starting at `indent`. */
function fill(items: string[], indent: number): string {
  let out = items[0]!;
  let column = indent + width(items[0]!);
  for (let i = 1; i < items.length; i++) {
    // The pair (previous, next) fits on the line the previous one started on.
    const startOfPrevious = column - width(items[i - 1]!);
    if (startOfPrevious + width(items[i - 1]!) + 1 + width(items[i]!) <= WIDTH) {
      out += ` ${items[i]}`;
      column += 1 + width(items[i]!);
    } else {
      out += `\n${' '.repeat(indent)}${items[i]}`;
      column = indent + width(items[i]!);
    }
  }
  return out;
}

/** The layout prettier gives `JSON.stringify(value, null, 2)`, or undefined where it is not modelled. */
export function layoutJson(value: unknown): string | undefined {
  try {
    const out: string[] = [];
    print(value, 0, 0, 0, out);
    out.push('\n');
    return out.join('');
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
