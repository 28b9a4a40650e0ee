// The trigger -> a DSL trigger builder (manual, http.request, recurrence, dataverseRow) when it renders
// exactly that way, else `rawTrigger(...)` with the JSON verbatim.
import { type Json, apiIdOf, dataverseApi } from '../dsl';
import type { FlowContext } from './context';
import { type JsonObject, isObject, jsonEqual } from './json';
import { Identifiers, displayNameOf } from './names';
import { Options, jsonCode } from './options';
import { rawUses } from './raw-uses';
import { code, exactValue, isExprIr, str } from './values';

export const RAW_AUTHENTICATION: Json = {
  type: 'Raw',
  value: "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']",
};

export interface TriggerCode {
  /** The trigger expression (`manual({...})`), or for a child flow its inputs spec. */
  code: string;
  /** For a manual trigger with typed inputs: the spec and schema key -> input name. */
  manual?: { spec: string; inputs: Record<string, string> };
}

const only = (o: unknown, keys: string[]): o is JsonObject => isObject(o) && Object.keys(o).every((k) => keys.includes(k));
const BASE = ['metadata', 'type', 'kind', 'description', 'conditions', 'runtimeConfiguration'];

/** description, conditions and concurrency as TriggerOptions members; undefined when they do not fit. */
function triggerOptions(json: JsonObject, cx: FlowContext): Options | undefined {
  const o = new Options();
  if (!only(json.metadata, ['operationMetadataId'])) return undefined;
  if (json.description !== undefined) {
    if (typeof json.description !== 'string') return undefined;
    o.add('description', str(json.description));
  }
  if (json.conditions !== undefined) {
    if (!Array.isArray(json.conditions)) return undefined;
    const list: string[] = [];
    for (const c of json.conditions) {
      const v = only(c, ['expression']) && typeof c.expression === 'string' ? exactValue(c.expression, cx) : undefined;
      if (!v || !isExprIr(v) || v.k === 'text') return undefined;
      list.push(code(v));
    }
    o.add('conditions', `[${list.join(', ')}]`);
  }
  const rc = json.runtimeConfiguration;
  if (rc !== undefined) {
    const c = only(rc, ['concurrency']) ? rc.concurrency : undefined;
    const n = (x: unknown) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 100;
    if (
      !only(c, ['runs', 'maximumWaitingRuns']) ||
      !n(c.runs) ||
      !(c.maximumWaitingRuns === undefined || n(c.maximumWaitingRuns))
    )
      return undefined;
    o.add('concurrency', jsonCode(c));
  }
  return o;
}

const HINTS: Record<string, { kind: string; type: string; prompt: string }> = {
  TEXT: { kind: 'text', type: 'string', prompt: 'Please enter your input' },
  BOOLEAN: { kind: 'boolean', type: 'boolean', prompt: 'Please select yes or no' },
  NUMBER: { kind: 'number', type: 'number', prompt: 'Please enter a number' },
  EMAIL: { kind: 'email', type: 'string', prompt: 'Please enter an e-mail address' },
};

