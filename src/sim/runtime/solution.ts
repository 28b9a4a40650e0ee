// Reads the flows of a solution (a folder such as dist/solution, or a zip): `Workflows/*.json`,
// named by their `.json.data.xml` (unpacked) or customizations.xml (packed) Workflow entries.
import { readSolution } from '../../solution/validate/source';
import { type LoadOptions } from './flow';

export interface SolutionFlow extends LoadOptions {
  json: unknown;
  file: string;
}

const unescapeXml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Workflow display names by lower-case id, from `<Workflow WorkflowId="{...}" Name="...">` elements. */
function namesIn(xml: string, into: Map<string, string>): void {
  for (const m of xml.matchAll(/<Workflow\b[^>]*>/g)) {
    const id = /WorkflowId="\{?([^"}]+)\}?"/.exec(m[0])?.[1];
    const name = /\bName="([^"]*)"/.exec(m[0])?.[1];
    if (id && name !== undefined) into.set(id.toLowerCase(), unescapeXml(name));
  }
}

export async function readSolutionFlows(path: string): Promise<SolutionFlow[]> {
  const source = await readSolution(path);
  const names = new Map<string, string>();
  for (const [file, bytes] of source.files) {
    if (/(^|\/)customizations\.xml$/i.test(file) || /\.json\.data\.xml$/i.test(file)) namesIn(bytes.toString('utf8'), names);
  }
  const flows: SolutionFlow[] = [];
  for (const [file, bytes] of [...source.files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^Workflows\/[^/]+\.json$/i.test(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new Error(`${source.origin}: ${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const id = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i.exec(file)?.[1]?.toLowerCase();
    const name = id ? names.get(id) : undefined;
    flows.push({ json, file: `${source.origin}/${file}`, ...(id ? { workflowId: id } : {}), ...(name ? { name } : {}) });
  }
  if (!flows.length) throw new Error(`${source.origin}: no Workflows/*.json in this solution`);
  return flows;
}
