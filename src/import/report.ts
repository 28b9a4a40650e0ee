// The import report: per flow, how it round-trips, what was written raw or with `extra`, and why.
import { NORMALISATIONS } from './compare';
import type { ImportResult, ImportedFlow } from './index';

/** One line per flow for the console. */
export function summaryLine(f: ImportedFlow): string {
  const raw = f.notes.filter((n) => n.kind === 'raw').length;
  const extra = f.notes.filter((n) => n.kind === 'extra').length;
  const t = f.roundTrip;
  const trip = !t
    ? 'not verified'
    : t.failure
      ? `does not rebuild: ${t.failure.message}`
      : t.comparison!.differences.length
        ? `${t.comparison!.differences.length} difference(s) after normalisation`
        : 'round-trips exactly (after normalisation)';
  return `${f.file}: ${trip}; ${raw} raw, ${extra} with extra`;
}

export function reportMarkdown(result: ImportResult, origin: string, problems: string[] = []): string {
  const out: string[] = [`# Import report`, '', `Source: \`${origin}\``, ''];
  out.push('| Flow | File | Round trip | Raw | Extra |', '|---|---|---|---|---|');
  for (const f of result.flows) {
    const t = f.roundTrip;
    const trip = !t
      ? 'not verified'
      : t.failure
        ? 'fails to rebuild'
        : t.comparison!.differences.length
          ? `${t.comparison!.differences.length} difference(s)`
          : 'exact';
    const count = (k: string) => f.notes.filter((n) => n.kind === k).length;
    out.push(`| ${f.source.name.replace(/\|/g, '\\|')} | \`${f.file}\` | ${trip} | ${count('raw')} | ${count('extra')} |`);
  }
  out.push('', '"Exact" means equal to the export after these normalisations only (each listed per flow where it applied):', '');
  for (const [name, why] of Object.entries(NORMALISATIONS)) out.push(`- \`${name}\`: ${why}`);
  for (const f of result.flows) {
    out.push('', `## ${f.source.name}`, '');
    if (f.source.id)
      out.push(`Original workflow id \`${f.source.id}\`; the rebuilt flow's id derives from its name (see the file header).`, '');
    const t = f.roundTrip;
    if (t?.failure) out.push(`Does not rebuild: ${t.failure.message}`, '');
    if (t?.comparison) {
      out.push(`Normalisations applied: ${t.comparison.applied.map((a) => `\`${a}\``).join(', ') || 'none'}.`, '');
      for (const d of t.comparison.differences) out.push(`- difference at \`${d.path}\`: ${d.message}`);
    }
    for (const n of f.notes) out.push(`- ${n.kind} at \`${n.path || '(flow)'}\`: ${n.message}`);
    for (const p of f.fellBack) out.push(`- typed code for \`${p}\` did not round-trip; written raw instead (an importer gap)`);
  }
  if (result.project.warnings.length || problems.length) {
    out.push('', '## Warnings', '');
    for (const w of [...problems, ...result.project.warnings]) out.push(`- ${w}`);
  }
  out.push(
    '',
    '## Using the imported flows',
    '',
    '`cosell build` compiles `flows-src/*.flow.ts`: move the files you keep there, and merge `solution.fragment.yaml` into',
    "`solution-template/solution.yaml` (its names keep the exporting publisher's prefix).",
  );
  return `${out.join('\n')}\n`;
}
