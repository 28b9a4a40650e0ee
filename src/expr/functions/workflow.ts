// Workflow functions: they read the EvaluationContext the simulator supplies.
// Names of actions, loops and variables match exactly, then ignoring case.

import type { EvaluationContext, LoopFrame, RunRecord } from '../context';
import { lookup } from '../select';
import { contentBytes, isContent, isObject, setOwn, type JsonObject, type Value } from '../values';
import { fail, int, str, type CallSite, type Fn } from './args';

function missing(site: CallSite, what: string): never {
  fail(site, `The template language function '${site.name}' cannot be evaluated: ${what}.`, 'MissingReference');
}

function byName<T>(map: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  if (!map) return undefined;
  if (Object.hasOwn(map, name)) return map[name];
  const lower = name.toLowerCase();
  const key = Object.keys(map).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : map[key];
}

/** A run record as a JSON object (undefined members dropped). */
function recordValue(record: RunRecord): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) setOwn(out, k, v);
  return out;
}

function trigger(site: CallSite, ctx: EvaluationContext): RunRecord {
  return ctx.trigger ?? missing(site, 'the context has no trigger outputs');
}

function action(site: CallSite, ctx: EvaluationContext, name: string): RunRecord {
  return byName(ctx.actions, name) ?? missing(site, `the action '${name}' has not run or does not exist`);
}

const outputsOf = (record: RunRecord): Value => record.outputs ?? null;
const bodyOf = (record: RunRecord): Value => {
  const outputs = record.outputs;
  return isObject(outputs) ? (lookup(outputs, 'body') ?? null) : null;
};

/** Values of `key` in form-data or form-encoded outputs: `$formdata` items, or url-encoded `$content`. */
function formValues(site: CallSite, record: RunRecord, key: string): Value[] {
  const body = bodyOf(record);
  if (isObject(body) && Array.isArray(body.$formdata)) {
    return body.$formdata.filter((p) => isObject(p) && p.key === key).map((p) => (isObject(p) ? (p.value ?? null) : null));
  }
  const text = isContent(body) ? contentBytes(body).toString('utf8') : typeof body === 'string' ? body : undefined;
  if (text === undefined) return missing(site, 'the outputs are not form-data or form-encoded content');
  return new URLSearchParams(text).getAll(key);
}

function formValue(site: CallSite, record: RunRecord, key: string): Value {
  const values = formValues(site, record, key);
  if (values.length > 1) fail(site, `The template language function '${site.name}' found more than one value for the key '${key}'.`);
  return values[0] ?? null;
}

function multipartBody(site: CallSite, record: RunRecord, index: number): Value {
  const body = bodyOf(record);
  const parts = isObject(body) && Array.isArray(body.$multipart) ? body.$multipart : missing(site, 'the outputs are not multipart content');
  const part = parts[index];
  if (part === undefined) fail(site, `The template language function '${site.name}' was given the part index '${index}', but there are ${parts.length} parts.`);
  return isObject(part) ? (part.body ?? null) : part;
}

function loop(site: CallSite, ctx: EvaluationContext, name?: string): LoopFrame {
  const loops = ctx.loops ?? [];
  if (name === undefined) return loops.at(-1) ?? missing(site, 'it is not used inside a loop, Select or Filter array');
  const lower = name.toLowerCase();
  for (let i = loops.length - 1; i >= 0; i--) if (loops[i]!.name === name || loops[i]!.name.toLowerCase() === lower) return loops[i]!;
  return missing(site, `it is not used inside the loop '${name}'`);
}

export const WORKFLOW_FUNCTIONS: Record<string, Fn> = {
  trigger: (_, site, ctx) => recordValue(trigger(site, ctx)),
  triggeroutputs: (_, site, ctx) => outputsOf(trigger(site, ctx)),
  triggerbody: (_, site, ctx) => bodyOf(trigger(site, ctx)),
  triggerformdatavalue: (args, site, ctx) => formValue(site, trigger(site, ctx), str(site, args, 0)),
  triggerformdatamultivalues: (args, site, ctx) => formValues(site, trigger(site, ctx), str(site, args, 0)),
  triggermultipartbody: (args, site, ctx) => multipartBody(site, trigger(site, ctx), int(site, args, 0)),
  action: (_, site, ctx) => recordValue(ctx.currentAction ?? missing(site, 'it is not used in an action')),
  actions: (args, site, ctx) => recordValue(action(site, ctx, str(site, args, 0))),
  outputs: (args, site, ctx) => outputsOf(action(site, ctx, str(site, args, 0))),
  actionoutputs: (args, site, ctx) => outputsOf(action(site, ctx, str(site, args, 0))),
  body: (args, site, ctx) => bodyOf(action(site, ctx, str(site, args, 0))),
  actionbody: (args, site, ctx) => bodyOf(action(site, ctx, str(site, args, 0))),
  formdatavalue: (args, site, ctx) => formValue(site, action(site, ctx, str(site, args, 0)), str(site, args, 1)),
  formdatamultivalues: (args, site, ctx) => formValues(site, action(site, ctx, str(site, args, 0)), str(site, args, 1)),
  multipartbody: (args, site, ctx) => multipartBody(site, action(site, ctx, str(site, args, 0)), int(site, args, 1)),
  items: (args, site, ctx) => loop(site, ctx, str(site, args, 0)).item ?? null,
  item: (_, site, ctx) => loop(site, ctx).item ?? null,
  iterationindexes: (args, site, ctx) => loop(site, ctx, str(site, args, 0)).index,
  variables: (args, site, ctx) => {
    const name = str(site, args, 0);
    const value = byName(ctx.variables, name);
    return value === undefined ? missing(site, `the variable '${name}' is not initialized`) : value;
  },
  parameters: (args, site, ctx) => {
    const name = str(site, args, 0);
    const value = byName(ctx.parameters, name);
    return value === undefined ? missing(site, `the workflow parameter '${name}' is not found`) : value;
  },
  workflow: (_, site, ctx) => ctx.workflow ?? missing(site, 'the context has no workflow object'),
  result: (args, site, ctx) => {
    const name = str(site, args, 0);
    const records = byName(ctx.results, name) ?? missing(site, `the scope '${name}' has no results (it has not run or does not exist)`);
    return records.map(recordValue);
  },
  listcallbackurl: (_, site, ctx) => ctx.callbackUrl ?? missing(site, 'the context has no callback URL'),
};
