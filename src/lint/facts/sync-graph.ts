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
import {
  CREATE_MESSAGES,
  type DataverseTrigger,
  type DataverseWrite,
  UPDATE_MESSAGES,
  dataverseTrigger,
  dataverseWrites,
  entitySetName,
  sameTable,
  triggerConditions,
} from './dataverse';
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

/** The edge one write of `from` makes to `to`, if it fires `to`'s trigger. */
function edge(from: LintFlow, to: LintFlow, fired: Fired, w: Write): Edge | undefined {
  const at = `'${w.via.name}'${w.via.json.type === 'Workflow' ? ' (a child flow)' : ''}`;
  if (fired.kind === 'dataverse' && w.dataverse && sameTable(w.dataverse.entitySet, fired.trigger.entity)) {
    const t = fired.trigger;
    const cols = t.filteringAttributes ? w.dataverse.columns.filter((c) => t.filteringAttributes!.includes(c)) : w.dataverse.columns;
    const fires = (w.dataverse.create && CREATE_MESSAGES.has(t.message)) || (w.dataverse.update && UPDATE_MESSAGES.has(t.message) && cols.length > 0);
    if (!fires || guards([...t.conditions, t.filterExpression], w.dataverse.columns)) return undefined;
    return { from, to, via: w.via, what: `${at} writes ${w.dataverse.entitySet}${cols.length ? ` (${cols.join(', ')})` : ''}, which fires '${to.name}' (row trigger on ${t.entity})` };
  }
  if (w.external && fired.kind !== 'dataverse' && !fired.conditions.length && (fired.kind === 'webhook' || fired.api === w.external)) {
    const trigger = fired.kind === 'webhook' ? 'HTTP request trigger, which any external system may call' : `trigger of ${fired.api}`;
    return { from, to, via: w.via, what: `${at} writes ${w.external}, which can fire '${to.name}' (${trigger})` };
  }
  return undefined;
}

/**
 * Each flow's edges, in the order of the target (by index), each made by the first of its writes that fires the
 * target. A write is matched only against the triggers it can fire: row triggers on its table, or the HTTP and
 * connector triggers for an external write — not every flow of the project.
 */
function adjacencyOf(ordered: readonly LintFlow[], fired: readonly (Fired | undefined)[], writes: readonly Write[][]) {
  const onTable = new Map<string, number[]>();
  const external: number[] = [];
  fired.forEach((f, j) => {
    if (f?.kind === 'dataverse') {
      for (const key of new Set([entitySetName(f.trigger.entity), f.trigger.entity.toLowerCase()])) {
        onTable.set(key, [...(onTable.get(key) ?? []), j]);
      }
    } else if (f) external.push(j);
  });
  return ordered.map((from, i) => {
    const found = new Map<number, Edge>();
    for (const w of writes[i]!) {
      const targets = w.dataverse ? (onTable.get(w.dataverse.entitySet) ?? []) : w.external ? external : [];
      for (const j of targets) {
        if (j === i || found.has(j)) continue;
        const e = edge(from, ordered[j]!, fired[j]!, w);
        if (e) found.set(j, e);
      }
    }
    return [...found].sort((a, b) => a[0] - b[0]).map(([j, e]) => ({ j, e }));
  });
}

/** A group of flows that trigger each other, and one cycle through them. */
export interface SyncLoop {
  /** The cycle, starting and ending at the group's flow with the smallest name. */
  readonly cycle: Edge[];
  /** Every flow of the group (a strongly connected component), by name; the cycle may pass through only some. */
  readonly flows: LintFlow[];
}

const cache = new WeakMap<readonly LintFlow[], SyncLoop[]>();

/** Strongly connected components (Tarjan, iterative), each as its node indices in ascending order. */
function components(adjacency: readonly { j: number }[][]): number[][] {
  const n = adjacency.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    // Each frame: a node and how far through its edges the walk is.
    const frames: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      const [v, k] = frame;
      if (k < adjacency[v]!.length) {
        frame[1]++;
        const w = adjacency[v]![k]!.j;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = true;
          frames.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== v);
        out.push(component.sort((a, b) => a - b));
      }
    }
  }
  return out;
}

/**
 * One cycle of each group of two or more flows that trigger each other (a strongly connected component of the
 * graph): the shortest cycle through the group's flow with the smallest name, starting there — taking, at each
 * step, the edges in order of the target's name. A write is checked only against the triggers it can fire; the
 * groups and cycles then take time linear in the graph, however many cycles a group holds.
 */
export function syncLoops(flows: readonly LintFlow[]): SyncLoop[] {
  const cached = cache.get(flows);
  if (cached) return cached;
  const ordered = [...flows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byId = new Map(ordered.filter((f) => f.workflowId).map((f) => [f.workflowId!, f]));
  const writes = ordered.map((f) => writesOf(f, byId, new Set()));
  const fired = ordered.map(firedBy);
  const adjacency = adjacencyOf(ordered, fired, writes);
  const loops: SyncLoop[] = [];
  for (const component of components(adjacency)) {
    if (component.length < 2) continue;
    const s = component[0]!;
    const inside = new Set(component);
    // Breadth first from s inside the group; the first edge back to s closes the shortest cycle.
    const parent = new Map<number, { from: number; e: Edge }>();
    const queue = [s];
    let closing: { from: number; e: Edge } | undefined;
    for (let q = 0; q < queue.length && !closing; q++) {
      const i = queue[q]!;
      for (const { j, e } of adjacency[i]!) {
        if (j === s) {
          closing = { from: i, e };
          break;
        }
        if (!inside.has(j) || parent.has(j)) continue;
        parent.set(j, { from: i, e });
        queue.push(j);
      }
    }
    const cycle = [closing!.e];
    for (let i = closing!.from; i !== s; i = parent.get(i)!.from) cycle.push(parent.get(i)!.e);
    loops.push({ cycle: cycle.reverse(), flows: component.map((i) => ordered[i]!) });
  }
  cache.set(flows, loops);
  return loops;
}
