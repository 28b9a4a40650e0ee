// What the service checks on a referral: the fields required on create, the ISO country, the enumerations,
// and the documented status/substatus transitions (referral-resources.md):
//   New    -> New, Active, Closed   substatus Pending | Received
//   Active -> Active, Closed        substatus Accepted
//   Closed -> (terminal)            substatus Won | Lost | Declined | Expired
// "No actions are permitted after any deal reaches a terminal state."
import { isCountryCode } from './countries';
import { invalid } from './errors';
import type { ReferralJson } from './types';

export const STATUSES = ['New', 'Active', 'Closed'] as const;
export const SUBSTATUSES_OF: Readonly<Record<string, readonly string[]>> = {
  New: ['Pending', 'Received'],
  Active: ['Accepted'],
  Closed: ['Won', 'Lost', 'Declined', 'Expired'],
};
const NEXT_STATUSES: Readonly<Record<string, readonly string[]>> = {
  New: ['New', 'Active', 'Closed'],
  Active: ['Active', 'Closed'],
  Closed: [],
};
const TYPES = ['Independent', 'Shared'];
const QUALIFICATIONS = ['None', 'Direct', 'MarketingQualified', 'SalesQualified'];
const TARGET_TYPES = ['None', 'BusinessProfileLocation', 'SolutionProfile'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isGuid = (v: unknown): v is string => typeof v === 'string' && GUID.test(v);
const isObject = (v: unknown): v is ReferralJson => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A status with a substatus it allows. */
export function checkState(status: unknown, substatus: unknown): void {
  if (!STATUSES.includes(status as (typeof STATUSES)[number])) {
    throw invalid(`'${String(status)}' is not a valid status. Allowed: ${STATUSES.join(', ')}.`, 'status');
  }
  const allowed = SUBSTATUSES_OF[status as string]!;
  if (!allowed.includes(substatus as string)) {
    throw invalid(
      `Substatus '${String(substatus)}' is not allowed with status '${status}'. Allowed: ${allowed.join(', ')}.`,
      'substatus',
    );
  }
}

/** A change of status/substatus on an existing referral. */
export function checkTransition(from: ReferralJson, to: ReferralJson): void {
  if (from.status === 'Closed') throw terminal(from);
  checkState(to.status, to.substatus);
  if (!NEXT_STATUSES[from.status]!.includes(to.status)) {
    throw invalid(`The status cannot change from '${from.status}' to '${to.status}'.`, 'status');
  }
}

export const terminal = (r: ReferralJson) =>
  invalid(
    `The referral is ${r.status}/${r.substatus}: no actions are permitted after a referral reaches a terminal state.`,
    'status',
  );

/** The body of POST /referrals: required type, customerProfile (name, ISO country), consent, details. */
export function checkNewReferral(body: unknown): asserts body is ReferralJson {
  if (!isObject(body)) throw invalid('The request body must be a referral object.', 'body');
  const missing = ['type', 'customerProfile', 'consent', 'details'].filter(
    (k) => body[k] === undefined || body[k] === null,
  );
  if (missing.length) throw invalid(`The following required fields are missing: ${missing.join(', ')}.`, missing[0]);
  if (!TYPES.includes(body.type)) throw invalid(`'${String(body.type)}' is not a valid referral type.`, 'type');
  const customer = body.customerProfile;
  if (!isObject(customer)) throw invalid('customerProfile must be an object.', 'customerProfile');
  if (typeof customer.name !== 'string' || !customer.name.trim()) {
    throw invalid('The customer name is required.', 'customerProfile.name');
  }
  if (!isObject(customer.address)) throw invalid('The customer address is required.', 'customerProfile.address');
  if (!isCountryCode(customer.address.country)) {
    throw invalid(
      `'${String(customer.address.country)}' is not a valid country. Use an ISO 3166 2-letter country code.`,
      'customerProfile.address.country',
    );
  }
  if (!isObject(body.consent)) throw invalid('consent must be an object.', 'consent');
  const details = body.details;
  if (!isObject(details)) throw invalid('details must be an object.', 'details');
  if (details.dealValue != null && (typeof details.dealValue !== 'number' || details.dealValue < 0)) {
    throw invalid('details.dealValue must be a non-negative number.', 'details.dealValue');
  }
  if (details.currency != null && !/^[A-Z]{3}$/.test(details.currency)) {
    throw invalid(`'${String(details.currency)}' is not an ISO 4217 currency code.`, 'details.currency');
  }
  if (details.closingDateTime != null && Number.isNaN(Date.parse(details.closingDateTime))) {
    throw invalid('details.closingDateTime must be a date-time.', 'details.closingDateTime');
  }
  if (body.qualification != null && !QUALIFICATIONS.includes(body.qualification)) {
    throw invalid(`'${String(body.qualification)}' is not a valid qualification.`, 'qualification');
  }
  if (body.target != null) {
    const ok =
      Array.isArray(body.target) &&
      body.target.every((t: unknown) => isObject(t) && TARGET_TYPES.includes(t.type) && typeof t.id === 'string');
    if (!ok) throw invalid('target must be an array of { type, id }.', 'target');
  }
  if (body.engagementId != null && !isGuid(body.engagementId)) {
    throw invalid(`'${String(body.engagementId)}' is not a valid engagement id.`, 'engagementId');
  }
  if (body.status != null || body.substatus != null) checkState(body.status, body.substatus);
}

/** A referral for Microsoft's side of a co-sell engagement targets BusinessProfileLocation 'msft'. */
export const targetsMicrosoft = (body: ReferralJson): boolean =>
  Array.isArray(body.target) &&
  body.target.some((t: ReferralJson) => t?.type === 'BusinessProfileLocation' && t?.id === 'msft');