function manualTrigger(name: string, json: JsonObject, o: Options): TriggerCode | undefined {
  const schema = json.inputs?.schema;
  if (name !== 'manual' || json.kind !== 'Button' || !only(json, [...BASE, 'inputs']) || !only(json.inputs, ['schema']))
    return undefined;
  if (!only(schema, ['type', 'properties', 'required']) || schema.type !== 'object' || !isObject(schema.properties))
    return undefined;
  if (!Array.isArray(schema.required)) return undefined;
  // Declared per kind in key order (text, text_1...), so the DSL derives the same keys.
  const index = (k: string) => Number(/_(\d+)$/.exec(k)?.[1] ?? 0);
  const kindOf = (k: string) => k.replace(/_\d+$/, '');
  const original = Object.entries<any>(schema.properties); // trigger schema JSON
  const byKind = new Map<string, [string, any][]>();
  for (const e of original) byKind.set(kindOf(e[0]), [...(byKind.get(kindOf(e[0])) ?? []), e]);
  for (const list of byKind.values()) list.sort(([a], [b]) => index(a) - index(b));
  const entries = original.map(([k]) => byKind.get(kindOf(k))!.shift()!);
  const names = new Identifiers();
  const counts: Record<string, number> = {};
  const inputs: Record<string, string> = {};
  const spec: string[] = [];
  for (const [key, p] of entries) {
    const hint = HINTS[p?.['x-ms-content-hint']];
    if (!hint || typeof p.title !== 'string' || typeof p.description !== 'string') return undefined;
    const expected = {
      title: p.title,
      type: hint.type,
      ...(hint.kind === 'email' ? { format: 'email' } : {}),
      'x-ms-dynamically-added': true,
      description: p.description,
      'x-ms-content-hint': p['x-ms-content-hint'],
    };
    const n = counts[hint.kind] ?? 0;
    counts[hint.kind] = n + 1;
    if (!jsonEqual(p, expected) || key !== (n ? `${hint.kind}_${n}` : hint.kind)) return undefined;
    const id = names.take(p.title, 'input');
    inputs[key] = id;
    const opts = [
      ...(p.description === hint.prompt ? [] : [`description: ${str(p.description)}`]),
      ...(schema.required.includes(key) ? [] : ['required: false']),
    ];
    spec.push(`${id}: input.${hint.kind}(${str(p.title)}${opts.length ? `, { ${opts.join(', ')} }` : ''})`);
  }
  const required = entries.map(([k]) => k).filter((k) => schema.required.includes(k));
  if (!jsonEqual(required, schema.required)) return undefined;
  const specCode = `{ ${spec.join(', ')} }`;
  const args = o.code() ? [specCode, o.code()] : spec.length ? [specCode] : [];
  return { code: `manual(${args.join(', ')})`, manual: { spec: specCode, inputs } };
}

function httpTrigger(name: string, json: JsonObject, o: Options): TriggerCode | undefined {
  const i = json.inputs;
  if (name !== 'manual' || json.kind !== 'Http' || !only(json, [...BASE, 'inputs'])) return undefined;
  if (!only(i, ['schema', 'method', 'triggerAuthenticationType'])) return undefined;
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(i.method) || !['All', 'Tenant'].includes(i.triggerAuthenticationType))
    return undefined;
  if (i.schema !== undefined && !isObject(i.schema)) return undefined;
  if (i.schema !== undefined) o.add('schema', `s.raw(${jsonCode(i.schema)})`);
  o.add('method', str(i.method)).add('triggerAuthenticationType', str(i.triggerAuthenticationType));
  return { code: `http.request(${o.code()})` };
}

function recurrenceTrigger(name: string, json: JsonObject, o: Options): TriggerCode | undefined {
  const r = json.recurrence;
  if (name !== 'Recurrence' || !only(json, [...BASE, 'recurrence']) || json.kind !== undefined) return undefined;
  if (!only(r, ['frequency', 'interval', 'startTime', 'timeZone'])) return undefined;
  if (
    !['Second', 'Minute', 'Hour', 'Day', 'Week', 'Month'].includes(r.frequency) ||
    !Number.isInteger(r.interval) ||
    r.interval < 1
  )
    return undefined;
  if (r.startTime !== undefined && (typeof r.startTime !== 'string' || Number.isNaN(Date.parse(r.startTime)))) return undefined;
  if (r.timeZone !== undefined && typeof r.timeZone !== 'string') return undefined;
  o.add('frequency', str(r.frequency)).add('interval', String(r.interval));
  if (r.startTime !== undefined) o.add('startTime', str(r.startTime));
  if (r.timeZone !== undefined) o.add('timeZone', str(r.timeZone));
  return { code: `recurrence(${o.code()})` };
}

const SUBSCRIPTION = ['message', 'entityname', 'scope', 'filteringattributes', 'filterexpression', 'runas'].map(
  (k) => `subscriptionRequest/${k}`,
);

