// The deployment endpoints of the Dataverse double over HTTP: an import's system job moving from in progress to
// completed, what a completed import writes, Dataverse's refusals when a flow is turned on too early, the Power
// Automate API's listCallbackUrl, RetrieveCurrentOrganization and the bearer token.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVALID_SOLUTION_FILE } from '../../../src/sim/dataverse/deployment';
import { TOKEN, builtZips, startDouble } from '../../deploy/helpers';

let zip: string;
beforeAll(async () => {
  zip = (await builtZips()).unmanaged;
}, 120_000);

const NAMES = {
  registration: 'Partner Center Webhook Registration',
  customize: '[Customize] Create or Get Details from Dynamics 365',
  helper: 'Partner Center to Dynamics 365 - Helper',
  receiver: 'Partner Center to Dynamics 365',
};
type Flow = keyof typeof NAMES;

function client(url: string, token = TOKEN) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(path.startsWith('/') ? `${url}${path}` : `${url}/api/data/v9.2/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
}

const importBody = (bytes: Buffer) => ({ OverwriteUnmanagedCustomizations: false, PublishWorkflows: false, CustomizationFile: bytes.toString('base64') });

async function imported(pollsBeforeDone = 0) {
  const double = await startDouble({ pollsBeforeDone });
  const call = client(double.url);
  const started = await call('POST', 'ImportSolutionAsync', importBody(readFileSync(zip)));
  const job = await call('GET', `asyncoperations(${started.body.AsyncOperationId})`);
  const rows = double.dataverse.rows('workflows');
  const id = (flow: Flow) => rows.find((w) => w.name === NAMES[flow])!.workflowid as string;
  return { double, call, started, job, id };
}

describe('deployment double: import', () => {
  it('answers AsyncOperationId and ImportJobKey; the job is in progress for the configured polls, then succeeds', async () => {
    const double = await startDouble({ pollsBeforeDone: 2 });
    const call = client(double.url);
    const started = await call('POST', 'ImportSolutionAsync', { ...importBody(readFileSync(zip)), ImportJobId: '11111111-2222-3333-4444-555555555555' });
    expect(started.status).toBe(200);
    expect(started.body).toEqual({
      '@odata.context': 'https://cosell.crm.dynamics.com/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse',
      AsyncOperationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ImportJobKey: '11111111-2222-3333-4444-555555555555',
    });
    const states = [];
    for (let i = 0; i < 4; i++) {
      const job = await call('GET', `asyncoperations(${started.body.AsyncOperationId})?$select=statecode,statuscode,message`);
      states.push([job.body.statecode, job.body.statuscode]);
    }
    expect(states).toEqual([[2, 20], [2, 20], [3, 30], [3, 30]]);
    // Only the completed import wrote the solution's rows; flows come in off, references unbound.
    expect(double.dataverse.rows('solutions')).toEqual([expect.objectContaining({ uniquename: 'PartnerCenterReferralsSync', version: '1.0.0.0', ismanaged: false })]);
    expect(double.dataverse.rows('workflows')).toHaveLength(10);
    expect(double.dataverse.rows('workflows').every((w) => w.statecode === 0 && w.statuscode === 1 && w.category === 5)).toBe(true);
    expect(double.dataverse.rows('connectionreferences').map((r) => [r.connectionreferencelogicalname, r.connectionid])).toEqual([
      ['cosell_Dataverse', null],
      ['cosell_PartnerCenterEvents', null],
      ['cosell_PartnerCenterReferrals', null],
    ]);
    expect(double.dataverse.rows('environmentvariabledefinitions').map((d) => d.schemaname)).toContain('cosell_showcheckmark');
  });

  it('a zip without its root files fails the job with Dataverse\'s message; an injected failure likewise', async () => {
    const double = await startDouble({ pollsBeforeDone: 0 });
    const call = client(double.url);
    const bad = await call('POST', 'ImportSolutionAsync', importBody(Buffer.from('not a zip')));
    const job = await call('GET', `asyncoperations(${bad.body.AsyncOperationId})`);
    expect([job.body.statecode, job.body.statuscode, job.body.message]).toEqual([3, 31, INVALID_SOLUTION_FILE]);
    double.failNextImport('Some dependencies are missing.');
    const next = await call('POST', 'StageAndUpgradeAsync', importBody(readFileSync(zip)));
    const failed = await call('GET', `asyncoperations(${next.body.AsyncOperationId})?$select=statuscode,friendlymessage`);
    expect(failed.body).toMatchObject({ statuscode: 31, friendlymessage: 'Some dependencies are missing.' });
    expect(double.dataverse.rows('workflows')).toEqual([]);
    expect(double.importRequests().map((r) => r.action)).toEqual(['ImportSolutionAsync', 'StageAndUpgradeAsync']);
  });

  it('refuses a body without its required parameters', async () => {
    const double = await startDouble();
    const r = await client(double.url)('POST', 'ImportSolutionAsync', { CustomizationFile: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("the parameter 'OverwriteUnmanagedCustomizations' is required");
  });
});

describe('deployment double: turning flows on', () => {
  it('refuses a flow whose connection reference has no connection, as Dataverse does', async () => {
    const { call, double, id } = await imported();
    const r = await call('PATCH', `workflows(${id('registration')})`, { statecode: 1, statuscode: 2 });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({
      code: '0x80060467',
      message:
        'Flow client error returned with status code "BadRequest" and details "{"error":{"code":"XrmConnectionReferenceMissingConnection","message":"Connection Id missing for connection reference logical name \'cosell_PartnerCenterEvents\'."}}".',
    });
    expect(double.dataverse.get('workflows', id('registration'))!.statecode).toBe(0);
    double.bind('cosell_PartnerCenterEvents', 'conn');
    expect((await call('PATCH', `workflows(${id('registration')})`, { statecode: 1, statuscode: 2 })).status).toBe(204);
    expect(double.dataverse.get('workflows', id('registration'))!.statecode).toBe(1);
  });

  it('refuses a parent flow before its child flow was ever turned on', async () => {
    const { call, double, id } = await imported();
    double.bind('cosell_Dataverse', 'a');
    double.bind('cosell_PartnerCenterReferrals', 'b');
    const early = await call('PATCH', `workflows(${id('helper')})`, { statecode: 1, statuscode: 2 });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain(
      `"code":"ChildFlowNeverPublished","message":"The workflow with id '${id('customize')}' cannot be used as a child workflow because it has never been published.`,
    );
    expect((await call('PATCH', `workflows(${id('customize')})`, { statecode: 1, statuscode: 2 })).status).toBe(204);
    expect((await call('PATCH', `workflows(${id('helper')})`, { statecode: 1, statuscode: 2 })).status).toBe(204);
    expect(double.activationAttempts().map((a) => [a.name, a.ok])).toEqual([
      ['Partner Center to Dynamics 365 - Helper', false],
      ['[Customize] Create or Get Details from Dynamics 365', true],
      ['Partner Center to Dynamics 365 - Helper', true],
    ]);
  });
});

