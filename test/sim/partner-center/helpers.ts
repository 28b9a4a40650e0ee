// Test support for the Partner Center double: a manual clock, a valid referral body, REST calls on the public
// URLs, and a local webhook receiver that fails a given number of times.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { Clock, ServiceResponse } from '../../../src/sim/contracts';
import { PartnerCenterDouble, type PartnerCenterOptions } from '../../../src/sim/partner-center';

export const REFERRALS = 'https://api.partner.microsoft.com/v1.0/engagements/referrals';
export const REGISTRATION = 'https://api.partnercenter.microsoft.com/webhooks/v1/registration';

export function manualClock(start = '2026-03-02T09:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

export const newReferral = (overrides: Record<string, unknown> = {}) => ({
  name: 'Contoso ERP rollout',
  type: 'Shared',
  qualification: 'SalesQualified',
  customerProfile: {
    name: 'Fabrikam Inc',
    address: { addressLine1: '1 Main St', city: 'Seattle', state: 'WA', postalCode: '98052', country: 'US' },
    team: [{ firstName: 'Sue', lastName: 'Smith', email: 'sue@fabrikam.com' }],
  },
  consent: {
    consentToToShareInfoWithOthers: true,
    consentToContact: true,
    consentToShareReferralWithMicrosoftSellers: false,
  },
  details: { dealValue: 50000, currency: 'USD', notes: 'ERP', closingDateTime: '2026-06-30T00:00:00Z' },
  ...overrides,
});

const started: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  while (started.length) await started.pop()!.stop();
});

/** A started double, stopped after the test. */
export async function startDouble(options: Partial<PartnerCenterOptions> = {}): Promise<PartnerCenterDouble> {
  const double = await new PartnerCenterDouble({ clock: manualClock(), seed: 'test', ...options }).start();
  started.push(double);
  return double;
}

/** A REST call as the sync's connection makes it (bearer token = identity). */
export function call(
  double: PartnerCenterDouble,
  method: string,
  url: string,
  o: { body?: unknown; headers?: Record<string, string>; identity?: string | null } = {},
): Promise<ServiceResponse> {
  const auth: Record<string, string> =
    o.identity === null ? {} : { Authorization: `Bearer ${o.identity ?? 'sync@contoso.com'}` };
  return double.http.request(method, url, { ...auth, ...o.headers }, o.body);
}

export const create = async (double: PartnerCenterDouble, overrides: Record<string, unknown> = {}) => {
  const r = await call(double, 'POST', REFERRALS, { body: newReferral(overrides) });
  if (r.statusCode !== 200) throw new Error(`create failed: ${JSON.stringify(r.body)}`);
  return r.body as Record<string, any>;
};

export interface Receiver {
  url: string;
  received: { headers: Record<string, string | string[] | undefined>; body: any; text: string }[];
  stop(): Promise<void>;
}

/** A webhook receiver on loopback that answers 500 to the first `failures` posts, then 202. */
export async function startReceiver(failures = 0): Promise<Receiver> {
  const received: Receiver['received'] = [];
  let left = failures;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body: JSON.parse(text), text });
      res.writeHead(left-- > 0 ? 500 : 202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: Receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/workflows/hook/triggers/manual/run`,
    received,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  started.push(receiver);
  return receiver;
}
