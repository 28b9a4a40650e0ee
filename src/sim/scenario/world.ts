// One scenario's world: a simulated clock shared by the simulator and both doubles, the flows loaded and wired
// to the doubles through the connector adapters, row triggers bound, and the receiver listening on loopback.
import { DATAVERSE_API_NAME, DataverseDouble, dataverseAdapter } from '../dataverse';
import { PartnerCenterDouble, partnerCenterAdapters } from '../partner-center';
import { SimulatedClock, Simulator } from '../runtime';
import type { FlowJson } from './flows';
import { Wiring } from './wiring';

export interface WorldOptions {
  flows: FlowJson[];
  settings: Record<string, unknown>;
  start?: string;
  syncUser: string;
}

/** The host of the callback URLs scenarios see (Power Automate's: https://prod-NN.<region>.logic.azure.com:443). */
export const PUBLIC_CALLBACK_BASE = 'https://prod-00.simulator.logic.azure.com:443';

/** Rounds of "deliver pending webhooks, wait for the runs" before a step is declared an endless loop. */
const MAX_ROUNDS = 50;

export class World {
  readonly clock: SimulatedClock;
  readonly sim: Simulator;
  readonly partnerCenter: PartnerCenterDouble;
  readonly dataverse: DataverseDouble;
  readonly wiring: Wiring;
  private dispatchErrorsSeen = 0;
  /** The simulator's loopback listener, `http://127.0.0.1:<port>`. */
  private listener = '';

  private constructor(o: WorldOptions) {
    this.clock = new SimulatedClock(o.start ?? '2026-03-02T09:00:00.000Z');
    this.wiring = new Wiring(() => this.clock.now().toISOString(), (url) => this.toListener(url));
    this.partnerCenter = new PartnerCenterDouble({
      clock: this.clock,
      seed: 'scenario',
      deliveryTransport: this.wiring.deliveryTransport,
    });
    this.dataverse = new DataverseDouble({ clock: this.clock, seed: 'scenario' });
    const adapters: Record<string, ReturnType<Wiring['adapter']>> = {};
    for (const [name, adapter] of Object.entries(partnerCenterAdapters(this.partnerCenter))) {
      adapters[name] = this.wiring.adapter('partnerCenter', adapter);
    }
    adapters[DATAVERSE_API_NAME] = this.wiring.adapter('dataverse', dataverseAdapter(this.dataverse));
    this.sim = new Simulator({
      clock: this.clock,
      adapters,
      http: this.wiring.http(this.partnerCenter.http),
      identity: o.syncUser,
      settings: o.settings,
    });
  }

  static async create(o: WorldOptions): Promise<World> {
    const world = new World(o);
    try {
      await world.partnerCenter.start();
      await world.dataverse.start();
      world.listener = await world.sim.listen();
      world.sim.bindRowTriggers(world.dataverse);
      for (const f of o.flows) {
        world.sim.load(f.json, { name: f.name, file: f.file, ...(f.workflowId ? { workflowId: f.workflowId } : {}) });
      }
    } catch (e) {
      await world.close().catch(() => undefined);
      throw e;
    }
    return world;
  }

  async close(): Promise<void> {
    await this.sim.close();
    await this.partnerCenter.stop();
    await this.dataverse.stop();
  }

  /** Until quiet: every triggered run completes, then pending webhook events are delivered, and again. */
  async settle(): Promise<void> {
    for (let round = 0; ; round++) {
      await this.sim.idle();
      const errors = this.dataverse.dispatchErrors();
      if (errors.length > this.dispatchErrorsSeen) {
        const fresh = errors.slice(this.dispatchErrorsSeen);
        this.dispatchErrorsSeen = errors.length;
        throw new Error(`a Dataverse row trigger failed to fire: ${fresh.map((e) => e.message).join('; ')}`);
      }
      const pending = this.partnerCenter.pendingEvents.length;
      if (!pending) return;
      if (round >= MAX_ROUNDS) {
        throw new Error(`${pending} webhook event(s) still pending after ${MAX_ROUNDS} rounds of deliveries: the sync echoes its own writes`);
      }
      await this.partnerCenter.deliverPending();
    }
  }

  /**
   * A flow's callback URL as Power Automate shows it (https, a logic.azure.com host), so flows that check it
   * accept it; requests the scenario sends there reach the simulator's loopback listener.
   */
  callbackUrl(flow: string): string {
    return `${PUBLIC_CALLBACK_BASE}${this.sim.callbackUrl(flow).slice(this.listener.length)}`;
  }

  /** A public callback URL -> the loopback listener; other URLs unchanged. */
  toListener(url: string): string {
    if (!url.toLowerCase().startsWith(PUBLIC_CALLBACK_BASE)) return url;
    return `${this.listener}${url.slice(PUBLIC_CALLBACK_BASE.length)}`;
  }

  /** The flow that receives Partner Center's webhook: `name`, else the conventional one, else the only HTTP-request flow. */
  receiver(name?: string): string | undefined {
    if (name) return this.sim.flow(name).name;
    const flows = this.sim.flows;
    if (flows.some((f) => f.name === 'Partner Center to Dynamics 365')) return 'Partner Center to Dynamics 365';
    const http = flows.filter((f) => f.trigger.type === 'Request' && f.trigger.kind !== 'Button');
    return http.length === 1 ? http[0]!.name : undefined;
  }
}
