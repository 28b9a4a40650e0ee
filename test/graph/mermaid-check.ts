// A structural check of generated Mermaid flowcharts: what a renderer needs to accept them.
const ID = '[A-Za-z0-9_]+';
const QUOTED = '"[^"]*"';
const NODE = new RegExp(`^(${ID})(\\[${QUOTED}\\]|\\(\\[${QUOTED}\\]\\)|\\{${QUOTED}\\})$`);
const SUBGRAPH = new RegExp(`^subgraph (${ID}) \\[${QUOTED}\\]$`);
const EDGE = new RegExp(`^(${ID}) -->(?:\\|${QUOTED}\\|)? (${ID})$`);

/** Problems of a flowchart: unbalanced subgraphs, duplicate or undeclared ids, lines that are none of the above. */
export function mermaidProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.trimEnd().split('\n');
  if (lines[0] !== 'flowchart TD') problems.push(`first line is '${lines[0]}'`);
  const declared = new Set<string>();
  const edges: Array<[string, string]> = [];
  let depth = 0;
  const declare = (id: string) => {
    if (declared.has(id)) problems.push(`id ${id} declared twice`);
    declared.add(id);
  };
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    let m;
    if ((m = SUBGRAPH.exec(line))) {
      declare(m[1]!);
      depth++;
    } else if (line === 'end') {
      if (--depth < 0) problems.push('end without subgraph');
    } else if ((m = NODE.exec(line))) declare(m[1]!);
    else if ((m = EDGE.exec(line))) edges.push([m[1]!, m[2]!]);
    else problems.push(`unrecognised line: ${line}`);
    if (/^(end|graph|subgraph|flowchart)$/.test(m?.[1] ?? '')) problems.push(`reserved word as id: ${m![1]}`);
  }
  if (depth > 0) problems.push(`${depth} subgraph(s) not closed`);
  for (const [from, to] of edges) for (const id of [from, to]) if (!declared.has(id)) problems.push(`edge to undeclared ${id}`);
  return problems;
}
