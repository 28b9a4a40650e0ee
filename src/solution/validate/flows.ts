// The workflow JSON files a solution's <Workflow> elements point at, parsed once.
import { type SolutionModel, type WorkflowEntry, referencedPath } from './model';

export interface FlowFile {
  workflow: WorkflowEntry;
  path: string;
  text?: string;
  /** The file's bytes, as the source holds them. */
  bytes?: Buffer;
  /** The parsed clientdata, when the file exists and is valid JSON. */
  json?: Record<string, any>; // workflow JSON is untyped by nature
  /** Why it could not be read. */
  problem?: { line?: number; message: string };
}

const cache = new WeakMap<SolutionModel, FlowFile[]>();

/** Parsed workflow JSON by text (only ever read): the build's tree and both zips hold the same workflow files. */
const parsedJson = new Map<string, Record<string, any>>();
const PARSED_CHARS = 16 * 1024 * 1024;
let parsedChars = 0;

function parseJson(text: string): Record<string, any> {
  const hit = parsedJson.get(text);
  if (hit) return hit;
  const json = JSON.parse(text);
  if (parsedChars + text.length > PARSED_CHARS) {
    parsedJson.clear();
    parsedChars = 0;
  }
  parsedJson.set(text, json);
  parsedChars += text.length;
  return json;
}

/** Decoded and parsed workflow files by their bytes (only ever read). */
const readBytes = new WeakMap<Buffer, { text: string; json: Record<string, any> }>();

function lineOfPosition(text: string, message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  if (m) return text.slice(0, Number(m[1])).split('\n').length;
  const l = /line (\d+)/.exec(message);
  return l ? Number(l[1]) : undefined;
}

export function flowFiles(model: SolutionModel): FlowFile[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const out: FlowFile[] = [];
  for (const workflow of model.workflows) {
    if (!workflow.jsonFileName) continue;
    const path = referencedPath(model, workflow.jsonFileName);
    const bytes = model.source.files.get(path);
    if (!bytes) {
      out.push({ workflow, path, problem: { message: 'the file is missing' } });
      continue;
    }
    // The build's tree and both zips hold the same Buffer: decoded and parsed once.
    let read = readBytes.get(bytes);
    const text = read?.text ?? bytes.toString('utf8').replace(/^\uFEFF/, '');
    try {
      if (!read) readBytes.set(bytes, (read = { text, json: parseJson(text) }));
      out.push({ workflow, path, text, bytes, json: read.json });
    } catch (e) {
      const message = (e as Error).message;
      out.push({
        workflow,
        path,
        text,
        problem: { line: lineOfPosition(text, message), message: `the workflow JSON is not well-formed: ${message}` },
      });
    }
  }
  cache.set(model, out);
  return out;
}

/** Line of the first `"key":` in a JSON text (best effort, for locating actions and parameters). */
export function lineOfKey(text: string | undefined, key: string): number | undefined {
  if (!text) return undefined;
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
