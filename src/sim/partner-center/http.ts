// Real HTTP on loopback: a plain client (webhook deliveries), and a client that sends the Partner Center
// public URLs (api.partner.microsoft.com, api.partnercenter.microsoft.com) to the double's server, with the
// public host in X-Forwarded-Host so the double can tell which service was meant.
import type { HttpClient, ServiceResponse } from '../contracts';
import { EVENTS_HOST, REFERRALS_HOST } from './types';

const PUBLIC_HOSTS = new Set([REFERRALS_HOST, EVENTS_HOST]);

export async function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<ServiceResponse> {
  const hasBody = body !== undefined && body !== null && method !== 'GET';
  const response = await fetch(url, {
    method,
    headers: { ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...headers },
    ...(hasBody ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k] = v));
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { statusCode: response.status, headers: out, body: parsed };
}

/** Any URL, as is. */
export const httpClient: HttpClient = { request: send };

/** `https://api.partner.microsoft.com/v1.0/...` -> `http://127.0.0.1:<port>/v1.0/...`; other URLs unchanged. */
export function toLoopback(url: string, base: string): { url: string; host?: string } {
  // Split by hand: re-serializing through URL would re-encode the query (' -> %27).
  const m = /^https?:\/\/([^/?#]+)(.*)$/i.exec(url);
  const host = m?.[1]!.toLowerCase();
  if (!host || !PUBLIC_HOSTS.has(host)) return { url };
  return { url: `${base}${m![2] || '/'}`, host };
}

/** An HttpClient reaching the double for Partner Center URLs (e.g. to follow @odata.nextLink or a ResourceUri). */
export function partnerCenterHttpClient(base: () => string): HttpClient {
  return {
    request(method, uri, headers, body) {
      const target = toLoopback(uri, base());
      return send(method, target.url, target.host ? { ...headers, 'X-Forwarded-Host': target.host } : headers, body);
    },
  };
}
