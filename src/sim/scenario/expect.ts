// Checks a scenario's `expect` section against what was observed: tables at the end, logs and counts of the
// steps. Every mismatch carries the path of its expectation, so the runner can give its line.
import type { RunRecord, RunStatusName } from '../contracts';
import type { MeterSnapshot } from '../runtime';
import { type Mismatch, checkCount, checkTable } from './match';
import type { Refs } from './refs';
import type { Expectations, RunCounts } from './types';

type Rows = Record<string, unknown>[];

/** What a scenario produced; `dataverse(set)` reads a table at the end (throws for an unknown set). */
export interface Observed {
  dataverse(set: string): Rows;
  referrals: Rows;
  microsoftReferrals: Rows;
  deliveries: Rows;
  offlineQueue: Rows;
  requests: Rows;
  dataverseChanges: Rows;
  partnerCenterChanges: Rows;
  webhook: Rows;
  outbound: Rows;
  runs: RunRecord[];
  meter: MeterSnapshot;
}

const STATUS_KEYS: [keyof RunCounts, RunStatusName | undefined][] = [
  ['total', undefined],
  ['succeeded', 'Succeeded'],
  ['failed', 'Failed'],
  ['cancelled', 'Cancelled'],
  ['timedOut', 'TimedOut'],
];

function checkRuns(runs: RunRecord[], counts: RunCounts, path: (string | number)[], what: string): Mismatch[] {
  return STATUS_KEYS.flatMap(([key, status]) =>
    checkCount(counts[key], status ? runs.filter((r) => r.status === status).length : runs.length, [...path, key], `${what} ${key}`),
  );
}

export function checkExpectations(raw: Expectations, observed: Observed, refs: Refs): Mismatch[] {
  const e = refs.resolve(raw);
  const out: Mismatch[] = [];
  for (const [set, table] of Object.entries(e.dataverse ?? {})) {
    let rows: Rows;
    try {
      rows = observed.dataverse(set);
    } catch (err) {
      out.push({ path: ['expect', 'dataverse', set], message: `dataverse.${set}: ${(err as Error).message}` });
      continue;
    }
    out.push(...checkTable(rows, table, ['expect', 'dataverse', set], `dataverse.${set}`));
  }
  const pc = e.partnerCenter ?? {};
  for (const key of ['referrals', 'microsoftReferrals', 'deliveries', 'offlineQueue', 'requests'] as const) {
    out.push(...checkTable(observed[key], pc[key], ['expect', 'partnerCenter', key], `partnerCenter.${key}`));
  }
  out.push(...checkTable(observed.dataverseChanges, e.changes?.dataverse, ['expect', 'changes', 'dataverse'], 'changes.dataverse'));
  out.push(...checkTable(observed.partnerCenterChanges, e.changes?.partnerCenter, ['expect', 'changes', 'partnerCenter'], 'changes.partnerCenter'));
  out.push(...checkTable(observed.webhook, e.webhook, ['expect', 'webhook'], 'webhook'));
  out.push(...checkCount(e.http?.outbound, observed.outbound.length, ['expect', 'http', 'outbound'], 'http.outbound (calls the flows made)'));
  out.push(...checkTable(observed.outbound, e.http?.calls, ['expect', 'http', 'calls'], 'http.calls'));
  if (e.runs) {
    const { flows, ...counts } = e.runs;
    out.push(...checkRuns(observed.runs, counts, ['expect', 'runs'], 'runs'));
    for (const [flow, c] of Object.entries(flows ?? {})) {
      out.push(...checkRuns(observed.runs.filter((r) => r.flow === flow), c, ['expect', 'runs', 'flows', flow], `runs of '${flow}'`));
    }
  }
  if (e.meter) {
    out.push(...checkCount(e.meter.total, observed.meter.total, ['expect', 'meter', 'total'], 'meter total (metered executions)'));
    for (const [flow, c] of Object.entries(e.meter.flows ?? {})) {
      out.push(...checkCount(c, observed.meter.byFlow[flow] ?? 0, ['expect', 'meter', 'flows', flow], `meter of '${flow}'`));
    }
  }
  return out;
}
