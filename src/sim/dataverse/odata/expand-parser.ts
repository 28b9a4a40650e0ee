// $expand text -> items: `nav` or `nav(<options>)`, comma-separated; options are `$name=value` separated by `;`
// (`cosell_SolutionDetail($select=cosell_name;$expand=createdby($select=fullname))`). Quotes and parentheses
// nest; the options' values are checked by the query options of the related table.
import { errors } from '../errors';

export interface ExpandItem {
  /** The navigation property, as written (case-sensitive). */
  nav: string;
  /** Options in the order written: `['$select', 'a,b']`. */
  options: [string, string][];
}

/** Splits at `sep` outside parentheses and quoted text; returns each part with its offset. */
function split(text: string, sep: string, offset: number): { part: string; at: number }[] {
  const parts: { part: string; at: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'")
      quoted = !quoted; // '' (an escaped quote) toggles twice
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) throw errors.syntax(offset + i, text);
    else if (ch === sep && depth === 0) {
      parts.push({ part: text.slice(start, i), at: offset + start });
      start = i + 1;
    }
  }
  if (depth !== 0 || quoted) throw errors.syntax(offset + text.length, text);
  parts.push({ part: text.slice(start), at: offset + start });
  return parts;
}

const ITEM = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\/\$ref)?\s*(?:\(([\s\S]*)\))?\s*$/;

export function parseExpand(text: string): ExpandItem[] {
  return split(text, ',', 0).map(({ part, at }) => {
    const m = ITEM.exec(part);
    if (!m) throw errors.syntax(at, text);
    if (m[2]) throw errors.notModelled('$expand with /$ref');
    const inner = m[3];
    const options: [string, string][] = [];
    if (inner !== undefined && !inner.trim()) throw errors.syntax(at + part.indexOf('('), text); // `nav()`
    if (inner !== undefined) {
      for (const o of split(inner, ';', 0)) {
        const eq = o.part.indexOf('=');
        const name = (eq < 0 ? o.part : o.part.slice(0, eq)).trim();
        if (eq < 0 || !/^\$[a-z]+$/.test(name)) throw errors.syntax(at + o.at, text);
        options.push([name, o.part.slice(eq + 1).trim()]);
      }
    }
    return { nav: m[1]!, options };
  });
}

/** The `@odata.context` column list of a query: `name,parentaccountid(name),cosell_SolutionDetail()`. */
export function contextColumns(select: string | null, expand: string | null): string {
  const columns = (select ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of expand ? parseExpand(expand) : []) {
    const option = (name: string) => item.options.find(([k]) => k === name)?.[1] ?? null;
    columns.push(`${item.nav}(${contextColumns(option('$select'), option('$expand'))})`);
  }
  return columns.join(',');
}
