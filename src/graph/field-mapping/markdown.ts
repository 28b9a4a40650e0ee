// Markdown pieces of the page: tables whose cells survive pipes and line breaks (the flow pages' tables), code spans.
import { code } from '../../diff/markdown-text';

export { code };
export { tableLines as table } from '../docs-page';

/** The described builders a section's rules name, as a list under its table. */
export function glossaryLines(glossary: Map<string, string>): string[] {
  if (!glossary.size) return [];
  return ['', ...[...glossary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, d]) => `- ${code(name)}: ${d}`)];
}
