// GET /referrals: `$filter`, `$orderby`, `$top` (how many in all), `$skip`, `$count`, `$select`, and
// server-driven paging: at most `pageSize` referrals per response, then `@odata.nextLink` with a `$skiptoken`
// that carries the query and the position, so the link alone fetches the next page.
import { invalid } from './errors';
import { parseFilter } from './odata-filter';
import type { ReferralJson } from './types';
import { REFERRALS_BASE, REFERRALS_HOST } from './types';

/** Top-level properties of a referral a `$filter`, `$orderby` or `$select` may name. */
export const REFERRAL_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'engagementId',
  'name',
  'organizationId',
  'organizationName',
  'externalReferenceId',
  'createdDateTime',
  'updatedDateTime',
  'expirationDateTime',
  'acceptedDateTime',
  'closedDateTime',
  'status',
  'substatus',
  'statusReason',
  'type',
  'qualification',
  'direction',
  'target',
  'customerProfile',
  'consent',
  'details',
  'team',
  'inviteContext',
  'salesStage',
  'campaignId',
  'referralProgram',
  'trackingInfo',
  'eTag',
  'links',
  'createdVia',
  'lastModifiedVia',
]);

interface ListQuery {
  filter?: string;
  orderby?: string;
  select?: string;
  count?: boolean;
  /** Index of the first referral of this page in the filtered, ordered list. */
  start: number;
  /** Index after the last referral to return in all ($skip + $top). */
  end?: number;
}

const encodeToken = (q: ListQuery) => Buffer.from(JSON.stringify(q)).toString('base64url');

function decodeToken(token: string): ListQuery {
  try {
    const q = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as ListQuery;
    if (typeof q.start !== 'number') throw new Error();
    return q;
  } catch {
    throw invalid('The $skiptoken is not valid.', '$skiptoken');
  }
}

function nonNegative(name: string, value: string | null): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw invalid(`${name} must be a non-negative integer.`, name);
  return Number(value);
}

function parseQuery(params: URLSearchParams): ListQuery {
  const token = params.get('$skiptoken');
  if (token !== null) return decodeToken(token);
  const top = nonNegative('$top', params.get('$top'));
  const skip = nonNegative('$skip', params.get('$skip')) ?? 0;
  const count = params.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') throw invalid('$count must be true or false.', '$count');
  const q: ListQuery = { start: skip };
  for (const [key, name] of [
    ['filter', '$filter'],
    ['orderby', '$orderby'],
    ['select', '$select'],
  ] as const) {
    const v = params.get(name);
    if (v !== null) q[key] = v;
  }
  if (count === 'true') q.count = true;
  if (top !== undefined) q.end = skip + top;
  return q;
}

function comparator(orderby: string): (a: ReferralJson, b: ReferralJson) => number {
  const keys = orderby.split(',').map((part) => {
    const m = /^\s*([A-Za-z]\w*(?:\/[A-Za-z]\w*)*)(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!m || !REFERRAL_PROPERTIES.has(m[1]!.split('/')[0]!)) throw invalid(`Invalid $orderby: ${orderby}`, '$orderby');
    return { path: m[1]!.split('/'), sign: m[2] === 'desc' ? -1 : 1 };
  });
  const get = (r: ReferralJson, path: string[]) =>
    path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as ReferralJson)[k] : undefined), r);
  return (a, b) => {
    for (const { path, sign } of keys) {
      const x = get(a, path) as string | number | null | undefined;
      const y = get(b, path) as string | number | null | undefined;
      if (x === y || (x == null && y == null)) continue;
      if (x == null) return -sign;
      if (y == null) return sign;
      return x < y ? -sign : sign;
    }
    return 0;
  };
}

function project(r: ReferralJson, select: string | undefined): ReferralJson {
  if (!select) return r;
  const names = select.split(',').map((s) => s.trim());
  for (const n of names)
    if (!REFERRAL_PROPERTIES.has(n)) throw invalid(`Invalid $select: '${n}' is not a property.`, '$select');
  return Object.fromEntries(names.filter((n) => n in r).map((n) => [n, r[n]]));
}

/** One page of the list, as the OData response body. */
export function listPage(all: ReferralJson[], params: URLSearchParams, pageSize: number): ReferralJson {
  const q = parseQuery(params);
  let rows = q.filter ? all.filter(parseFilter(q.filter, REFERRAL_PROPERTIES)) : all;
  if (q.orderby) rows = [...rows].sort(comparator(q.orderby));
  const end = Math.min(q.end ?? rows.length, rows.length);
  const stop = Math.min(q.start + pageSize, end);
  const page = rows.slice(q.start, stop).map((r) => project(structuredClone(r), q.select));
  const body: ReferralJson = {
    '@odata.context': `https://${REFERRALS_HOST}/v1.0/$metadata#Referrals`,
    '@odata.count': q.count ? rows.length : page.length,
    value: page,
  };
  if (stop < end) {
    const token = encodeToken({ ...q, start: stop });
    body['@odata.nextLink'] = `https://${REFERRALS_HOST}${REFERRALS_BASE}?$skiptoken=${token}`;
  }
  return body;
}
