// The Referrals API operations (host api.partner.microsoft.com, base path /v1.0/engagements).
import { s } from '../../src/dsl';
import { operation, param } from '../model/operation';
import { meta } from '../model/schema';
import { patchDocument } from './patch';
import { newReferral, referral, referralPage, serviceError } from './referral';

const correlationId = param.header(s.string(), {
  summary: 'Correlation id',
  description: 'An id to trace the request across systems (MS-CorrelationId).',
  visibility: 'advanced',
});
const referralId = param.path(meta(s.string(), { format: 'uuid' }), {
  summary: 'Referral id',
  description: 'Id of the referral.',
});
const failed = (description: string) => ({ description, schema: serviceError });
const errors = {
  400: failed('A missing or invalid input; the body gives the details.'),
  401: failed('The request was not authenticated.'),
  403: failed('The user lacks the Referrals Admin or Referrals User role.'),
  429: failed('Too many requests; retry after the Retry-After header.'),
};
const paging = {
  $orderby: param.query(s.string(), {
    summary: 'Order by',
    description: 'OData order, e.g. createdDateTime desc (createdDateTime and updatedDateTime are documented).',
    visibility: 'advanced',
  }),
  $top: param.query(meta(s.integer(), { format: 'int32' }), {
    summary: 'Page size',
    description: 'How many referrals to return in this page.',
    visibility: 'advanced',
  }),
  $skip: param.query(meta(s.integer(), { format: 'int32' }), {
    summary: 'Skip',
    description: 'How many matching referrals to skip (default 0).',
    visibility: 'advanced',
  }),
  $count: param.query(s.boolean(), {
    summary: 'Count',
    description: 'true to return the number of matching referrals in @odata.count.',
    visibility: 'advanced',
  }),
};

export const referralOperations = {
  listReferrals: operation({
    operationId: 'GetAllReferrals',
    method: 'get',
    path: '/referrals',
    summary: 'List referrals',
    description:
      'Lists the referrals matching an OData filter, one page at a time; @odata.nextLink is the next page. Marketplace leads are not returned.',
    parameters: {
      $filter: param.query(s.string(), {
        summary: 'Filter',
        description: "OData filter, e.g. status eq 'New' and direction eq 'Incoming'.",
        visibility: 'important',
      }),
      ...paging,
      'MS-CorrelationId': correlationId,
    },
    responses: { 200: { description: 'A page of referrals.', schema: referralPage }, ...errors },
    nextLink: '@odata.nextLink',
  }),

  getReferral: operation({
    operationId: 'GetReferralById',
    method: 'get',
    path: '/referrals/{id}',
    summary: 'Get a referral',
    description: 'Gets the referral with the given id, including its eTag for a later patch.',
    parameters: { id: referralId, 'MS-CorrelationId': correlationId },
    responses: { 200: { description: 'The referral.', schema: referral }, 404: failed('No referral has this id.'), ...errors },
  }),

  createReferral: operation({
    operationId: 'CreateReferral',
    method: 'post',
    path: '/referrals',
    summary: 'Create a referral',
    description:
      "Creates a referral. For a co-sell deal, create yours with type Shared, then a second one for Microsoft with the same engagementId and target BusinessProfileLocation 'msft'.",
    parameters: {
      body: param.body(newReferral, { summary: 'Referral', description: 'The referral to create.' }),
      'MS-CorrelationId': correlationId,
    },
    responses: {
      200: { description: 'The created referral.', schema: referral },
      201: { description: 'The created referral.', schema: referral },
      ...errors,
    },
  }),

  patchReferral: operation({
    operationId: 'PatchReferralById',
    method: 'patch',
    path: '/referrals/{id}',
    summary: 'Update referral fields',
    description:
      'Changes fields of a referral with JSON Patch operations (replace and add only). With If-Match, the change applies only to that eTag; with Prefer: return=representation, the updated referral is returned.',
    parameters: {
      id: referralId,
      body: param.body(patchDocument, { summary: 'Changes', description: 'The JSON Patch operations, applied in order.' }),
      'If-Match': param.header(s.string(), {
        summary: 'ETag',
        description: 'Apply the change only if the referral still has this eTag (concurrency check).',
        visibility: 'advanced',
      }),
      Prefer: param.header(s.enum(['return=representation'] as const), {
        summary: 'Return the referral',
        description: 'return=representation to get the updated referral instead of an empty 204.',
        visibility: 'advanced',
      }),
      'MS-CorrelationId': correlationId,
    },
    responses: {
      200: { description: 'The updated referral (with Prefer: return=representation).', schema: referral },
      204: { description: 'Updated.' },
      404: failed('No referral has this id.'),
      412: failed('The referral changed since the given eTag (preconditionFailed).'),
      ...errors,
    },
  }),

  listRelatedReferrals: operation({
    operationId: 'ListRelatedReferrals',
    method: 'get',
    path: '/relatedreferrals',
    summary: 'List the referrals of an engagement',
    description:
      "Lists the referrals sharing an engagement id, such as Microsoft's side of a co-sell deal. Sent to the service as GET /referrals?$filter=engagementId eq '<id>'.",
    parameters: {
      engagementId: param.query(meta(s.string(), { format: 'uuid' }), {
        summary: 'Engagement id',
        description: 'The engagementId of any referral of the engagement.',
        required: true,
      }),
      ...paging,
      'MS-CorrelationId': correlationId,
    },
    responses: { 200: { description: 'A page of referrals.', schema: referralPage }, ...errors },
    nextLink: '@odata.nextLink',
    upstream: { path: '/referrals', query: { $filter: "engagementId eq '{engagementId}'" } },
  }),
};
