// Compile-level checks of the ten flows: each compiles, has the trigger its job needs, its loop guards and retry
// policies, and the webhook receiver cannot be made to call anything by a forged event.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Value, evaluateJson } from '../../src/expr';
import { type ProjectFlow, projectFlows, textOf } from './compiled';
import { withFields } from './evaluate';

let flows: Map<string, ProjectFlow>;
const flow = (file: string) => flows.get(file)!;
const params = (f: ProjectFlow) => f.trigger.inputs?.parameters ?? {};
const SYNC_USER = "parameters('Sync User Id (cosell_syncuserid)')";

beforeAll(async () => {
  const project = await projectFlows();
  expect(project.problems).toEqual([]);
  flows = project.flows;
});

describe('the solution flows', () => {
  it('are the ten flows, with the seed display names, one per file', () => {
    expect(new Map([...flows].map(([file, f]) => [file, f.name]))).toEqual(
      new Map([
        ['partner-center-webhook-registration.flow.ts', 'Partner Center Webhook Registration'],
        ['create-or-get-details-from-dynamics.flow.ts', '[Customize] Create or Get Details from Dynamics 365'],
        ['create-cosell-referral.flow.ts', 'Create Co-sell Referral – Dynamics 365 to Partner Center'],
        ['partner-center-to-dynamics-helper.flow.ts', 'Partner Center to Dynamics 365 - Helper'],
        [
          'microsoft-cosell-referral-updates.flow.ts',
          'Partner Center Microsoft Co-sell Referral Updates to Dynamics 365',
        ],
        ['partner-center-to-dynamics.flow.ts', 'Partner Center to Dynamics 365'],
        ['dynamics-to-partner-center.flow.ts', 'Dynamics 365 to Partner Center'],
        ['dynamics-opportunity-to-partner-center.flow.ts', 'Dynamics 365 Opportunity to Partner Center'],
        ['dynamics-solutions-to-partner-center.flow.ts', 'Dynamics 365 Microsoft Solutions to Partner Center'],
        ['partner-center-reconciliation.flow.ts', 'Partner Center Referrals Reconciliation'],
      ]),
    );
  });

  it('give every connector call an explicit exponential retry policy', () => {
    for (const f of flows.values()) {
      for (const a of f.ofType('OpenApiConnection')) {
        expect(a.json.inputs.retryPolicy, `${f.name}: ${a.path}`).toMatchObject({ type: 'exponential' });
        expect(a.json.inputs.retryPolicy.count, `${f.name}: ${a.path}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('make no raw HTTP call anywhere', () => {
    for (const f of flows.values()) expect(f.ofType('Http'), f.name).toEqual([]);
  });

  it('run child flows without platform retries (a rerun would repeat the child), each one a project flow', () => {
    const ids = new Set([...flows.values()].map((f) => f.workflowId));
    for (const f of flows.values()) {
      for (const a of f.ofType('Workflow')) {
        expect(ids.has(a.json.inputs.host.workflowReferenceName), `${f.name}: ${a.path}`).toBe(true);
        expect(a.json.inputs.retryPolicy).toEqual({ type: 'none' });
      }
    }
  });
});

describe('f. Partner Center to Dynamics 365 (webhook receiver)', () => {
  const id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
  const genuine = {
    EventName: 'referral-created',
    ResourceName: 'referral',
    ResourceUri: `https://api.partnercenter.microsoft.com/engagements/v1/referrals/${id}`,
    ResourceChangeUtcDate: '2026-03-02T09:00:00Z',
  };
  /** A value of the compiled receiver, evaluated as a run receiving this webhook body evaluates it. */
  const on = (value: unknown, body: Record<string, unknown>) => evaluateJson(value as Value, withFields(body));
  const receiver = () => flow('partner-center-to-dynamics.flow.ts');
  const statusOf = (body: Record<string, unknown>) =>
    on(receiver().action('Answer_Partner_Center').json.inputs.statusCode, body);
  const bodyOf = (body: Record<string, unknown>) =>
    on(receiver().action('Answer_Partner_Center').json.inputs.body, body);
  const routeOf = (body: Record<string, unknown>) => on(receiver().action('Route_by_event').json.expression, body);

  it('is an HTTP POST trigger taking one event at a time', () => {
    const f = flow('partner-center-to-dynamics.flow.ts');
    expect(f.trigger).toMatchObject({ type: 'Request', kind: 'Http', inputs: { method: 'POST' } });
    expect(f.trigger.runtimeConfiguration.concurrency.runs).toBe(1);
  });

  it('answers 400 or 200 first, before any call, and routes to the two helpers', () => {
    const f = flow('partner-center-to-dynamics.flow.ts');
    const answer = f.action('Answer_Partner_Center');
    const route = f.action('Route_by_event');
    expect(f.actions.filter((a) => !a.parent).map((a) => a.name)).toEqual(['Answer_Partner_Center', 'Route_by_event']);
    expect(answer.json).toMatchObject({ type: 'Response', kind: 'Http', runAfter: {} });
    expect(route.json).toMatchObject({ type: 'Switch', runAfter: { Answer_Partner_Center: ['Succeeded'] } });
    expect(statusOf(genuine)).toBe(200);
    expect(bodyOf(genuine)).toEqual({ referralId: id, eventName: 'referral-created' });
    expect(statusOf({ ...genuine, ResourceName: 'test' })).toBe(400);
    expect(bodyOf({ ...genuine, ResourceName: 'test' })).toEqual({ error: 'Not a Partner Center referral event.' });
    // Each case runs one child; a genuine event reaches one of them, a forged one matches no case.
    const cases = route.json.cases;
    expect(Object.keys(cases)).toEqual(['Case_referral', 'Case_related']);
    expect(route.json.default).toEqual({ actions: {} });
    const childOf = (c: string) => {
      const call = f.ofType('Workflow').find((a) => a.path.startsWith(`Route_by_event/${c}/`));
      return call?.json.inputs.host.workflowReferenceName;
    };
    expect(childOf('Case_referral')).toBe(flow('partner-center-to-dynamics-helper.flow.ts').workflowId);
    expect(childOf('Case_related')).toBe(flow('microsoft-cosell-referral-updates.flow.ts').workflowId);
    expect(routeOf(genuine)).toBe(cases.Case_referral.case);
    expect(routeOf({ ...genuine, EventName: 'related-referral-updated' })).toBe(cases.Case_related.case);
    expect(Object.values(cases).map((c: any) => c.case)).not.toContain(routeOf({ ...genuine, ResourceName: 'test' }));
    const children = f.ofType('Workflow').map((a) => a.json.inputs.host.workflowReferenceName);
    expect(children.sort()).toEqual(
      [
        flow('partner-center-to-dynamics-helper.flow.ts').workflowId,
        flow('microsoft-cosell-referral-updates.flow.ts').workflowId,
      ].sort(),
    );
  });

  it('validates event name, resource name, host and GUID', () => {
    const f = flow('partner-center-to-dynamics.flow.ts');
    // The answer's status and the route both carry the whole check.
    for (const condition of [
      textOf(f.action('Answer_Partner_Center').json.inputs.statusCode),
      textOf(f.action('Route_by_event').json.expression),
    ]) {
      for (const part of [
        'referral-created',
        'related-referral-updated',
        "'referral'",
        'api.partnercenter.microsoft.com',
        "'https://'",
      ]) {
        expect(condition).toContain(part);
      }
    }
    const forged = [
      { EventName: 'subscription-updated' },
      { ResourceName: 'subscription' },
      { ResourceUri: `https://evil.example.com/engagements/v1/referrals/${id}` },
      { ResourceUri: `http://api.partnercenter.microsoft.com/engagements/v1/referrals/${id}` },
      { ResourceUri: 'https://api.partnercenter.microsoft.com/engagements/v1/referrals/..%2F..%2Fadmin' },
    ];
    for (const over of forged) {
      expect(statusOf({ ...genuine, ...over }), JSON.stringify(over)).toBe(400);
      expect(['referral', 'related'], JSON.stringify(over)).not.toContain(routeOf({ ...genuine, ...over }));
    }
  });

  it('never calls the ResourceUri: no connector call, and the helpers get only the parsed id', () => {
    const f = flow('partner-center-to-dynamics.flow.ts');
    expect(f.ofType('OpenApiConnection')).toEqual([]);
    const uri = `https://api.partnercenter.microsoft.com/engagements/v1/referrals/${id}?x=1#y`;
    for (const a of f.ofType('Workflow')) {
      expect(Object.keys(a.json.inputs.body), a.path).toEqual(['text']);
      expect(on(a.json.inputs.body, { ...genuine, ResourceUri: uri }), a.path).toEqual({ text: id });
    }
    const helpers = ['partner-center-to-dynamics-helper.flow.ts', 'microsoft-cosell-referral-updates.flow.ts'];
    for (const h of helpers) {
      for (const a of flow(h).ofType('OpenApiConnection'))
        expect(textOf(a.json.inputs.parameters)).not.toContain('ResourceUri');
    }
  });
});

describe('g. Dynamics 365 to Partner Center', () => {
  const g = () => flow('dynamics-to-partner-center.flow.ts');

  it('watches the synced columns of shared opportunities, the deal value column by its environment variable', () => {
    expect(params(g())).toMatchObject({
      'subscriptionRequest/message': 3,
      'subscriptionRequest/entityname': 'opportunity',
      'subscriptionRequest/filteringattributes':
        "@{parameters('Deal Value Column (cosell_dealvaluecolumn)')},estimatedclosedate,description,statecode,statuscode,cosell_microsofthelp,cosell_referralvisibility",
      'subscriptionRequest/filterexpression':
        'cosell_syncwithpartnercenter eq true and cosell_referralidentifier ne null',
    });
  });

  it('ignores the sync identity own writes, and does not watch the columns it writes back', () => {
    const condition = textOf(g().trigger.conditions);
    expect(condition).toContain("triggerOutputs()?['body/_modifiedby_value']");
    expect(condition).toContain(SYNC_USER);
    const watched = params(g())['subscriptionRequest/filteringattributes'];
    expect(watched).not.toContain('cosell_audit');
    expect(watched).not.toMatch(/(^|,)name(,|$)/);
  });

  it('patches with If-Match, and on failure reads the referral again and retries', () => {
    expect(g().action('Patch_referral').json.inputs.parameters).toMatchObject({
      'If-Match': "@body('Get_referral')?['eTag']",
      Prefer: 'return=representation',
    });
    expect(g().action('Read_the_referral_again_and_retry').json.runAfter).toEqual({
      Update_the_referral: ['Failed', 'TimedOut'],
    });
    expect(g().action('Patch_referral_again').json.inputs.parameters['If-Match']).toBe(
      "@body('Get_referral_again')?['eTag']",
    );
  });

  it('writes only when the referral differs, after a successful patch, recording the new version', () => {
    const check = g().action('Is_there_a_difference_with_the_referral');
    expect(check.json.else.actions).toEqual({});
    expect(g().action('Record_the_update').path).toBe(
      'Synchronize_the_opportunity/Is_there_a_difference_with_the_referral/Update_the_referral/Record_the_update',
    );
    expect(g().action('Record_the_update').json.runAfter).toEqual({ Patch_referral: ['Succeeded'] });
    expect(g().action('Record_the_update').json.inputs.parameters['item/cosell_audit']).toContain(
      "body('Patch_referral')?['eTag']",
    );
  });
});

describe('h. Dynamics 365 Opportunity to Partner Center', () => {
  it('fires on opportunities set to sync without a referral, one at a time, and runs the create flow', () => {
    const h = flow('dynamics-opportunity-to-partner-center.flow.ts');
    expect(params(h)).toMatchObject({
      'subscriptionRequest/message': 4,
      'subscriptionRequest/filterexpression':
        'cosell_syncwithpartnercenter eq true and cosell_referralidentifier eq null',
    });
    expect(params(h)['subscriptionRequest/filteringattributes']).toContain('cosell_syncwithpartnercenter');
    expect(textOf(h.trigger.conditions)).toContain(SYNC_USER);
    expect(h.trigger.runtimeConfiguration.concurrency.runs).toBe(1);
    expect(h.ofType('Workflow')[0]!.json.inputs.host.workflowReferenceName).toBe(
      flow('create-cosell-referral.flow.ts').workflowId,
    );
  });
});

describe('c. Create Co-sell Referral', () => {
  it('checks the rules before any Partner Center call and records a refusal with a cross', () => {
    const c = flow('create-cosell-referral.flow.ts');
    const ready = c.action('Is_the_opportunity_ready_to_share').json;
    expect(textOf(ready.expression)).toContain('two-letter ISO 3166 code');
    expect(Object.keys(ready.actions)).toEqual([
      'Create_referral',
      'Write_back_the_referral',
      'Is_it_a_co-sell_deal',
      'Created',
    ]);
    expect(textOf(ready.else)).not.toContain('CreateReferral');
    expect(textOf(ready.else)).toContain('✖');
    expect(c.action('Write_back_the_referral').json.inputs.parameters).toHaveProperty('item/cosell_referralidentifier');
  });
});

describe('i. Dynamics 365 Microsoft Solutions to Partner Center', () => {
  it('fires on solution rows added or deleted and patches details.requirements.solutions', () => {
    const i = flow('dynamics-solutions-to-partner-center.flow.ts');
    expect(params(i)).toMatchObject({
      'subscriptionRequest/message': 5,
      'subscriptionRequest/entityname': 'cosell_partnercentersolution',
    });
    expect(textOf(i.action('Patch_referral_solutions').json.inputs.parameters.body)).toContain(
      '/details/requirements/solutions',
    );
  });
});

describe('j. Reconciliation', () => {
  it('runs hourly, one run at a time, one referral at a time, and moves its watermark last', () => {
    const j = flow('partner-center-reconciliation.flow.ts');
    expect(j.trigger).toMatchObject({ type: 'Recurrence', recurrence: { frequency: 'Hour', interval: 1 } });
    expect(j.trigger.runtimeConfiguration.concurrency.runs).toBe(1);
    expect(j.action('Synchronize_each_referral').json.runtimeConfiguration.concurrency.repetitions).toBe(1);
    expect(j.action('Move_the_watermark').json.runAfter).toEqual({ Synchronize_each_referral: ['Succeeded'] });
    expect(textOf(j.action('List_the_referrals_updated_since_the_watermark').json.inputs.parameters)).toContain(
      'updatedDateTime ge',
    );
  });
});

describe('a. Webhook registration', () => {
  it('is an instant flow with the endpoint, the events and the overwrite choice', () => {
    const a = flow('partner-center-webhook-registration.flow.ts');
    expect(a.trigger).toMatchObject({ type: 'Request', kind: 'Button' });
    const props = a.trigger.inputs.schema.properties;
    expect(Object.values(props).map((p: any) => p.title)).toEqual([
      'HTTP trigger endpoint',
      'Events to register',
      'Overwrite the existing trigger endpoint if any?',
    ]);
    const cases = Object.keys(a.action('Register,_update_or_refuse').json.cases);
    expect(cases).toEqual(['Case_register', 'Case_update', 'Case_overwrite', 'Case_refuse', 'Case_invalid']);
  });
});

describe('b. [Customize] Create or Get Details', () => {
  it('writes the deal value and the country to the columns their environment variables name', () => {
    const b = flow('create-or-get-details-from-dynamics.flow.ts');
    expect(b.action('Create_a_new_opportunity').json.inputs.parameters.item).toContain(
      "parameters('Deal Value Column (cosell_dealvaluecolumn)')",
    );
    expect(b.action('Create_the_customer_account').json.inputs.parameters.item).toContain(
      "parameters('Country Code Column (cosell_countrycodecolumn)')",
    );
  });

  it('finds accounts by escaped company name and postal code, and contacts by e-mail', () => {
    const b = flow('create-or-get-details-from-dynamics.flow.ts');
    expect(b.action('Find_the_customer_account').json.inputs.parameters.$filter).toContain(
      "replace(coalesce(json(triggerBody()?['text'])?['customerProfile']?['name'], ''), '''', '''''')",
    );
    expect(b.action('Find_the_contact').json.inputs.parameters.$filter).toContain('emailaddress1 eq');
  });
});
