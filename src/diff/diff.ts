// Two sets of flows: flows matched by workflow GUID, then by display name; the solution's environment
// variables and connection references by schema / logical name.
import { isObject, modelOf } from '../compile/definition';
import { type FlowDoc, partsOf } from './flow-doc';
import { diffFlow } from './flow-diff';
import type { FlowSet } from './flow-set';
import { diffJson } from './json-diff';
import type { DiffReport, FlowDiff, SolutionChange } from './types';

function summaryOf(flow: FlowDoc): FlowDiff['summary'] {
  const { definition } = partsOf(flow.json);
  const triggers = isObject(definition.triggers) ? Object.keys(definition.triggers) : [];
  return { triggers, actions: modelOf(definition).actions.length };
}

/** Base flow of each head flow: same GUID, else (both unmatched) same display name. */
function matchFlows(base: FlowDoc[], head: FlowDoc[]): Map<FlowDoc, FlowDoc> {
  const match = new Map<FlowDoc, FlowDoc>();
  const used = new Set<FlowDoc>();
  for (const h of head) {
    const b = h.id ? base.find((x) => x.id === h.id && !used.has(x)) : undefined;
    if (b) {
      match.set(h, b);
      used.add(b);
    }
  }
  for (const h of head) {
    if (match.has(h)) continue;
    const b = base.find((x) => !used.has(x) && x.name === h.name && !(x.id && head.some((y) => y.id === x.id)));
    if (b) {
      match.set(h, b);
      used.add(b);
    }
  }
  return match;
}

function diffSolution(base: FlowSet, head: FlowSet): SolutionChange[] {
  const out: SolutionChange[] = [];
  if (base.environmentVariables && head.environmentVariables) {
    const before = new Map(base.environmentVariables.map((e) => [e.schemaName, e]));
    const after = new Map(head.environmentVariables.map((e) => [e.schemaName, e]));
    for (const [name, e] of after) {
      const was = before.get(name);
      if (!was) out.push({ kind: 'environment-variable-added', variable: e });
      else {
        const changes = diffJson({ type: was.type, defaultValue: was.defaultValue }, { type: e.type, defaultValue: e.defaultValue });
        if (changes.length) out.push({ kind: 'environment-variable-changed', schemaName: name, changes });
      }
    }
    for (const [name, e] of before) if (!after.has(name)) out.push({ kind: 'environment-variable-removed', variable: e });
  }
  if (base.connectionReferences && head.connectionReferences) {
    const before = new Map(base.connectionReferences.map((c) => [c.logicalName, c]));
    const after = new Map(head.connectionReferences.map((c) => [c.logicalName, c]));
    for (const [name, c] of after) {
      const was = before.get(name);
      if (!was) out.push({ kind: 'connection-reference-added', reference: c });
      else if (was.connectorId !== c.connectorId) {
        out.push({
          kind: 'connection-reference-changed',
          logicalName: name,
          changes: diffJson({ connectorId: was.connectorId }, { connectorId: c.connectorId }),
        });
      }
    }
    for (const [name, c] of before) if (!after.has(name)) out.push({ kind: 'connection-reference-removed', reference: c });
  }
  return out;
}

export function diffFlowSets(base: FlowSet, head: FlowSet): DiffReport {
  const match = matchFlows(base.flows, head.flows);
  const matched = new Set(match.values());
  const flows: FlowDiff[] = [];
  const id = (f: FlowDoc) => (f.id ? { id: f.id } : {});
  for (const h of head.flows) {
    const b = match.get(h);
    if (!b) {
      flows.push({ status: 'added', ...id(h), name: h.name, file: h.file, summary: summaryOf(h), changes: [] });
      continue;
    }
    const changes = diffFlow(b, h);
    const renamedFrom = b.name !== h.name ? { renamedFrom: b.name } : {};
    if (changes.length || b.name !== h.name)
      flows.push({ status: 'changed', ...id(h), name: h.name, ...renamedFrom, file: h.file, changes });
  }
  for (const b of base.flows) {
    if (!matched.has(b)) flows.push({ status: 'removed', ...id(b), name: b.name, file: b.file, summary: summaryOf(b), changes: [] });
  }
  return { base: base.label, head: head.label, flows, solution: diffSolution(base, head) };
}
