// Machine-readable lint output: the summary and every finding, suppressed ones included with their reason.
import { type LintFinding, summarize } from '../finding';

export function formatJson(findings: readonly LintFinding[], flowCount: number): string {
  return `${JSON.stringify({ version: 1, flows: flowCount, summary: summarize(findings), findings }, null, 2)}\n`;
}
