// What a scenario produced, read from the world once the steps are done: tables at the end, and the logs
// and counts of the steps only (everything after `Baseline`, taken once the setup settled).
import type { MeterSnapshot } from '../runtime';
import type { Observed } from './expect';
import type { World } from './world';

/** Log lengths and the meter when the first step starts. */
export interface Baseline {
  requests: number;
  history: number;
  changes: number;
  deliveries: number;
  outbound: number;
  webhook: number;
  runs: number;
  meter: MeterSnapshot;
}

export function baseline(world: World): Baseline {
  const pc = world.partnerCenter;
  return {
    requests: pc.requests.length,
    history: pc.history.length,
    changes: world.dataverse.changes().length,
    deliveries: pc.deliveries.length,
    outbound: world.wiring.outbound.length,
    webhook: world.wiring.webhook.length,
    runs: world.sim.runs.length,
    meter: world.sim.meter.snapshot(),
  };
}

/** Rows with their 1-based position `n`, so `where: { n: 2 }` can pick one of identical rows. */
const numbered = (rows: object[]) => rows.map((r, i) => ({ n: i + 1, ...r }));

function meterSince(before: MeterSnapshot, after: MeterSnapshot): MeterSnapshot {
  const byFlow: Record<string, number> = {};
  for (const [flow, n] of Object.entries(after.byFlow)) {
    const d = n - (before.byFlow[flow] ?? 0);
    if (d) byFlow[flow] = d;
  }
  return {
    total: after.total - before.total,
    triggers: after.triggers - before.triggers,
    actions: after.actions - before.actions,
    retries: after.retries - before.retries,
    byFlow,
  };
}

/** Partner referrals the sync handled during the steps: events it answered 2xx, or changes it made through the API. */
function syncedReferrals(world: World, o: Observed): number {
  const synced = new Set<string>();
  for (const w of o.webhook) if (w.via === 'partnerCenter' && w.referral && Number(w.status) < 300) synced.add(String(w.referral).toLowerCase());
  for (const c of o.partnerCenterChanges) if (c.via === 'API') synced.add(String(c.referral).toLowerCase());
  return o.referrals.filter((r) => synced.has(String(r.id))).length;
}

export function observe(world: World, base: Baseline): Observed & { syncedReferrals: number } {
  const pc = world.partnerCenter;
  const deliveries = pc.deliveries.slice(base.deliveries).map((d, i) => ({
    n: i + 1,
    event: d.payload.EventName,
    referral: d.payload.ResourceUri.split('/').pop(),
    resourceUri: d.payload.ResourceUri,
    delivered: d.delivered,
    attempts: d.attempts.length,
    status: d.attempts.at(-1)?.statusCode ?? null,
  }));
  const referrals = pc.referrals();
  const observed: Observed = {
    dataverse: (set) => world.dataverse.rows(set),
    referrals: referrals.filter((r) => pc.sideOf(r.id) === 'partner'),
    microsoftReferrals: referrals.filter((r) => pc.sideOf(r.id) === 'microsoft'),
    deliveries,
    offlineQueue: deliveries.filter((d) => !d.delivered),
    requests: pc.requests.slice(base.requests).map((r, i) => ({
      n: i + 1,
      method: r.method,
      host: r.host,
      path: r.url.split('?')[0],
      url: r.url,
      status: r.statusCode,
      identity: r.identity ?? null,
    })),
    dataverseChanges: numbered(world.dataverse.changes().slice(base.changes)),
    partnerCenterChanges: pc.history
      .slice(base.history)
      .map((h, i) => ({ n: i + 1, referral: h.referralId, kind: h.kind, via: h.via, identity: h.identity })),
    webhook: numbered(world.wiring.webhook.slice(base.webhook)),
    outbound: numbered(world.wiring.outbound.slice(base.outbound)),
    runs: world.sim.runs.slice(base.runs),
    meter: meterSince(base.meter, world.sim.meter.snapshot()),
  };
  return { ...observed, syncedReferrals: syncedReferrals(world, observed) };
}
