// PATCH /referrals/{id}: an RFC 6902 JSON Patch array; the service supports only `replace` and `add`.
// One table gives the Swagger `path` enum and, per path, the TS type of `value`.
import { type Infer, type Json, type Schema, s } from '../../src/dsl';
import type { Input } from '../model/operation';
import { field } from '../model/schema';
import { member } from './customer';
import { define } from './definitions';
import { solution } from './details';
import { enums } from './enums';

/** The fields the service lets a partner patch (the certified connector's list), with their value types. */
export const patchable = {
  '/status': enums.status,
  '/substatus': enums.substatus,
  '/statusReason': s.string(),
  '/externalReferenceId': s.string(),
  '/salesStage': s.string(),
  '/campaignId': s.string(),
  '/referralProgram': s.string(),
  '/details/dealValue': s.number(),
  '/details/currency': s.string(),
  '/details/closingDateTime': s.string({ format: 'date-time' }),
  '/details/notes': s.string(),
  '/details/requirements/solutions': s.array(solution),
  '/details/requirements/solutions/-': solution,
  '/team': s.array(member),
  '/team/-': member,
  '/customerProfile/team': s.array(member),
  '/customerProfile/team/-': member,
  '/consent/consentToShareReferralWithMicrosoftSellers': s.boolean(),
} satisfies Record<string, Schema<unknown>>;

type Patchable = typeof patchable;
export type PatchPath = keyof Patchable;
export const patchOps = ['replace', 'add'] as const;

/** One patch operation; `value` is typed by `path`. */
export type PatchOperation = {
  [P in PatchPath]: { op: (typeof patchOps)[number]; path: P; value: Infer<Patchable[P]> };
}[PatchPath];

const operationSchema = define(
  'PatchOperation',
  s.object(
    {
      op: field.oneOf(patchOps, {
        summary: 'Operation',
        description: 'replace a value, or add one (a trailing /- appends to an array).',
      }),
      path: field.oneOf(Object.keys(patchable) as PatchPath[], {
        summary: 'Path',
        description: 'JSON Pointer of the field to change.',
      }),
      value: {
        json: { description: 'The new value; its type depends on the path.', 'x-ms-summary': 'Value' } as { [k: string]: Json },
      },
    },
    { description: 'One JSON Patch operation.' },
  ),
);

export const patchDocument: Schema<PatchOperation[]> = {
  json: s.array(operationSchema, { description: 'JSON Patch operations, applied in order.' }).json,
};

/** A typed patch operation, e.g. `replace('/details/dealValue', 100)`. */
export const replace = <P extends PatchPath>(path: P, value: Input<Infer<Patchable[P]>>) => ({
  op: 'replace' as const,
  path,
  value,
});
export const add = <P extends PatchPath>(path: P, value: Input<Infer<Patchable[P]>>) => ({ op: 'add' as const, path, value });
