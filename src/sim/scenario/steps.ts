// The scenario steps: changes by people and services outside the sync (Partner Center users, Microsoft,
// Dataverse sellers), webhook deliveries, faults, flow runs and time. The runner settles after each one.
import type { ReferralJson } from '../partner-center';
import { parseDuration } from '../runtime';
import type { RunRecord } from '../contracts';
import type { Refs } from './refs';
import type { Json, Step, StepArgs } from './types';
import type { World } from './world';

export interface StepContext {
  world: World;
  refs: Refs;
}

/** A flow's manual-trigger body from inputs keyed by title (`Webhook URL`) or key (`text_1`). */
export function triggerBody(world: World, flowName: string, inputs: Record<string, Json>): Record<string, Json> {
  const flow = world.sim.flow(flowName);
  const schema = (flow.trigger.inputs as { schema?: { properties?: Record<string, { title?: string }>; required?: string[] } } | undefined)?.schema;
  const properties = schema?.properties ?? {};
  const body: Record<string, Json> = {};
  const known = () => Object.entries(properties).map(([k, p]) => (p.title ? `'${p.title}' (${k})` : k)).join(', ') || 'none';
  for (const [name, value] of Object.entries(inputs)) {
    const key =
      (Object.hasOwn(properties, name) ? name : undefined) ??
      Object.keys(properties).find((k) => properties[k]!.title === name) ??
      Object.keys(properties).find((k) => properties[k]!.title?.toLowerCase() === name.toLowerCase());
    if (!key) throw new Error(`flow '${flow.name}' has no input '${name}' (inputs: ${known()})`);
    body[key] = value;
  }
  const missing = (schema?.required ?? []).filter((k) => !(k in body));
  if (missing.length && Object.keys(properties).length) {
    throw new Error(`flow '${flow.name}': missing required input(s) ${missing.map((k) => properties[k]?.title ?? k).join(', ')}`);
  }
  return body;
}

/** Runs a flow's trigger with `body` and waits for the run. */
export async function runFlow(world: World, name: string, body: Record<string, Json>, identity?: string): Promise<RunRecord | undefined> {
  const invocation = world.sim.invoke(name, { headers: { 'Content-Type': 'application/json' }, body }, identity ? { identity } : {});
  return invocation.run;
}

/** Microsoft's referral of the engagement of `id` (the partner's referral id, or Microsoft's own). */
function microsoftsReferral(world: World, id: string): string {
  const pc = world.partnerCenter;
  if (pc.sideOf(id) === 'microsoft') return id;
  const mine = pc.microsoft.referralOf(id);
  if (!mine) throw new Error(`referral ${id} has no Microsoft referral in its engagement`);
  return mine.id as string;
}

type Executor<K extends keyof StepArgs> = (ctx: StepContext, args: StepArgs[K]) => Promise<void> | void;

