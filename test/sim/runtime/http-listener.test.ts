// Real HTTP through the loopback listener: the project's own compiled flow and a real exported flow.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileAll, loadFlows } from '../../../src/compile/build';
import { workflowFileName } from '../../../src/compile/file-names';
import type { ConnectorAdapter, ConnectorRequest, HttpClient, ServiceResponse } from '../../../src/sim/contracts';
import { Simulator } from '../../../src/sim/runtime';
import { loadSolutionConfig } from '../../../src/solution/config';
import partnerCenterToDynamics from '../../../flows-src/partner-center-to-dynamics.flow';
import { action, compose, workflow } from './helpers';

const root = resolve(__dirname, '../../..');
const shared = resolve(__dirname, '../../../../shared');
const pnpDir = join(shared, 'flow-examples/dataverse-connector/pnp-powerplatform-samples');

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('the project’s Partner Center webhook flow over loopback HTTP', async () => {
  // The receiver calls child flows, so it compiles with the project's flows, as `cosell build` compiles it.
  const project = loadSolutionConfig(join(root, 'solution-template', 'solution.yaml'));
  const loaded = await loadFlows(join(root, 'flows-src'), root);
  const { compiled, problems } = compileAll(loaded.flows, project);
  if (loaded.problems.length || problems.length) throw new Error([...loaded.problems, ...problems].map((p) => p.message).join('\n'));
  const name = partnerCenterToDynamics.displayName;
  const helperName = 'Partner Center to Dynamics 365 - Helper';
  const settings = Object.fromEntries(
    project.environmentVariables.filter((e) => e.defaultValue !== undefined).map((e) => [e.schemaName, e.defaultValue]),
  );
  const event = (resourceUri: string) => ({
    EventName: 'referral-created',
    ResourceUri: resourceUri,
    ResourceName: 'Referral',
    AuditUri: 'https://api.partner.microsoft.com/v1.0/engagements/referrals/audit',
    ResourceChangeUtcDate: '2025-05-01T10:00:00Z',
  });

  /**
   * Every connector of solution.yaml and the Http action reach a recorder instead of a service: no double is
   * wired here (test/scenarios run the receiver against them), so the children's calls fail, after the answer.
   */
  let outbound: string[] = [];
  const notWired = (what: string): ServiceResponse => ({
    statusCode: 400,
    headers: {},
    body: { error: { code: 'NotWired', message: `${what}: no service is wired in this test` } },
  });
  const recorder = (api: string): ConnectorAdapter => ({
    invoke: async (r: ConnectorRequest) => (outbound.push(`${api} ${r.operationId}`), notWired(api)),
  });
  const http: HttpClient = { request: async (method, uri) => (outbound.push(`http ${method} ${uri}`), notWired(uri)) };

  async function start() {
    outbound = [];
    sim = new Simulator({
      adapters: Object.fromEntries(project.connectionReferences.map((r) => [r.connector, recorder(r.connector)])),
      http,
      settings,
    });
    for (const c of compiled) {
      sim.load(c.clientdata, { name: c.flow.displayName, file: `Workflows/${workflowFileName(c.flow.displayName, c.workflowId)}` });
    }
    expect(sim.flows.map((f) => f.name)).toEqual(expect.arrayContaining([name, helperName]));
    await sim.listen();
    return sim.callbackUrl(name);
  }

  it('answers 200 to a genuine referral-created event (allow-listed https host, GUID id), then calls the helper', async () => {
    const url = await start();
    const id = '5bd1a6ea-3bb0-4a1c-9d3e-6a8f2c1d0e4b';
    const res = await post(url, event(`https://api.partner.microsoft.com/v1.0/engagements/referrals/${id}`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ referralId: id, eventName: 'referral-created' });
    await sim!.idle();
    const receiver = sim!.runs.find((r) => r.flow === name)!;
    // The answer is the receiver's first action; only then does the Switch hand the id to the helper.
    expect(receiver.actions.map((a) => a.path)).toEqual([
      'Answer_Partner_Center',
      'Route_by_event',
      'Route_by_event/Case_referral/Synchronize_the_referral',
      'Route_by_event/Case_referral/Referral_not_synchronized',
    ]);
    expect(action(receiver, 'Answer_Partner_Center').status).toBe('Succeeded');
    expect(action(receiver, 'Route_by_event/Case_referral/Synchronize_the_referral').inputs).toMatchObject({ body: { text: id } });
    // Having answered, the receiver handed the referral id to the helper, whose calls reached the recorder (so
    // the forged event's empty log below means something) and failed there: that is not this test's concern.
    const helper = sim!.runs.find((r) => r.flow === helperName);
    expect(Object.values((helper?.trigger.outputs as { body: Record<string, unknown> }).body)).toContain(id);
    expect(outbound).toContainEqual(expect.stringMatching(/ GetReferralById$/));
  });

  it('answers 400 to a forged event (another host, a resource id that is not a GUID) and calls nothing', async () => {
    const url = await start();
    const res = await post(url, event('https://evil.example.com/referrals/../../admin'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Not a Partner Center referral event.' });
    await sim!.idle();
    expect(sim!.runs.map((r) => [r.flow, r.status])).toEqual([[name, 'Succeeded']]);
    // It answered, and the route matched no case: nothing but the answer and the Switch ran.
    expect(sim!.runs[0]!.actions.map((a) => [a.path, a.status])).toEqual([
      ['Answer_Partner_Center', 'Succeeded'],
      ['Route_by_event', 'Succeeded'],
    ]);
    expect(outbound).toEqual([]);
  });

  it('refuses a wrong signature (401) and a wrong method (405)', async () => {
    const url = await start();
    expect((await post(url.replace(/sig=[^&]+/, 'sig=forged'), {})).status).toBe(401);
    expect((await fetch(url, { method: 'GET' })).status).toBe(405);
    expect(sim!.runs).toHaveLength(0);
  });

  it('runs the same flow read from dist/solution when it is built', async (ctx) => {
    const dir = join(root, 'dist', 'solution');
    if (!existsSync(join(dir, 'Workflows')) || !readdirSync(join(dir, 'Workflows')).some((f) => f.startsWith('PartnerCentertoDynamics365-'))) {
      ctx.skip();
    }
    sim = new Simulator();
    const flows = await sim.loadSolution(dir);
    expect(flows.map((f) => f.name)).toContain(name);
    await sim.listen();
    const res = await post(sim.callbackUrl(name), event('https://api.partner.microsoft.com/v1.0/engagements/referrals/not-a-guid'));
    expect(res.status).toBe(400);
  });
});

describe('plain HTTP behaviour', () => {
  it('passes headers, query parameters and the JSON body to the trigger; answers 202 without a Response', async () => {
    sim = new Simulator();
    sim.load(workflow({ Echo: compose("@triggerOutputs()?['queries']?['who']"), Url: compose('@listCallbackUrl()') }), { name: 'Test' });
    await sim.listen();
    const res = await post(`${sim.callbackUrl('Test')}&who=ada`, { a: 1 });
    expect(res.status).toBe(202);
    await sim.idle();
    const run = sim.runs[0]!;
    expect(action(run, 'Echo').outputs).toBe('ada');
    expect(action(run, 'Url').outputs).toBe(sim.callbackUrl('Test'));
    expect(run.trigger.outputs).toMatchObject({ body: { a: 1 }, headers: { 'content-type': 'application/json' } });
  });
});

describe.skipIf(!existsSync(pnpDir))('a real exported flow: pnp "always reply to HTTP request"', () => {
  it('its Scope divides by zero and fails, the error Response answers 500, and Terminate fails the run', async () => {
    const file = readdirSync(pnpDir).find((f) => f.endsWith('.json'))!;
    sim = new Simulator();
    const flow = sim.load(JSON.parse(readFileSync(join(pnpDir, file), 'utf8')), { file: `Workflows/${file}` });
    expect(flow.name).toBe('PatternAlwaysreplytoHTTPrequest');
    await sim.listen();
    const res = await fetch(sim.callbackUrl(flow.name));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('InvalidTemplate');
    expect(body.message).toMatch(/action 'Actual_Work'.*'div' expects its second parameter to be a non-zero number/);
    await sim.idle();
    const run = sim.runs[0]!;
    expect(run.actions.map((a) => [a.path, a.status])).toEqual([
      ['Scope', 'Failed'],
      ['Scope/Actual_Work', 'Failed'],
      ['Response_OK', 'Skipped'],
      ['Response_Error', 'Succeeded'],
      ['Terminate_with_Failed', 'Succeeded'],
    ]);
    expect(run.status).toBe('Failed');
    expect(run.error).toEqual({ code: '500', message: 'An error has occured' });
  });
});
