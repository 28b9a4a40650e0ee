// Markdown pieces of the page: tables whose cells survive pipes and line breaks, code spans.
export { code } from '../../diff/markdown-text';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** The described builders a section's rules name, as a list under its table. */
export function glossaryLines(glossary: Map<string, string>, code: (s: string) => string): string[] {
  if (!glossary.size) return [];
  return ['', ...[...glossary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, d]) => `- ${code(`${name}`)}: ${d}`)];
}
