// Markdown building blocks of the diff report: code spans, escaped text, value changes, collapsible blocks.
import { type ValueChange, jsonEqual } from './json-diff';

/** A code span that survives backticks in the text. */
export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain text with Markdown's special characters escaped. */
export const escapeText = (text: string) => text.replace(/[\\`*_{}[\]<>#|!]/g, (c) => `\\${c}`);

/** A value as written in the definition: strings (expressions) raw, anything else as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const LONG = 80;
const isLong = (text: string) => text.length > LONG || text.includes('\n');

function fenced(lang: string, text: string, indent: string): string[] {
  const runs = text.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(2, ...runs.map((r) => r.length)) + 1);
  return [`${indent}${fence}${lang}`, ...text.split('\n').map((l) => `${indent}${l}`), `${indent}${fence}`];
}

/** A `<details>` block under a list item (indented to sit inside it). */
export function details(summary: string, lang: string, body: string, indent: string): string[] {
  return [`${indent}<details><summary>${summary}</summary>`, '', ...fenced(lang, body, indent), '', `${indent}</details>`];
}

const block = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** `- <prefix>path: before → after`, or the same with the values in a collapsible diff when long. */
function changeLines(prefix: string, c: ValueChange, indent: string): string[] {
  const path = c.path ? code(c.path) : 'the value';
  const before = 'before' in c ? show(c.before) : undefined;
  const after = 'after' in c ? show(c.after) : undefined;
  // Equal values: a reference the rename of another action did not update.
  if (jsonEqual(c.before, c.after)) return [`${indent}- ${prefix}${path} still refers to a renamed action: ${code(before!)}`];
  // The same text for different values ("400" and 400): show both as JSON.
  const same = before === after;
  const [b, a] = same ? [JSON.stringify(c.before), JSON.stringify(c.after)] : [before, after];
  if (![b, a].some((v) => v !== undefined && isLong(v))) {
    if (b === undefined) return [`${indent}- ${prefix}${path} added: ${code(a!)}`];
    if (a === undefined) return [`${indent}- ${prefix}${path} removed (was ${code(b)})`];
    return [`${indent}- ${prefix}${path}: ${code(b)} → ${code(a)}`];
  }
  const verb = b === undefined ? 'added' : a === undefined ? 'removed' : 'changed';
  const marked = (mark: string, value: unknown) =>
    block(value)
      .split('\n')
      .map((l) => `${mark} ${l}`);
  const lines = [...(b === undefined ? [] : marked('-', same ? b : c.before)), ...(a === undefined ? [] : marked('+', same ? a : c.after))];
  return [
    `${indent}- ${prefix}${path} ${verb}`,
    ...details(verb === 'changed' ? 'before → after' : verb, 'diff', lines.join('\n'), `${indent}  `),
  ];
}

/** One line for one change of `subject`, else a line for the subject with one nested line per change. */
export function valueChangeLines(subject: string, changes: ValueChange[]): string[] {
  if (changes.length === 1) return changeLines(`${subject}: `, changes[0]!, '');
  return [`- ${subject} changed:`, ...changes.flatMap((c) => changeLines('', c, '  '))];
}
