// Workflow JSON: well-formed, the clientdata envelope, and the whole-flow checks (expressions parse, run-after,
// variables, connections) that `cosell build` runs on its own flows — here on any exported flow.
import { checkWorkflow } from '../../../compile/checks';
import { ExpressionError } from '../../../expr/errors';
import { parseValue } from '../../../expr/parser';
import { Findings, type SolutionFinding } from '../finding';
import { type FlowFile, flowFiles, lineOfKey } from '../flows';
import type { SolutionModel } from '../model';

function* strings(v: unknown, field: string): Generator<{ field: string; value: string }> {
  if (typeof v === 'string') yield { field, value: v };
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${field}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${field}.${k}`);
}

/**
 * Findings of one well-formed workflow file, by path and text: a pure function of them, and the costliest check
 * (every expression re-parsed). The build validates the same workflow file in its tree and in both zips.
 */
const checked = new Map<string, SolutionFinding[]>();
const CHECKED_CHARS = 16 * 1024 * 1024;
let checkedChars = 0;

/**
 * Workflow files whose whole-flow checks ran clean on the very object their bytes serialize: `cosell build` marks
 * the bytes of the flows it just compiled (compileFlow fails on any checkWorkflow finding) and packs those Buffers
 * themselves, so validating its output does not run the checks a second time. The envelope checks still run.
 */
const prechecked = new WeakSet<Buffer>();

export function markPrechecked(bytes: Buffer): void {
  prechecked.add(bytes);
}

function checkFlowFile(flow: FlowFile): SolutionFinding[] {
  // The build's own flows: their checks ran at compile time (no cache entry needed, nor its long key).
  if (flow.bytes && prechecked.has(flow.bytes)) {
    const f = new Findings('workflow-json');
    checkFlow(f, flow, false);
    return f.list;
  }
  const key = `${flow.path}\n${flow.text}`;
  const hit = checked.get(key);
  if (hit) return hit.map((x) => ({ ...x }));
  const f = new Findings('workflow-json');
  checkFlow(f, flow, true);
  if (checkedChars + key.length > CHECKED_CHARS) {
    checked.clear();
    checkedChars = 0;
  }
  checked.set(key, f.list.map((x) => ({ ...x })));
  checkedChars += key.length;
  return f.list;
}

export function flowJson(model: SolutionModel): SolutionFinding[] {
  const f = new Findings('workflow-json');
  for (const flow of flowFiles(model)) {
    if (flow.problem) {
      // A missing file is the workflows check's finding.
      if (flow.json === undefined && flow.text !== undefined) f.error(flow.path, flow.problem.message, { line: flow.problem.line });
      continue;
    }
    f.list.push(...checkFlowFile(flow));
  }
  return f.list;
}

/** The envelope checks, and the whole-flow checks unless they already ran (`whole` false). */
function checkFlow(f: Findings, flow: FlowFile, whole: boolean): void {
  const properties = flow.json?.properties;
  const definition = properties?.definition;
  if (!properties || typeof properties !== 'object' || !definition || typeof definition !== 'object') {
    f.error(flow.path, 'not a flow clientdata: expected { "properties": { "definition": { … } } }', { line: 1 });
    return;
  }
  if (!definition.triggers || Object.keys(definition.triggers).length !== 1) {
    f.error(flow.path, 'a cloud flow has exactly one trigger', { line: lineOfKey(flow.text, 'triggers'), field: 'definition.triggers' });
  }
  for (const finding of whole ? checkWorkflow(properties) : []) {
    const name = finding.path.split('/').pop()!;
    f.error(flow.path, finding.message, {
      line: lineOfKey(flow.text, name),
      field: [finding.path, finding.field].filter(Boolean).join(': '),
    });
  }
  // Definition outputs are expressions too (checkWorkflow covers triggers and actions).
  for (const { field, value } of strings(definition.outputs ?? {}, 'definition.outputs')) {
    try {
      parseValue(value);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      f.error(flow.path, e.message, { line: lineOfKey(flow.text, 'outputs'), field });
    }
  }
}
