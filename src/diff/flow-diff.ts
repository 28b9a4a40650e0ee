// One flow against another: triggers, parameters (environment variables), connection references, the rest of
// the definition, then the actions.
import { type JsonObject, isObject } from '../compile/definition';
import { withoutOperationId } from './action-info';
import { diffActions } from './actions';
import { type FlowDoc, type FlowParts, partsOf } from './flow-doc';
import { diffJson } from './json-diff';
import type { FlowChange } from './types';

const objectAt = (v: unknown): Record<string, JsonObject> => (isObject(v) ? v : {});
const typeOf = (t: unknown) => (isObject(t) && typeof t.type === 'string' ? t.type : '');
const logicalNameOf = (c: unknown) => (isObject(c) ? c.connection?.connectionReferenceLogicalName : undefined) as string | undefined;
const schemaNameOf = (p: unknown) => (isObject(p) ? p.metadata?.schemaName : undefined) as string | undefined;

function diffTriggers(base: Record<string, JsonObject>, head: Record<string, JsonObject>): FlowChange[] {
  const out: FlowChange[] = [];
  const gone = Object.keys(base).filter((n) => !(n in head));
  const fresh = Object.keys(head).filter((n) => !(n in base));
  const renamed = gone.length === 1 && fresh.length === 1 ? { from: gone[0]!, to: fresh[0]! } : undefined;
  for (const name of Object.keys(head)) {
    const from = renamed?.to === name ? renamed.from : name;
    if (!(from in base)) {
      out.push({ kind: 'trigger-added', trigger: name, type: typeOf(head[name]) });
      continue;
    }
    if (from !== name) out.push({ kind: 'trigger-renamed', trigger: name, from });
    const changes = diffJson(withoutOperationId(objectAt(base[from])), withoutOperationId(objectAt(head[name])));
    if (changes.length) out.push({ kind: 'trigger-changed', trigger: name, changes });
  }
  for (const name of gone) if (name !== renamed?.from) out.push({ kind: 'trigger-removed', trigger: name, type: typeOf(base[name]) });
  return out;
}

/** `$connections` and `$authentication` are platform plumbing that come and go with connections. */
const plumbing = (params: Record<string, JsonObject>) => Object.fromEntries(Object.entries(params).filter(([n]) => !n.startsWith('$')));

function diffParameters(before: Record<string, JsonObject>, after: Record<string, JsonObject>): FlowChange[] {
  const out: FlowChange[] = [];
  const base = plumbing(before);
  const head = plumbing(after);
  const schema = (p: unknown) => (schemaNameOf(p) ? { schemaName: schemaNameOf(p) } : {});
  for (const [name, p] of Object.entries(head)) {
    if (!(name in base)) out.push({ kind: 'parameter-added', parameter: name, ...schema(p) });
    else {
      const changes = diffJson(base[name], p);
      if (changes.length) out.push({ kind: 'parameter-changed', parameter: name, changes });
    }
  }
  for (const [name, p] of Object.entries(base)) if (!(name in head)) out.push({ kind: 'parameter-removed', parameter: name, ...schema(p) });
  return out;
}

function diffConnections(base: Record<string, JsonObject>, head: Record<string, JsonObject>): FlowChange[] {
  const out: FlowChange[] = [];
  const logical = (c: unknown) => (logicalNameOf(c) ? { logicalName: logicalNameOf(c) } : {});
  for (const [key, c] of Object.entries(head)) {
    if (!(key in base)) out.push({ kind: 'connection-added', reference: key, ...logical(c) });
    else {
      const changes = diffJson(base[key], c);
      if (changes.length) out.push({ kind: 'connection-changed', reference: key, changes });
    }
  }
  for (const [key, c] of Object.entries(base)) if (!(key in head)) out.push({ kind: 'connection-removed', reference: key, ...logical(c) });
  return out;
}

/** Everything of the clientdata the other comparisons do not cover. */
function rest(parts: FlowParts): JsonObject {
  const { triggers: _t, actions: _a, parameters: _p, ...definition } = parts.definition;
  if (parts.properties === parts.definition) return { definition };
  const { definition: _d, connectionReferences: _c, ...properties } = parts.properties;
  return { ...properties, definition };
}

export function diffFlow(base: FlowDoc, head: FlowDoc): FlowChange[] {
  const b = partsOf(base.json);
  const h = partsOf(head.json);
  const other = diffJson(rest(b), rest(h));
  return [
    ...diffTriggers(objectAt(b.definition.triggers), objectAt(h.definition.triggers)),
    ...diffParameters(objectAt(b.definition.parameters), objectAt(h.definition.parameters)),
    ...diffConnections(objectAt(b.connectionReferences), objectAt(h.connectionReferences)),
    ...(other.length ? [{ kind: 'definition-changed' as const, changes: other }] : []),
    ...diffActions(b.definition, h.definition),
  ];
}