function dataverseTrigger(name: string, json: JsonObject, o: Options, cx: FlowContext): TriggerCode | undefined {
  const i = json.inputs;
  if (json.type !== 'OpenApiConnectionWebhook' || json.kind !== undefined || !only(json, [...BASE, 'inputs'])) return undefined;
  if (!only(i, ['host', 'parameters', 'authentication']) || !only(i.host, ['connectionName', 'operationId', 'apiId']))
    return undefined;
  const decl = cx.connector(i.host.connectionName);
  if (decl?.id !== 'dataverseApi' || i.host.operationId !== 'SubscribeWebhookTrigger' || i.host.apiId !== apiIdOf(dataverseApi))
    return undefined;
  if (i.authentication !== "@parameters('$authentication')") return undefined;
  const p = i.parameters;
  const int = (x: unknown, max: number) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= max;
  if (!only(p, SUBSCRIPTION) || !int(p['subscriptionRequest/message'], 7) || !int(p['subscriptionRequest/scope'], 4))
    return undefined;
  const entity = p['subscriptionRequest/entityname'];
  const attrs = p['subscriptionRequest/filteringattributes'];
  const filter = p['subscriptionRequest/filterexpression'];
  const runAs = p['subscriptionRequest/runas'];
  if (typeof entity !== 'string' || (filter !== undefined && typeof filter !== 'string')) return undefined;
  if (attrs !== undefined && (typeof attrs !== 'string' || attrs.split(',').some((a) => !a))) return undefined;
  if (runAs !== undefined && !int(runAs, 3)) return undefined;
  // The DSL marks the connection reference as run by the invoker exactly when the trigger runs as the modifying user.
  const invoker = isObject(cx.properties.connectionReferences?.[i.host.connectionName]?.impersonation);
  if ((runAs === 1) !== invoker) return undefined;
  o.add('name', str(displayNameOf(name))).add('message', String(p['subscriptionRequest/message']));
  if (p['subscriptionRequest/scope'] !== 4) o.add('scope', String(p['subscriptionRequest/scope']));
  if (attrs !== undefined) o.add('filteringAttributes', `[${attrs.split(',').map(str).join(', ')}]`);
  if (filter !== undefined) o.add('filterExpression', str(filter));
  if (runAs !== undefined) o.add('runAs', String(runAs));
  return { code: `dataverseRow(${cx.table(entity, 'logical').id}, ${o.code()})` };
}

/** The trigger as DSL code; notes a raw trigger with its reason. */
export function triggerCode(name: string, json: JsonObject, cx: FlowContext, forceRaw: boolean): TriggerCode {
  cx.authentication = json.kind === 'Button' ? RAW_AUTHENTICATION : "@parameters('$authentication')";
  const typed = () => {
    if (!triggerOptions(json, cx)) return undefined;
    const fresh = () => triggerOptions(json, cx)!;
    if (json.type === 'Request') return manualTrigger(name, json, fresh()) ?? httpTrigger(name, json, fresh());
    if (json.type === 'Recurrence') return recurrenceTrigger(name, json, fresh());
    return dataverseTrigger(name, json, fresh(), cx);
  };
  const t = forceRaw ? undefined : typed();
  if (t) return t;
  const path = `triggers/${name}`;
  cx.note(
    path,
    'raw',
    forceRaw ? 'written raw: typed output did not round-trip' : 'written raw: the DSL does not model this trigger as it is',
  );
  const { metadata, ...rest } = json;
  const { operationMetadataId: _id, ...otherMetadata } = isObject(metadata) ? metadata : {};
  const body = { ...rest, ...(Object.keys(otherMetadata).length ? { metadata: otherMetadata } : {}) };
  const uses = rawUses(body, cx);
  const o = new Options().add('connections', uses.connections).add('environmentVariables', uses.environmentVariables);
  return { code: `rawTrigger(${o.args(str(displayNameOf(name)), jsonCode(body as Json))})` };
}
