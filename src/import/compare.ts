// Semantic comparison of an exported flow with its rebuilt JSON, after normalising only what the DSL
// legitimately re-derives. Each normalisation is named and reported when it changed anything.
import { modelOf } from '../compile/definition';
import { type JsonObject, clone, isObject, jsonEqual, normaliseGuid } from './json';

export const NORMALISATIONS = {
  operationIds: 'operationMetadataId values: random GUIDs in exports; the DSL derives them from the workflow id and action name',
  connectionKeys:
    'connectionReferences keys (and the host.connectionName naming them): local labels such as `…_1`; binding goes through connectionReferenceLogicalName, and the DSL keys a connector by its api.name',
  templateName: 'templateName: exports write "" or null, or omit it; the compiler writes ""',
  childFlowIds: "child flows' workflowReferenceName: the child's workflow GUID, which the DSL derives from the child's name",
  memberOrder:
    'member order of JSON objects (action maps included): objects are unordered; the designer writes them in editing order',
} as const;
export type NormalisationName = keyof typeof NORMALISATIONS;

export interface Difference {
  /** `actions/<path>`, `triggers/<name>`, `connectionReferences/<key>`, `parameters/<name>`, `properties.<member>`... */
  readonly path: string;
  readonly message: string;
}

export interface Comparison {
  readonly differences: Difference[];
  readonly applied: NormalisationName[];
}

function* objects(x: unknown): Generator<JsonObject> {
  if (Array.isArray(x)) for (const v of x) yield* objects(v);
  else if (isObject(x)) {
    yield x;
    for (const v of Object.values(x)) yield* objects(v);
  }
}

function normalise(real: JsonObject, ours: JsonObject, childIds: ReadonlyMap<string, string>): NormalisationName[] {
  const applied = new Set<NormalisationName>();
  for (const side of [real, ours]) {
    for (const o of objects(side)) {
      if (typeof o.operationMetadataId === 'string') {
        o.operationMetadataId = '<operationMetadataId>';
        applied.add('operationIds');
      }
    }
  }
  const refs: JsonObject = isObject(real.connectionReferences) ? real.connectionReferences : {};
  const ourRefs: JsonObject = isObject(ours.connectionReferences) ? ours.connectionReferences : {};
  const renamed = new Map<string, string>();
  for (const [key, entry] of Object.entries<JsonObject>(refs)) {
    const ourKey = Object.keys(ourRefs).find((k) => ourRefs[k]?.api?.name === entry?.api?.name);
    if (ourKey && ourKey !== key && !(ourKey in refs)) renamed.set(key, ourKey);
  }
  if (renamed.size) {
    real.connectionReferences = Object.fromEntries(Object.entries(refs).map(([k, v]) => [renamed.get(k) ?? k, v]));
    for (const o of objects(real.definition)) {
      if (isObject(o.host) && renamed.has(o.host.connectionName)) o.host.connectionName = renamed.get(o.host.connectionName);
    }
    applied.add('connectionKeys');
  }
  if (real.templateName === null || !('templateName' in real)) {
    real.templateName = '';
    applied.add('templateName');
  }
  for (const o of objects(real.definition)) {
    const id =
      isObject(o.host) && typeof o.host.workflowReferenceName === 'string'
        ? childIds.get(normaliseGuid(o.host.workflowReferenceName))
        : undefined;
    if (id && id !== o.host.workflowReferenceName) {
      o.host.workflowReferenceName = id;
      applied.add('childFlowIds');
    }
  }
  if (orderDiffers(real, ours)) applied.add('memberOrder');
  return [...applied];
}

