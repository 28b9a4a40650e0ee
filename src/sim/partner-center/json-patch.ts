// PATCH /referrals/{id}: RFC 6902 JSON Patch, of which the service supports only `replace` and `add`
// (patch-a-referral.md), on the paths the certified connector enumerates (partner-center-api.md §1.4).
// The service binds the patch to its typed referral, so `replace` works on an absent (null) field, and a
// value is converted to the field's type ("10000" for dealValue, as in the docs' example).
import { invalid } from './errors';
import type { ReferralJson } from './types';

type ValueKind = 'string' | 'number' | 'boolean' | 'dateTime' | 'object' | 'array';

/** Patchable path -> the kind of value it takes. A trailing `/-` appends one object to the array. */
export const PATCHABLE: Readonly<Record<string, ValueKind>> = {
  '/status': 'string',
  '/substatus': 'string',
  '/statusReason': 'string',
  '/externalReferenceId': 'string',
  '/salesStage': 'string',
  '/campaignId': 'string',
  '/referralProgram': 'string',
  '/details/dealValue': 'number',
  '/details/currency': 'string',
  '/details/closingDateTime': 'dateTime',
  '/details/notes': 'string',
  '/details/requirements/solutions': 'array',
  '/details/requirements/solutions/-': 'object',
  '/team': 'array',
  '/team/-': 'object',
  '/customerProfile/team': 'array',
  '/customerProfile/team/-': 'object',
  '/consent/consentToShareReferralWithMicrosoftSellers': 'boolean',
};

export interface PatchOp {
  op: 'replace' | 'add';
  path: string;
  value: unknown;
}

function convert(value: unknown, kind: ValueKind, path: string): unknown {
  const bad = () =>
    invalid(`The value for '${path}' must be ${kind === 'dateTime' ? 'a date-time' : `a ${kind}`}.`, path);
  if (value === null && kind !== 'array' && kind !== 'object') return null;
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') throw bad();
      return value;
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad();
      return n;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw bad();
      return value;
    case 'dateTime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad();
      return value;
    case 'array':
      if (!Array.isArray(value) || !value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) throw bad();
      return structuredClone(value);
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad();
      return structuredClone(value);
  }
}

/** Checks the document's shape and every operation; returns the operations with converted values. */
export function parsePatch(body: unknown): PatchOp[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw invalid('The request body must be a non-empty JSON Patch array of operations.', 'body');
  }
  return body.map((raw, i) => {
    if (!raw || typeof raw !== 'object') throw invalid(`Operation ${i} is not an object.`, 'body');
    const { op, path, value } = raw as Record<string, unknown>;
    if (op !== 'replace' && op !== 'add') {
      throw invalid(
        `The operation '${String(op)}' is not supported. Only 'replace' and 'add' operations are supported.`,
        'op',
      );
    }
    if (typeof path !== 'string' || !(path in PATCHABLE)) {
      throw invalid(`The path '${String(path)}' cannot be updated.`, String(path));
    }
    if (path.endsWith('/-') && op !== 'add')
      throw invalid(`'${path}' can only be used with the 'add' operation.`, path);
    if (!('value' in (raw as object))) throw invalid(`Operation ${i} ('${path}') has no value.`, path);
    return { op, path, value: convert(value, PATCHABLE[path]!, path) };
  });
}

/** Applies checked operations to `target` in place. */
export function applyPatch(target: ReferralJson, ops: PatchOp[]): void {
  for (const { path, value } of ops) {
    const segments = path.slice(1).split('/');
    const append = segments.at(-1) === '-';
    if (append) segments.pop();
    const last = segments.pop()!;
    let parent: ReferralJson = target;
    for (const s of segments) parent = parent[s] && typeof parent[s] === 'object' ? parent[s] : (parent[s] = {});
    if (append) (parent[last] = Array.isArray(parent[last]) ? parent[last] : []).push(value);
    else parent[last] = value;
  }
}
