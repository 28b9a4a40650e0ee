// `cosell graph [flow]`: each flow as a Mermaid flowchart.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { FlowDoc } from '../../src/diff';

/** Flows a name selects: display name, workflow GUID or file name (case-insensitive), else those containing it. */
function select(flows: FlowDoc[], wanted: string | undefined): FlowDoc[] {
  if (wanted === undefined) return flows;
  const w = wanted.toLowerCase();
  const exact = flows.filter((f) => [f.name, f.id ?? '', f.file, f.file.split('/').pop()!].some((k) => k.toLowerCase() === w));
  return exact.length ? exact : flows.filter((f) => f.name.toLowerCase().includes(w));
}

export function register(program: Command): void {
  program
    .command('graph')
    .description('print each flow as a Mermaid flowchart (flowchart TD): trigger, actions, runAfter edges, containers as subgraphs')
    .argument('[flow]', 'only this flow: display name, workflow GUID or file name (or part of the display name)')
    .option('--from <source>', 'read the flows from a git revision, zip, folder or workflow JSON (default: build the working tree)')
    .option('--root <dir>', 'project root', '.')
    .option('--markdown', 'print a Markdown section per flow, the diagram in a mermaid code block')
    .action(async (wanted: string | undefined, o: { from?: string; root: string; markdown?: boolean }) => {
      const [{ CompileError, formatProblem }, { flowSetOf, partsOf }, { mermaidOf }] = await Promise.all([
        import('../../src/compile/problem'),
        import('../../src/diff'),
        import('../../src/graph/mermaid'),
      ]);
      let flows: FlowDoc[];
      try {
        flows = (await flowSetOf(o.from, resolve(o.root))).flows;
      } catch (e) {
        if (e instanceof CompileError) for (const p of e.problems) console.error(formatProblem(p));
        console.error(`cosell graph: ${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
      const chosen = select(flows, wanted);
      if (!chosen.length) {
        console.error(`cosell graph: no flow matches '${wanted}'; the flows are: ${flows.map((f) => f.name).join(', ') || 'none'}`);
        process.exitCode = 1;
        return;
      }
      const out = chosen.map((f) => {
        const diagram = mermaidOf(partsOf(f.json).definition);
        return o.markdown ? `## ${f.name}\n\n\`\`\`mermaid\n${diagram}\`\`\`\n` : `%% ${f.name}\n${diagram}`;
      });
      process.stdout.write(out.join('\n'));
    });
}