describe('deployment double: organization, flow API and sign-in', () => {
  it('RetrieveCurrentOrganization gives the environment id; listCallbackUrl the receiver\'s invoke URL', async () => {
    const { call, double, id } = await imported();
    const org = await call('GET', "RetrieveCurrentOrganization(AccessType=@p1)?@p1=Microsoft.Dynamics.CRM.EndpointAccessType'Default'");
    expect(org.body.Detail).toMatchObject({ EnvironmentId: double.organization.environmentId, OrganizationId: double.organization.organizationId, State: 'Enabled' });
    const path = (env: string, flow: string, trigger = 'manual') =>
      `/providers/Microsoft.ProcessSimple/environments/${env}/flows/${flow}/triggers/${trigger}/listCallbackUrl?api-version=2016-11-01`;
    const env = double.organization.environmentId;
    const ok = await call('POST', path(env, id('receiver')));
    expect(ok.status).toBe(200);
    expect(ok.body.response).toMatchObject({ method: 'POST', queries: { 'api-version': '2016-06-01', sp: '/triggers/manual/run', sv: '1.0' } });
    expect(ok.body.response.value).toMatch(/^https:\/\/prod-00\.westus\.logic\.azure\.com:443\/workflows\/[0-9a-f]{32}\/triggers\/manual\/paths\/invoke\?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1\.0&sig=[0-9a-f]{32}$/);
    expect((await call('POST', path('other-env', id('receiver')))).body.error.code).toBe('EnvironmentAccessDenied');
    expect((await call('POST', path(env, '00000000-0000-0000-0000-000000000000'))).body.error.code).toBe('FlowNotFound');
    const reconciliation = double.dataverse.rows('workflows', "name eq 'Partner Center Referrals Reconciliation'")[0]!.workflowid as string;
    expect((await call('POST', path(env, reconciliation, 'Recurrence'))).body.error.code).toBe('TriggerTypeNotSupported');
  });

  it('answers 401 without the bearer token it was given', async () => {
    const double = await startDouble();
    const r = await client(double.url, 'wrong')('GET', 'solutions');
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer authorization_uri=https:\/\/login\.microsoftonline\.com\//);
    expect((await client(double.url)('GET', 'solutions')).body.value).toEqual([]);
  });
});