/** Whether some object present on both sides lists the members both have in another order. */
function orderDiffers(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.some((x, i) => i < b.length && orderDiffers(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const common = Object.keys(a).filter((k) => k in b);
  const inB = Object.keys(b).filter((k) => k in a);
  return common.join('\u0000') !== inB.join('\u0000') || common.some((k) => orderDiffers(a[k], b[k]));
}

/** The first place two JSON values differ, as `pointer: export <a>, rebuilt <b>`. */
function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (jsonEqual(a, b)) return undefined;
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in b)) return `${at}/${k}: only in the export (${show(a[k])})`;
      if (!(k in a)) return `${at}/${k}: only in the rebuilt flow (${show(b[k])})`;
      const d = firstDifference(a[k], b[k], `${at}/${k}`);
      if (d) return d;
    }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d) return d;
    }
  }
  return `${at || '/'}: export ${show(a)}, rebuilt ${show(b)}`;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
};

/** An action's own JSON: nested action maps reduced to their names (their actions are compared one by one). */
function own(json: JsonObject): JsonObject {
  const o = clone(json);
  const names = (m: unknown) => (isObject(m) ? Object.keys(m).sort() : m);
  if ('actions' in o) o.actions = names(o.actions);
  if (isObject(o.else) && 'actions' in o.else) o.else.actions = names(o.else.actions);
  if (isObject(o.default) && 'actions' in o.default) o.default.actions = names(o.default.actions);
  if (isObject(o.cases))
    for (const c of Object.values<JsonObject>(o.cases)) if (isObject(c) && 'actions' in c) c.actions = names(c.actions);
  return o;
}

function compareMaps(prefix: string, a: unknown, b: unknown, out: Difference[]): void {
  const ma = isObject(a) ? a : {};
  const mb = isObject(b) ? b : {};
  for (const k of new Set([...Object.keys(ma), ...Object.keys(mb)])) {
    const d = firstDifference(ma[k], mb[k]);
    if (d) out.push({ path: `${prefix}${k}`, message: d });
  }
}

/** Compares an export's clientdata with the rebuilt one; `childIds` maps original child GUIDs to rebuilt ones. */
export function compareFlows(
  original: JsonObject,
  rebuilt: JsonObject,
  childIds: ReadonlyMap<string, string> = new Map(),
): Comparison {
  const real = clone(original.properties ?? {});
  const ours = clone(rebuilt.properties ?? {});
  const applied = normalise(real, ours, childIds);
  const out: Difference[] = [];
  if (original.schemaVersion !== rebuilt.schemaVersion) {
    out.push({
      path: 'schemaVersion',
      message: `export ${show(original.schemaVersion)}, rebuilt ${show(rebuilt.schemaVersion)}`,
    });
  }
  for (const k of new Set([...Object.keys(real), ...Object.keys(ours)])) {
    if (k === 'definition') continue;
    if (k === 'connectionReferences') compareMaps('connectionReferences/', real[k], ours[k], out);
    else if (!jsonEqual(real[k], ours[k])) out.push({ path: `properties.${k}`, message: firstDifference(real[k], ours[k])! });
  }
  const dr: JsonObject = real.definition ?? {};
  const dOurs: JsonObject = ours.definition ?? {};
  for (const k of new Set([...Object.keys(dr), ...Object.keys(dOurs)])) {
    if (k === 'triggers' || k === 'actions') continue;
    if (k === 'parameters') compareMaps('parameters/', dr[k], dOurs[k], out);
    else if (!jsonEqual(dr[k], dOurs[k])) out.push({ path: `definition.${k}`, message: firstDifference(dr[k], dOurs[k])! });
  }
  compareMaps('triggers/', dr.triggers, dOurs.triggers, out);
  const ar = new Map(modelOf(dr).actions.map((n) => [n.path, n.json]));
  const ao = new Map(modelOf(dOurs).actions.map((n) => [n.path, n.json]));
  for (const path of new Set([...ar.keys(), ...ao.keys()])) {
    const a = ar.get(path);
    const b = ao.get(path);
    if (!a || !b)
      out.push({ path: `actions/${path}`, message: a ? 'missing from the rebuilt flow' : 'only in the rebuilt flow' });
    else {
      const d = firstDifference(own(a), own(b));
      if (d) out.push({ path: `actions/${path}`, message: d });
    }
  }
  return { differences: out, applied };
}
