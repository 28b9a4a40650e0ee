// The JSON schema of scenario files (ajv, strict). Each step is an object with exactly one key, the step's
// kind, so an unknown step or a wrong argument is reported at its own line rather than as a oneOf failure.

const str = { type: 'string', minLength: 1 } as const;
const ref = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$', description: 'a name (letters, digits, _ and -)' } as const;
const obj = { type: 'object' } as const;
const count = {
  description: 'a count: an integer >= 0, or { min, max }',
  anyOf: [
    { type: 'integer', minimum: 0 },
    {
      type: 'object',
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
      minProperties: 1,
    },
  ],
} as const;

const args = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const table = args({
  count,
  rows: {
    type: 'array',
    items: args({ where: { type: 'object', minProperties: 1 }, fields: obj }, ['where']),
  },
});

const runCounts = { total: count, succeeded: count, failed: count, cancelled: count, timedOut: count };
const ops = { type: 'array', minItems: 1, items: obj };

export const STEP_SCHEMAS: Record<string, object> = {
  'partnerCenter.createReferral': args(
    { ref, microsoftRef: ref, as: { enum: ['partner', 'microsoft'] }, body: obj },
    ['body'],
  ),
  'partnerCenter.patchReferral': args({ id: str, ops, as: { enum: ['partner', 'microsoft'] } }, ['id', 'ops']),
  'partnerCenter.expire': args({ id: str }, ['id']),
  'microsoft.accept': args({ referral: str, msxId: str }, ['referral']),
  'microsoft.decline': args({ referral: str, reason: str }, ['referral']),
  'microsoft.close': args({ referral: str, outcome: { enum: ['Won', 'Lost'] }, reason: str }, ['referral', 'outcome']),
  'microsoft.update': args({ referral: str, ops }, ['referral', 'ops']),
  'dataverse.create': args({ ref, table: str, as: str, row: obj }, ['table', 'row']),
  'dataverse.update': args({ table: str, id: str, as: str, set: { type: 'object', minProperties: 1 } }, ['table', 'id', 'set']),
  // `id`, or an OData `filter` that must match exactly one row (a row the flows created, whose id no ref holds).
  'dataverse.delete': { ...args({ table: str, id: str, filter: str, as: str }, ['table']), oneOf: [{ properties: { id: str }, required: ['id'] }, { properties: { filter: str }, required: ['filter'] }] },
  // Row-trigger notifications: `hold` keeps them from now on; `deliver` fires the kept ones in order, then stops holding.
  'dataverse.notifications': { enum: ['hold', 'deliver'] },
  'dataverse.action': args(
    {
      name: { enum: ['WinOpportunity', 'LoseOpportunity'] },
      as: str,
      body: args(
        {
          OpportunityClose: {
            type: 'object',
            properties: { 'opportunityid@odata.bind': str, subject: { type: 'string' }, description: { type: 'string' }, actualrevenue: { type: 'number' } },
            required: ['opportunityid@odata.bind'],
            additionalProperties: false,
          },
          Status: { type: 'integer' },
        },
        ['OpportunityClose'],
      ),
    },
    ['name', 'body'],
  ),
  'webhook.deliver': args({ event: str, referral: str, times: { type: 'integer', minimum: 1 } }, ['event', 'referral']),
  'webhook.post': args(
    { ref, body: {}, headers: { type: 'object', additionalProperties: { type: 'string' } }, url: str },
    ['body'],
  ),
  fault: args(
    {
      service: { enum: ['partnerCenter', 'dataverse', 'http'] },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      count: { type: 'integer', minimum: 1 },
      retryAfter: { type: 'integer', minimum: 0 },
      method: str,
      path: str,
      operation: str,
      table: str,
    },
    ['service', 'status'],
  ),
  'flow.run': args({ flow: str, inputs: obj, as: str }, ['flow']),
  'clock.advance': {
    type: 'string',
    pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
    description: 'an ISO 8601 duration such as PT5M or P1D',
  },
};

export const scenarioSchema = {
  type: 'object',
  properties: {
    name: str,
    description: { type: 'string' },
    flows: { type: 'array', items: str, minItems: 1 },
    start: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$', description: 'an ISO 8601 date-time such as 2026-03-02T09:00:00Z' },
    syncUser: str,
    settings: obj,
    dataverse: { type: 'object', additionalProperties: { type: 'array', items: obj } },
    partnerCenter: args({
      referrals: { type: 'array', items: obj },
      webhook: {
        description: 'auto, flow, direct, none, or { register, receiver, events, inputs }',
        anyOf: [
          { enum: ['auto', 'flow', 'direct', 'none'] },
          args({
            register: { enum: ['auto', 'flow', 'direct', 'none'] },
            receiver: str,
            events: { type: 'array', items: str, minItems: 1 },
            inputs: obj,
          }),
        ],
      },
    }),
    steps: {
      type: 'array',
      items: { type: 'object', properties: STEP_SCHEMAS, additionalProperties: false, minProperties: 1, maxProperties: 1 },
    },
    expect: args({
      dataverse: { type: 'object', additionalProperties: table },
      partnerCenter: args({ referrals: table, microsoftReferrals: table, deliveries: table, offlineQueue: table, requests: table }),
      changes: args({ dataverse: table, partnerCenter: table }),
      webhook: table,
      http: args({ outbound: count, calls: table }),
      runs: args({ ...runCounts, flows: { type: 'object', additionalProperties: args(runCounts) } }),
      meter: args({ total: count, flows: { type: 'object', additionalProperties: count } }),
    }),
  },
  required: ['name', 'steps'],
  additionalProperties: false,
} as const;
