// Which flows can trigger which: the heuristic behind bidirectional-sync-loop (see src/lint/README.md).
//   - A flow is fired by its trigger: a Dataverse row trigger (table, messages, filtering attributes), an HTTP
//     request trigger (a webhook: any external system may call it), or a connector trigger (that connector's API).
//   - A flow writes what its actions write: Dataverse rows (create/update/upsert, with columns) and external systems
//     (HTTP with a writing method, non-Dataverse connector operations that do not read), plus what child flows
//     it runs (Workflow actions whose workflowReferenceName is a linted flow) write.
//   - F -> G when a write of F fires G's trigger, unless G's trigger can tell F's write apart (see guards.ts); an
//     HTTP or connector trigger with any trigger condition counts as guarded.
import type { ActionNode } from '../../compile/definition';
import { type LintFlow, triggerOf } from '../flow';
import { apiNameOf, externalWriteOf, isConnectorCall, isDataverseApi } from './connectors';
import { CREATE_MESSAGES, type DataverseTrigger, type DataverseWrite, UPDATE_MESSAGES, dataverseTrigger, dataverseWrites, sameTable, triggerConditions } from './dataverse';
import { guards } from './guards';

export type Fired =
  | { kind: 'dataverse'; trigger: DataverseTrigger }
  | { kind: 'webhook'; conditions: string[] }
  | { kind: 'connector'; api: string; conditions: string[] };

export function firedBy(flow: LintFlow): Fired | undefined {
  const dv = dataverseTrigger(flow);
  if (dv) return { kind: 'dataverse', trigger: dv };
  const t = triggerOf(flow);
  if (!t) return undefined;
  if (t.json.type === 'Request' && (t.json.kind ?? 'Http') === 'Http') return { kind: 'webhook', conditions: triggerConditions(t.json) };
  const api = isConnectorCall(t.json) ? apiNameOf(t.json, flow.properties) : undefined;
  if (api && !isDataverseApi(api)) return { kind: 'connector', api, conditions: triggerConditions(t.json) };
  return undefined;
}

export interface Write {
  /** The action of the flow itself: the write, or the child-flow call that leads to it. */
  readonly via: ActionNode;
  readonly dataverse?: DataverseWrite;
  /** `api.name` or `http:<host>`. */
  readonly external?: string;
}

function writesOf(flow: LintFlow, byId: Map<string, LintFlow>, seen: Set<LintFlow>): Write[] {
  seen.add(flow);
  const out: Write[] = dataverseWrites(flow).map((w) => ({ via: w.node, dataverse: w }));
  for (const a of flow.model.actions) {
    const external = externalWriteOf(a.json, flow.properties);
    if (external) out.push({ via: a, external });
    const child = a.json.type === 'Workflow' ? byId.get(String(a.json.inputs?.host?.workflowReferenceName).toLowerCase()) : undefined;
    if (child && !seen.has(child)) for (const w of writesOf(child, byId, seen)) out.push({ ...w, via: a });
  }
  return out;
}

export interface Edge {
  readonly from: LintFlow;
  readonly to: LintFlow;
  readonly via: ActionNode;
  /** What the write does and what it fires, for messages. */
  readonly what: string;
}

function edge(from: LintFlow, to: LintFlow, fired: Fired, writes: Write[]): Edge | undefined {
  for (const w of writes) {
    const at = `'${w.via.name}'${w.via.json.type === 'Workflow' ? ' (a child flow)' : ''}`;
    if (fired.kind === 'dataverse' && w.dataverse && sameTable(w.dataverse.entitySet, fired.trigger.entity)) {
      const t = fired.trigger;
      const cols = t.filteringAttributes ? w.dataverse.columns.filter((c) => t.filteringAttributes!.includes(c)) : w.dataverse.columns;
      const fires = (w.dataverse.create && CREATE_MESSAGES.has(t.message)) || (w.dataverse.update && UPDATE_MESSAGES.has(t.message) && cols.length > 0);
      if (!fires || guards([...t.conditions, t.filterExpression], w.dataverse.columns)) continue;
      return { from, to, via: w.via, what: `${at} writes ${w.dataverse.entitySet}${cols.length ? ` (${cols.join(', ')})` : ''}, which fires '${to.name}' (row trigger on ${t.entity})` };
    }
    if (w.external && fired.kind !== 'dataverse' && !fired.conditions.length && (fired.kind === 'webhook' || fired.api === w.external)) {
      const trigger = fired.kind === 'webhook' ? 'HTTP request trigger, which any external system may call' : `trigger of ${fired.api}`;
      return { from, to, via: w.via, what: `${at} writes ${w.external}, which can fire '${to.name}' (${trigger})` };
    }
  }
  return undefined;
}

const MAX_CYCLES = 100;
const cache = new WeakMap<readonly LintFlow[], Edge[][]>();

/** Elementary cycles of two or more flows, each starting at its flow with the smallest name. */
export function syncCycles(flows: readonly LintFlow[]): Edge[][] {
  const cached = cache.get(flows);
  if (cached) return cached;
  const ordered = [...flows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byId = new Map(ordered.filter((f) => f.workflowId).map((f) => [f.workflowId!, f]));
  const writes = new Map(ordered.map((f) => [f, writesOf(f, byId, new Set())]));
  const adjacency = ordered.map((from) =>
    ordered
      .map((to, j) => {
        const fired = to === from ? undefined : firedBy(to);
        const e = fired ? edge(from, to, fired, writes.get(from)!) : undefined;
        return e ? { j, e } : undefined;
      })
      .filter((x): x is { j: number; e: Edge } => x !== undefined),
  );
  const cycles: Edge[][] = [];
  for (let s = 0; s < ordered.length && cycles.length < MAX_CYCLES; s++) {
    const walk = (i: number, path: Edge[], on: Set<number>) => {
      for (const { j, e } of adjacency[i]!) {
        if (cycles.length >= MAX_CYCLES) return;
        if (j === s && path.length >= 1) cycles.push([...path, e]);
        else if (j > s && !on.has(j)) walk(j, [...path, e], new Set(on).add(j));
      }
    };
    walk(s, [], new Set([s]));
  }
  cache.set(flows, cycles);
  return cycles;
}
