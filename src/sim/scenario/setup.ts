// Before the first step: initial Dataverse rows and referrals (no trigger fires, no event is raised), then the
// webhook registration: the solution's registration flow when it has one, else the receiver's callback URL
// registered with the double directly (the flows are still being written; the note says so).
import { syncEventNames } from '../../../connector/partner-center-events/webhook-payload';
import type { RunRecord } from '../contracts';
import type { Refs } from './refs';
import { runFlow, triggerBody } from './steps';
import type { Json, Scenario } from './types';
import type { World } from './world';

export const REGISTRATION_FLOW = 'Partner Center Webhook Registration';

export class SetupError extends Error {
  constructor(
    message: string,
    readonly run?: RunRecord,
  ) {
    super(message);
    this.name = 'SetupError';
  }
}

/** Seeds each entity set in file order (so a later set can refer to an earlier row's ref), then the referrals. */
export function seed(world: World, scenario: Scenario, refs: Refs): void {
  for (const [set, rows] of Object.entries(scenario.dataverse)) {
    const plain = rows.map((r) => {
      const { ref: _ref, ...row } = r;
      return refs.resolve(row);
    });
    const ids = world.dataverse.seed({ [set]: plain })[set] ?? [];
    rows.forEach((r, i) => r.ref && refs.define(String(r.ref), ids[i]));
  }
  for (const r of scenario.partnerCenter.referrals) {
    const { ref, ...body } = r;
    const created = world.partnerCenter.createReferral(refs.resolve(body), { silent: true });
    if (ref) refs.define(String(ref), created.id);
  }
}

/** Registers the receiver's webhook as the scenario says; returns notes for the report. */
export async function registerWebhook(world: World, scenario: Scenario, refs: Refs): Promise<string[]> {
  const setup = scenario.partnerCenter.webhook;
  if (setup.register === 'none') return [];
  const receiver = world.receiver(setup.receiver);
  if (receiver) refs.define('receiverUrl', world.callbackUrl(receiver));
  const hasFlow = world.sim.flows.some((f) => f.name === REGISTRATION_FLOW);
  const events = setup.events ?? [...syncEventNames];

  if (setup.register === 'flow' || (setup.register === 'auto' && hasFlow)) {
    if (!hasFlow) throw new SetupError(`partnerCenter.webhook: flow: no flow named '${REGISTRATION_FLOW}' is loaded`);
    const inputs = setup.inputs ? refs.resolve(setup.inputs) : urlInputs(world, receiver ? String(refs.get('receiverUrl')) : undefined);
    const run = await runFlow(world, REGISTRATION_FLOW, triggerBody(world, REGISTRATION_FLOW, inputs));
    if (run?.status !== 'Succeeded') throw new SetupError(`the webhook registration flow ended ${run?.status ?? 'without a run'}`, run);
    if (!world.partnerCenter.registration) {
      throw new SetupError(`'${REGISTRATION_FLOW}' succeeded, but no webhook is registered with Partner Center`, run);
    }
    return [`webhook registered by the flow '${REGISTRATION_FLOW}'`];
  }
  if (!receiver) {
    if (setup.register === 'direct') throw new SetupError('partnerCenter.webhook: direct: no webhook receiver flow is loaded');
    return ['no webhook receiver flow is loaded: no webhook is registered'];
  }
  world.partnerCenter.register(String(refs.get('receiverUrl')), events);
  return [
    setup.register === 'direct'
      ? `webhook of '${receiver}' registered directly with the Partner Center double (${events.join(', ')})`
      : `no '${REGISTRATION_FLOW}' flow is loaded: the callback URL of '${receiver}' was registered directly with the Partner Center double (${events.join(', ')})`,
  ];
}

/** Without explicit inputs: URL-like inputs (url, uri, endpoint) get the receiver's callback URL, required yes/no inputs No. */
function urlInputs(world: World, url: string | undefined): Record<string, Json> {
  type Schema = { properties?: Record<string, { title?: string; type?: string }>; required?: string[] };
  const schema = (world.sim.flow(REGISTRATION_FLOW).trigger.inputs as { schema?: Schema } | undefined)?.schema;
  const out: Record<string, Json> = {};
  for (const [key, p] of Object.entries(schema?.properties ?? {})) {
    if (url && /url|uri|endpoint/i.test(`${p.title ?? ''} ${key}`)) out[key] = url;
    else if (p.type === 'boolean' && schema?.required?.includes(key)) out[key] = false;
  }
  return out;
}
