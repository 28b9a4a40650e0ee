// `cosell deploy` end to end against the deployment double over loopback HTTP, on the zips `cosell build` writes:
// import, values, bindings, flows on in order, the trigger URL; and the failures (import, missing connection,
// layering, sign-in) with their messages and the flow report.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeployError, FLOW_ORDER, readDeployableSolution } from '../../src/deploy';
import { environmentVariableDefinitionId } from '../../src/sim/dataverse';
import { FULL_SETTINGS, builtZips, deployTo, patchedWorkflows, startDouble, writeSettings } from './helpers';

let zips: { unmanaged: string; managed: string };
let idOf: (name: string) => string;

beforeAll(async () => {
  zips = await builtZips();
  const solution = await readDeployableSolution(zips.unmanaged);
  idOf = (name) => solution.flows.find((f) => f.name === name)!.id;
}, 120_000);

describe('cosell deploy: end to end', () => {
  it('imports, sets values, binds references, turns the flows on a..j in order and prints the trigger URL', async () => {
    const double = await startDouble();
    const run = await deployTo(double, { zip: zips.unmanaged, settings: writeSettings(FULL_SETTINGS) });

    expect(run.ok).toBe(true);
    expect(run.failures).toEqual([]);
    expect(run.importedWith).toBe('ImportSolutionAsync');
    const [imported] = double.importRequests();
    expect(imported).toMatchObject({
      action: 'ImportSolutionAsync',
      publishWorkflows: false,
      overwriteUnmanagedCustomizations: false,
      solution: { uniqueName: 'PartnerCenterReferralsSync', version: '1.0.0.0', managed: false },
    });
    // The job was polled until it completed: two "in progress" answers, then Succeeded.
    expect(double.requests.filter((r) => r.method === 'GET' && r.path.includes('asyncoperations(')).length).toBe(3);

    // Flows on in the canonical order, each PATCHed once, in that order.
    expect(double.activated()).toEqual([...FLOW_ORDER]);
    expect(patchedWorkflows(double)).toEqual(FLOW_ORDER.map(idOf));
    expect(double.dataverse.rows('workflows').every((w) => w.statecode === 1 && w.statuscode === 2)).toBe(true);
    expect(run.flows.map((f) => [f.name, f.state, f.change])).toEqual(FLOW_ORDER.map((n) => [n, 'on', 'turned on']));

    // Values: set ones created against their definitions, the empty one left alone.
    const values = double.dataverse.rows('environmentvariablevalues');
    expect(values.map((v) => [v.schemaname, v.value, v._environmentvariabledefinitionid_value]).sort()).toEqual([
      ['cosell_dealvaluecolumn', 'cosell_dealvalue', environmentVariableDefinitionId('cosell_dealvaluecolumn')],
      ['cosell_showcheckmark', 'no', environmentVariableDefinitionId('cosell_showcheckmark')],
    ]);
    expect(run.output).toContain('left empty, not set: cosell_syncuserid');

    // Bindings.
    const bound = Object.fromEntries(double.dataverse.rows('connectionreferences').map((r) => [r.connectionreferencelogicalname, r.connectionid]));
    expect(bound).toEqual({ cosell_Dataverse: 'conn-dataverse', cosell_PartnerCenterEvents: 'conn-events', cosell_PartnerCenterReferrals: 'conn-referrals' });

    // The receiver's URL from the flow API, and the registration as the next step.
    expect(run.triggerUrl).toMatch(/^https:\/\/prod-00\.westus\.logic\.azure\.com:443\/workflows\/[0-9a-f]{32}\/triggers\/manual\/paths\/invoke\?api-version=2016-06-01&sp=/);
    expect(run.output).toContain(run.triggerUrl);
    expect(run.output).toContain('Next step: run "Partner Center Webhook Registration" once with that URL');
    const callback = double.requests.find((r) => r.path.includes('listCallbackUrl'))!;
    expect(callback.path).toBe(
      `/providers/Microsoft.ProcessSimple/environments/${double.organization.environmentId}/flows/${idOf('Partner Center to Dynamics 365')}/triggers/manual/listCallbackUrl?api-version=2016-11-01`,
    );
    // Progress for every step, and the final table.
    for (let i = 1; i <= 9; i++) expect(run.output).toContain(`[${i}/9] `);
    expect(run.output).toContain('10 of 10 on');
    expect(run.output).toContain('Result: deployed PartnerCenterReferralsSync 1.0.0.0; all 10 flows are on.');
  });

  it('a second run changes nothing: values and bindings unchanged, flows already on, no PATCH of a flow', async () => {
    const double = await startDouble();
    const settings = writeSettings(FULL_SETTINGS);
    expect((await deployTo(double, { zip: zips.unmanaged, settings })).ok).toBe(true);
    const before = double.requests.length;
    const again = await deployTo(double, { zip: zips.unmanaged, settings });
    expect(again.ok).toBe(true);
    const second = double.requests.slice(before);
    expect(second.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(second.filter((r) => r.method === 'POST').map((r) => r.path.split('?')[0])).toEqual([
      '/api/data/v9.2/ImportSolutionAsync',
      expect.stringContaining('/listCallbackUrl'),
    ]);
    expect(again.output).toContain('installed (unmanaged 1.0.0.0): the same version is imported again as an update');
    expect(again.output).toContain('cosell_showcheckmark: unchanged');
    expect(again.output).toContain('cosell_Dataverse: unchanged (conn-dataverse)');
    expect(again.flows.every((f) => f.state === 'on' && f.change === 'already on')).toBe(true);
  });

  it('deploys the managed zip, reading the flows and their order from it', async () => {
    const double = await startDouble();
    const run = await deployTo(double, { zip: zips.managed, managed: true, settings: writeSettings(FULL_SETTINGS) });
    expect(run.ok).toBe(true);
    expect(double.importRequests()[0]!.solution).toMatchObject({ managed: true });
    expect(double.activated()).toEqual([...FLOW_ORDER]);
    expect(double.dataverse.rows('solutions')[0]).toMatchObject({ uniquename: 'PartnerCenterReferralsSync', ismanaged: true });
  });
});

describe('cosell deploy: failures', () => {
  it('refuses the unpacked tree and a file that is not a zip, saying which zip to pass', async () => {
    const tree = join(dirname(zips.unmanaged), 'solution');
    await expect(readDeployableSolution(tree)).rejects.toMatchObject({
      message: `${tree} is not a packed solution zip (no solution.xml at its root)`,
      next: ['Pass the .zip that `npx cosell build` wrote, not the unpacked dist/solution folder.'],
    });
    const notZip = join(mkdtempSync(join(tmpdir(), 'cosell-deploy-notzip-')), 'solution.zip');
    writeFileSync(notZip, 'not a zip');
    await expect(readDeployableSolution(notZip)).rejects.toBeInstanceOf(DeployError);
  });

  it('a failed import says why and what to do, turns nothing on, and reports every flow off', async () => {
    const double = await startDouble();
    const cause =
      'Solution manifest import: FAILURE: The following solution cannot be imported: PartnerCenterReferralsSync. Some dependencies are missing.';
    double.failNextImport(cause);
    const run = await deployTo(double, { zip: zips.unmanaged, settings: writeSettings(FULL_SETTINGS) });

    expect(run.ok).toBe(false);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]!.message).toBe(`the import failed: ${cause}`);
    expect(run.failures[0]!.next.join(' ')).toMatch(/See history \(import job [0-9a-f-]{36}, system job [0-9a-f-]{36}\)/);
    expect(run.output).toContain(`✗ the import failed: ${cause}`);
    expect(run.output).toContain('What to do next:');
    // Nothing after the import ran: no value, no binding, no flow.
    expect(double.requests.filter((r) => r.method === 'PATCH' || (r.method === 'POST' && !r.path.includes('ImportSolutionAsync')))).toEqual([]);
    expect(double.activationAttempts()).toEqual([]);
    expect(run.flows.map((f) => f.state)).toEqual(FLOW_ORDER.map(() => 'not imported'));
    expect(run.output).toContain('0 of 10 on; off: "Partner Center Webhook Registration", ');
    expect(run.output).toMatch(/Result: FAILED \(1 problem\): the import failed/);
  });

  it('a missing connection names the reference and its connector; flows before the first that needs it go on, the rest stay off', async () => {
    const double = await startDouble();
    const settings = writeSettings({
      EnvironmentVariables: [],
      ConnectionReferences: [
        { LogicalName: 'cosell_Dataverse', ConnectionId: '', ConnectorId: '' },
        { LogicalName: 'cosell_PartnerCenterEvents', ConnectionId: 'conn-events', ConnectorId: '' },
        { LogicalName: 'cosell_PartnerCenterReferrals', ConnectionId: 'conn-referrals', ConnectorId: '' },
      ],
    });
    const run = await deployTo(double, { zip: zips.unmanaged, settings });

    expect(run.ok).toBe(false);
    const [missing, activation] = run.failures;
    expect(missing!.message).toMatch(/^missing connection: 1 connection reference\(s\) have no connection/);
    expect(missing!.message).toContain('cosell_Dataverse ("Partner Center Referrals Sync | Microsoft Dataverse", connector shared_commondataserviceforapps)');
    expect(missing!.next.join('\n')).toContain('make.powerapps.com (this environment) → Connections → + New connection');
    expect(missing!.next.join('\n')).toContain(`into ConnectionId of that reference in the settings file ${settings}`);
    // Dataverse itself refused the flow that needs it (the double's realistic Flow client error).
    expect(double.activationAttempts().map((a) => [a.name, a.ok])).toEqual([
      ['Partner Center Webhook Registration', true],
      ['[Customize] Create or Get Details from Dynamics 365', false],
    ]);
    expect(double.activationAttempts()[1]!.error).toContain('XrmConnectionReferenceMissingConnection');
    expect(activation!.message).toContain(`"[Customize] Create or Get Details from Dynamics 365" could not be turned on: Flow client error returned with status code "BadRequest"`);
    expect(activation!.next[0]).toContain('Give cosell_Dataverse a connection');
    // Exactly which flows are on and off.
    expect(run.flows.map((f) => [f.name, f.state])).toEqual(FLOW_ORDER.map((n, i) => [n, i === 0 ? 'on' : 'off']));
    expect(run.flows[1]).toMatchObject({ change: 'failed' });
    expect(run.output).toContain('1 of 10 on; off: "[Customize] Create or Get Details from Dynamics 365", ');
    expect(run.output).toContain('– skipped: "Partner Center to Dynamics 365" and "Partner Center Webhook Registration" must both be on first');
    expect(patchedWorkflows(double)).toEqual([idOf(FLOW_ORDER[0]), idOf(FLOW_ORDER[1])]);
  });

  it('without a settings file every reference must already be bound: none is, so the first flow is refused', async () => {
    const double = await startDouble();
    const run = await deployTo(double, { zip: zips.unmanaged });
    expect(run.ok).toBe(false);
    expect(run.output).toContain('– skipped: no --settings: no environment variable value is set');
    expect(run.failures[0]!.message).toMatch(/^missing connection: 3 connection reference\(s\)/);
    expect(run.failures[0]!.next.join('\n')).toContain('passed with --settings');
    expect(run.flows.every((f) => f.state === 'off')).toBe(true);
    expect(double.activationAttempts()).toEqual([
      expect.objectContaining({ name: 'Partner Center Webhook Registration', ok: false, error: expect.stringContaining("logical name 'cosell_PartnerCenterEvents'") }),
    ]);
  });

  it('references bound earlier in the environment count as bound when the settings file leaves them empty', async () => {
    const double = await startDouble();
    const first = await deployTo(double, { zip: zips.unmanaged });
    expect(first.ok).toBe(false);
    for (const [ref, id] of [['cosell_Dataverse', 'a'], ['cosell_PartnerCenterEvents', 'b'], ['cosell_PartnerCenterReferrals', 'c']] as const) double.bind(ref, id);
    const run = await deployTo(double, { zip: zips.unmanaged });
    expect(run.ok).toBe(true);
    expect(run.output).toContain('cosell_Dataverse: already bound (a)');
    expect(double.activated()).toEqual([...FLOW_ORDER]);
  });

  it('a managed zip over an older managed install is staged and upgraded; a downgrade and a layering change are refused before import', async () => {
    const upgrade = await startDouble();
    upgrade.install({ uniqueName: 'PartnerCenterReferralsSync', version: '0.9.0.0', managed: true });
    const run = await deployTo(upgrade, { zip: zips.managed, managed: true, settings: writeSettings(FULL_SETTINGS) });
    expect(run.ok).toBe(true);
    expect(run.importedWith).toBe('StageAndUpgradeAsync');
    expect(upgrade.importRequests().map((r) => r.action)).toEqual(['StageAndUpgradeAsync']);
    expect(run.output).toContain('installed (managed 0.9.0.0): upgrade to 1.0.0.0 (stage and upgrade)');
    expect(upgrade.dataverse.rows('solutions')[0]).toMatchObject({ version: '1.0.0.0' });

    const downgrade = await startDouble();
    downgrade.install({ uniqueName: 'PartnerCenterReferralsSync', version: '2.0.0.0', managed: true });
    const refused = await deployTo(downgrade, { zip: zips.managed, managed: true });
    expect(refused.ok).toBe(false);
    expect(refused.failures[0]!.message).toBe("the zip's version 1.0.0.0 is lower than the installed 2.0.0.0: Dataverse refuses a managed downgrade");
    expect(refused.failures[0]!.next[0]).toContain('Raise solution.version in solution-template/solution.yaml');
    expect(downgrade.importRequests()).toEqual([]);
    expect(refused.output).toContain('(nothing was changed in the environment)');

    const layered = await startDouble();
    layered.install({ uniqueName: 'PartnerCenterReferralsSync', version: '1.0.0.0', managed: false });
    const other = await deployTo(layered, { zip: zips.managed, managed: true });
    expect(other.failures[0]!.message).toContain('is installed as an unmanaged solution (1.0.0.0); Dataverse does not replace it with a managed zip');
    expect(layered.importRequests()).toEqual([]);
  });

  it('a refused token stops the run at the first request, with nothing changed', async () => {
    const double = await startDouble();
    const run = await deployTo(double, { zip: zips.unmanaged, accessToken: 'expired' });
    expect(run.ok).toBe(false);
    expect(run.failures[0]!.message).toMatch(/answered 401: Unauthorized \(the token was refused\)/);
    expect(run.failures[0]!.next[0]).toContain('security role');
    expect(double.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('without a Power Automate API token, says where the portal shows the trigger URL', async () => {
    const double = await startDouble();
    const run = await deployTo(double, { zip: zips.unmanaged, settings: writeSettings(FULL_SETTINGS), env: {} });
    expect(run.ok).toBe(true);
    expect(run.triggerUrl).toBeUndefined();
    expect(run.output).toContain('the URL could not be read: no token for the Power Automate API');
    const solutionId = double.dataverse.rows('solutions')[0]!.solutionid;
    expect(run.output).toContain(
      `https://make.powerautomate.com/environments/${double.organization.environmentId}/solutions/${solutionId}/flows/${idOf('Partner Center to Dynamics 365')}/details`,
    );
    expect(run.output).toContain('Next step: run "Partner Center Webhook Registration" once with the receiver\'s URL');
  });

  it('a settings file naming a variable the zip does not have stops the run before any request', async () => {
    const double = await startDouble();
    const settings = writeSettings({ EnvironmentVariables: [{ SchemaName: 'cosell_dealvalue', Value: 'x' }], ConnectionReferences: [] });
    const run = await deployTo(double, { zip: zips.unmanaged, settings });
    expect(run.ok).toBe(false);
    expect(run.output).toContain(`${settings}:4: EnvironmentVariables[0]: 'cosell_dealvalue' is not an environment variable of PartnerCenterReferralsSync`);
    expect(run.output).toContain('[2/9] Read the settings file');
    expect(run.output).not.toContain('[3/9]');
    expect(double.requests).toEqual([]);
  });

  it('sign-in settings that are missing fail before any request, saying what to set up', async () => {
    const double = await startDouble();
    const device = await deployTo(double, { zip: zips.unmanaged, accessToken: undefined, auth: 'device-code', env: {} });
    expect(device.ok).toBe(false);
    expect(device.output).toContain('✗ device code sign-in needs the client id of an app registration (--client-id or COSELL_CLIENT_ID)');
    expect(device.output).toContain('"Allow public client flows" = Yes');
    const secret = await deployTo(double, { zip: zips.unmanaged, accessToken: undefined, env: { COSELL_CLIENT_ID: 'app', COSELL_CLIENT_SECRET: 's' } });
    expect(secret.output).toContain('✗ client credentials sign-in needs COSELL_TENANT_ID (or --tenant-id)');
    expect(secret.flows.map((f) => f.state)).toEqual(FLOW_ORDER.map(() => 'unknown'));
    expect(secret.output).toContain('(nothing was changed in the environment)');
    const plain = await deployTo(double, { zip: zips.unmanaged, environment: 'http://contoso.crm.dynamics.com' });
    expect(plain.output).toContain('✗ --environment must be an https URL (got http://contoso.crm.dynamics.com)');
    expect(double.requests).toEqual([]);
  });

  it('a long import shows its status every 30 s', async () => {
    const double = await startDouble({ pollsBeforeDone: 13 });
    const run = await deployTo(double, { zip: zips.unmanaged, settings: writeSettings(FULL_SETTINGS), pollIntervalMs: 5000 });
    expect(run.ok).toBe(true);
    expect(run.output).toContain('      import in progress\n      import in progress (30 s)\n      import in progress (60 s)\n      import succeeded');
  });
});
