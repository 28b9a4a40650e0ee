// The order flows are turned on in: the seed's a to i, then the reconciliation (j). A child flow must be on before
// a flow that runs it, so the list is also the dependency order. It is the one place this order lives: the install
// guide's step 4 lists the same names, and test/deploy/flow-order.test.ts checks it against the letters that head
// each flows-src/*.flow.ts file ("// a. Partner Center Webhook Registration: …").

export const FLOW_ORDER = [
  'Partner Center Webhook Registration', // a
  '[Customize] Create or Get Details from Dynamics 365', // b
  'Create Co-sell Referral – Dynamics 365 to Partner Center', // c
  'Partner Center to Dynamics 365 - Helper', // d
  'Partner Center Microsoft Co-sell Referral Updates to Dynamics 365', // e
  'Partner Center to Dynamics 365', // f
  'Dynamics 365 to Partner Center', // g
  'Dynamics 365 Opportunity to Partner Center', // h
  'Dynamics 365 Microsoft Solutions to Partner Center', // i
  'Partner Center Referrals Reconciliation', // j
] as const;

/** The webhook receiver (f): its HTTP trigger URL is what Partner Center calls. */
export const RECEIVER_FLOW = 'Partner Center to Dynamics 365';
/** The flow (a) the admin runs once with the receiver's URL. */
export const REGISTRATION_FLOW = 'Partner Center Webhook Registration';

export interface NamedFlow {
  id: string;
  name: string;
  /** Workflow ids of the child flows it runs. */
  childFlows: string[];
}

export interface FlowPlan<F extends NamedFlow> {
  /** Every flow of the solution, in turn-on order. */
  ordered: F[];
  /** Flows of the solution the canonical order does not name: turned on last, each after its child flows. */
  extra: F[];
  /** Canonical names the solution has no flow for. */
  absent: string[];
}

/**
 * The solution's flows in turn-on order: the canonical ones in FLOW_ORDER's order, then any others (an admin's own
 * flow added to the solution) after the flows they run as children, so nothing is turned on before its children.
 */
export function planFlowOrder<F extends NamedFlow>(flows: readonly F[]): FlowPlan<F> {
  const byName = new Map(flows.map((f) => [f.name, f]));
  const known = FLOW_ORDER.flatMap((name) => byName.get(name) ?? []);
  const absent = FLOW_ORDER.filter((name) => !byName.has(name));
  const rest = flows.filter((f) => !(FLOW_ORDER as readonly string[]).includes(f.name));
  const ordered = [...known];
  const placed = new Set(ordered.map((f) => f.id));
  const pending = [...rest];
  // Children first; a cycle (impossible to turn on anyway) keeps the zip's order.
  while (pending.length) {
    const i = pending.findIndex((f) => f.childFlows.every((c) => placed.has(c) || !pending.some((p) => p.id === c)));
    const [next] = pending.splice(i < 0 ? 0 : i, 1);
    ordered.push(next!);
    placed.add(next!.id);
  }
  return { ordered, extra: rest, absent };
}
