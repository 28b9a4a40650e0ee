// Reads what an import needs from an exported solution (zip or folder, packed or unpacked) or a bare
// workflow JSON file: the flows, and the solution's environment variable and connection reference definitions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readModel, referencedPath } from '../solution/validate/model';
import { readSolution } from '../solution/validate/source';
import { obj, txt } from '../solution/validate/xml';
import { ENV_TYPE_NAMES } from '../solution/views';
import { type JsonObject, type SourceFlow, normaliseGuid } from './json';

export interface EnvDefinition {
  schemaName: string;
  displayName?: string;
  /** String, Number, Boolean, JSON (or the raw type code when it is none of these). */
  type?: string;
  defaultValue?: string;
  description?: string;
}

export interface ConnectionReferenceInfo {
  logicalName: string;
  displayName?: string;
  connectorId?: string;
  /** Set when the reference is to a custom connector. */
  custom: boolean;
}

export interface ImportSource {
  origin: string;
  flows: SourceFlow[];
  envDefinitions: Map<string, EnvDefinition>;
  connectionReferences: Map<string, ConnectionReferenceInfo>;
  /** Workflows that could not be read, and why. */
  problems: string[];
}


/** A bare workflow JSON file (`<Name>-<GUID>.json`, as in solution folders): named after its file. */
export function readFlowFile(path: string, name?: string): SourceFlow {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const m = /^(.*?)-([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\.json$/.exec(basename(path));
  return {
    name: name ?? m?.[1] ?? basename(path, '.json'),
    ...(m ? { id: normaliseGuid(m[2]!) } : {}),
    file: path,
    clientdata: JSON.parse(text) as JsonObject,
  };
}

export async function readImportSource(path: string): Promise<ImportSource> {
  const empty = { envDefinitions: new Map(), connectionReferences: new Map(), problems: [] };
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (statSync(path).isFile() && path.toLowerCase().endsWith('.json'))
    return { origin: path, flows: [readFlowFile(path)], ...empty };

  const source = await readSolution(path);
  const model = readModel(source);
  const out: ImportSource = { origin: path, flows: [], ...empty };
  for (const w of model.workflows) {
    if (!w.jsonFileName) continue; // a classic workflow (XAML), not a cloud flow
    let file = referencedPath(model, w.jsonFileName);
    if (!source.files.has(file)) {
      // Some extracted exports keep the JSON beside solution.xml rather than under Workflows/.
      const alt = [...source.files.keys()].find((f) => basename(f) === basename(file));
      if (!alt) {
        out.problems.push(`${w.name}: ${file} is missing from the solution; not imported`);
        continue;
      }
      file = alt;
    }
    const text = source.files
      .get(file)!
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    try {
      const description = txt(w.node.Description);
      out.flows.push({
        name: w.name,
        id: normaliseGuid(w.id),
        file,
        origin: path,
        clientdata: JSON.parse(text) as JsonObject,
        ...(description ? { description } : {}),
      });
    } catch (e) {
      out.problems.push(`${w.name}: ${file} is not valid JSON (${(e as Error).message}); not imported`);
    }
  }
  for (const e of model.envVars) {
    const n = e.node;
    const type = txt(n.type);
    out.envDefinitions.set(e.schemaName, {
      schemaName: e.schemaName,
      displayName: String(obj(n.displayname)['@default'] ?? '') || undefined,
      type: ENV_TYPE_NAMES[type] ?? (type || undefined),
      defaultValue: n.defaultvalue === undefined ? undefined : txt(n.defaultvalue),
      description: String(obj(n.description)['@default'] ?? '') || undefined,
    });
  }
  for (const r of model.connectionReferences) {
    out.connectionReferences.set(r.logicalName, {
      logicalName: r.logicalName,
      displayName: txt(r.node.connectionreferencedisplayname) || undefined,
      connectorId: r.connectorId || undefined,
      custom: Boolean(r.customConnectorId),
    });
  }
  return out;
}