const EXECUTORS: { [K in keyof StepArgs]: Executor<K> } = {
  'partnerCenter.createReferral': ({ world, refs }, a) => {
    let partner: ReferralJson;
    if (a.as === 'microsoft') {
      const created = world.partnerCenter.microsoft.createReferral(a.body);
      partner = created.partner;
      if (a.microsoftRef) refs.define(a.microsoftRef, created.microsoft.id);
    } else {
      if (a.microsoftRef) throw new Error(`'microsoftRef' needs as: microsoft`);
      partner = world.partnerCenter.createReferral(a.body);
    }
    if (a.ref) refs.define(a.ref, partner.id);
  },
  'partnerCenter.patchReferral': ({ world }, a) => {
    if (a.as === 'microsoft') world.partnerCenter.microsoft.update(microsoftsReferral(world, a.id), a.ops);
    else world.partnerCenter.updateReferral(a.id, a.ops);
  },
  'partnerCenter.expire': ({ world }, a) => void world.partnerCenter.expire(a.id),
  'microsoft.accept': ({ world }, a) => void world.partnerCenter.microsoft.accept(microsoftsReferral(world, a.referral), a.msxId),
  'microsoft.decline': ({ world }, a) => void world.partnerCenter.microsoft.decline(microsoftsReferral(world, a.referral), a.reason),
  'microsoft.close': ({ world }, a) => void world.partnerCenter.microsoft.close(microsoftsReferral(world, a.referral), a.outcome, a.reason),
  'microsoft.update': ({ world }, a) => void world.partnerCenter.microsoft.update(microsoftsReferral(world, a.referral), a.ops),
  'dataverse.create': ({ world, refs }, a) => {
    const row = world.dataverse.create(a.table, a.row, a.as ?? 'seller');
    const primaryId = world.dataverse.catalog.set(a.table)?.primaryId;
    if (a.ref) refs.define(a.ref, primaryId ? row[primaryId] : undefined);
  },
  'dataverse.update': ({ world }, a) => void world.dataverse.update(a.table, a.id, a.set, a.as ?? 'seller'),
  'dataverse.delete': ({ world }, a) => {
    let id = a.id;
    if (id === undefined) {
      const primaryId = world.dataverse.catalog.set(a.table)?.primaryId ?? '';
      const matching = world.dataverse.rows(a.table, a.filter);
      if (matching.length !== 1) {
        throw new Error(`dataverse.delete: filter ${JSON.stringify(a.filter)} matches ${matching.length} ${a.table} rows, not one`);
      }
      id = String(matching[0]![primaryId]);
    }
    world.dataverse.delete(a.table, id, a.as ?? 'seller');
  },
  'dataverse.notifications': ({ world }, a) => {
    if (a === 'hold') world.dataverse.holdNotifications();
    else world.dataverse.deliverNotifications();
  },
  'dataverse.action': ({ world }, a) => {
    const close = a.body.OpportunityClose as { 'opportunityid@odata.bind': string; actualrevenue?: number };
    const bind = close['opportunityid@odata.bind'];
    const id = /^\/?opportunities\(([^()]+)\)$/.exec(bind)?.[1];
    if (!id) throw new Error(`dataverse.action: OpportunityClose.opportunityid@odata.bind must be opportunities(<id>) (got ${JSON.stringify(bind)})`);
    const outcome = a.name === 'WinOpportunity' ? 'Won' : 'Lost';
    world.dataverse.closeOpportunity(id, outcome, a.as ?? 'seller', {
      ...(a.body.Status === undefined ? {} : { status: a.body.Status as number }),
      ...(close.actualrevenue === undefined ? {} : { actualrevenue: close.actualrevenue }),
    });
  },
  'webhook.deliver': async ({ world }, a) => void (await world.partnerCenter.deliver(a.event, a.referral, a.times ?? 1)),
  'webhook.post': async ({ world, refs }, a) => {
    const url = a.url ?? (refs.get('receiverUrl') as string | undefined);
    if (!url) throw new Error('webhook.post: no receiver is listening (no url given and no webhook receiver flow is loaded)');
    await world.wiring.postWebhook('post', url, { 'Content-Type': 'application/json; charset=utf-8', ...a.headers }, a.body, a.ref);
    if (a.ref) refs.define(a.ref, a.ref);
  },
  fault: ({ world }, a) => {
    const { service, ...spec } = a;
    if (service === 'partnerCenter') {
      if (spec.operation || spec.table) throw new Error(`fault: 'operation' and 'table' apply to dataverse faults; use method/path for partnerCenter`);
      world.partnerCenter.fault({ status: spec.status, ...(spec.count ? { count: spec.count } : {}), ...(spec.retryAfter !== undefined ? { retryAfter: spec.retryAfter } : {}), ...(spec.method ? { method: spec.method } : {}), ...(spec.path ? { path: spec.path } : {}) });
    } else {
      if (service === 'http' && spec.table) throw new Error(`fault: 'table' applies to dataverse faults; use method/path for http`);
      world.wiring.addFault({ service, ...spec });
    }
  },
  'flow.run': async ({ world }, a) => {
    const run = await runFlow(world, a.flow, triggerBody(world, a.flow, a.inputs ?? {}), a.as);
    if (!run) throw new Error(`flow.run: the trigger conditions of '${a.flow}' skipped the run`);
  },
  'clock.advance': ({ world }, a) => world.clock.advance(parseDuration(a)!),
};

/** Runs one step with its references resolved (a step's own `ref` names are kept as names). */
export async function executeStep(ctx: StepContext, step: Step): Promise<void> {
  const args = step.args;
  let resolved: unknown;
  if (args && typeof args === 'object' && !Array.isArray(args)) {
    const { ref, microsoftRef, ...rest } = args as Record<string, unknown>;
    resolved = { ...(ctx.refs.resolve(rest) as object), ...(ref ? { ref } : {}), ...(microsoftRef ? { microsoftRef } : {}) };
  } else resolved = ctx.refs.resolve(args);
  await (EXECUTORS[step.kind] as Executor<typeof step.kind>)(ctx, resolved as never);
}
