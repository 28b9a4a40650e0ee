// Shared set-up for the Dataverse double tests: a fixed clock, a started double, raw Web API calls.
import { afterEach } from 'vitest';
import type { Clock } from '../../../src/sim/contracts';
import { DataverseDouble, type DataverseDoubleOptions } from '../../../src/sim/dataverse';

export const T0 = '2025-03-01T09:00:00Z';

export function fixedClock(start = T0): Clock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

const started: DataverseDouble[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((d) => d.stop()));
});

export interface Api {
  double: DataverseDouble;
  clock: Clock;
  /** A raw Web API call: path relative to /api/data/v9.2/. */
  http(
    method: string,
    path: string,
    o?: { body?: unknown; headers?: Record<string, string>; as?: string },
  ): Promise<Response>;
  json(
    method: string,
    path: string,
    o?: { body?: unknown; headers?: Record<string, string>; as?: string },
  ): Promise<{ status: number; body: any; headers: Headers }>;
}

export async function startDouble(o: Partial<DataverseDoubleOptions> = {}): Promise<Api> {
  const clock = o.clock ?? fixedClock();
  const double = new DataverseDouble({ ...o, clock });
  await double.start();
  started.push(double);
  const http: Api['http'] = (method, path, r = {}) =>
    fetch(`${double.apiUrl}/${path}`, {
      method,
      headers: {
        ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(r.as ? { MSCRMCallerID: double.userId(r.as) } : {}),
        ...r.headers,
      },
      body: r.body === undefined ? undefined : JSON.stringify(r.body),
    });
  const json: Api['json'] = async (method, path, r) => {
    const res = await http(method, path, r);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return { double, clock, http, json };
}

/** The id at the end of an OData-EntityId header. */
export const entityId = (res: { headers: Headers }) =>
  /\(([0-9a-f-]{36})\)$/.exec(res.headers.get('OData-EntityId') ?? '')?.[1];
