// Every rule against its fixtures: the good workflow has none of its findings, the bad one exactly the expected ones.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint';
import { lintFixture } from './helpers';

/** Per rule: the [action path, message] of each finding the bad fixture must produce, and nothing else. */
const EXPECTED: Record<string, Array<[string | undefined, RegExp]>> = {
  'run-after': [
    ['Dangling', /runs after 'Not_an_action', which does not exist/],
    ['Orphan', /unreachable/],
    ['Ping', /cycle: Ping -> Pong -> Ping/],
  ],
  'unique-names': [['Twice', /'Twice' is used 2 times \(Outer\/Twice, Twice\)/]],
  'variable-init': [
    ['Initialize_Count_again', /variable 'Count' is already initialized by 'Initialize_count'/],
    ['Work/Initialize_inside', /must be at the top level/],
  ],
  expression: [
    ['Arity', /'length' .* expects exactly 1 parameter .* invoked with 0/],
    ['Unclosed', /Unable to parse/],
    ['Unknown', /'nosuchfunction' .* is not defined/],
  ],
  'connection-declared': [['List_accounts', /connection 'shared_undeclared' is not declared/]],
  'external-call-no-retry': [
    ['Call_without_retry', /Http call 'Call_without_retry' never retries \(retryPolicy none\)/],
    ['Run_child', /Workflow call 'Run_child' never retries \(retryPolicy fixed, count 0\)/],
  ],
  'external-call-no-error-path': [
    ['Get_status', /Http call 'Get_status' has no error path/],
    ['Loop/Post_item', /Http call 'Post_item' has no error path/],
  ],
  'catch-swallows-failure': [
    ['Catch', /'Catch' runs when 'Try' failed but swallows the failure/],
    ['Respond_ok', /'Respond_ok' runs when 'Try' failed/],
    ['Stop_quietly', /'Stop_quietly' runs when 'Try' failed/],
  ],
  'until-without-limits': [
    ['Count_only', /no timeout limit/],
    ['No_limit', /no count or timeout limit/],
  ],
  'variable-in-concurrent-foreach': [
    ['Parallel/Add', /IncrementVariable 'Add' updates variable 'total' inside 'Parallel', which runs 20 iterations at once/],
    ['Parallel/Inner/Remember', /SetVariable 'Remember' updates variable 'last' inside 'Parallel'/],
  ],
  'dataverse-trigger-unfiltered': [['triggers/When_a_row_changes', /on 'opportunity' fires on every update of any column \(message 4\)/]],
  'self-update-loop': [['Rename', /updates 'opportunities', the table whose updates trigger this flow, in its filtering attributes \(name\)/]],
  'bidirectional-sync-loop': [
    [
      'Update_referral',
      /DynamicsToPartnerCenter -> PartnerCenterToDynamics -> DynamicsToPartnerCenter: .*'Update_referral' writes shared_cosell-5fpartnercenterref.*'Run_upsert_child' \(a child flow\) writes opportunities \(name\)/,
    ],
  ],
  'hardcoded-environment-value': [
    ['Call', /hard-coded URL 'https:\/\/api\.contoso\.com\/v1\/orders'/],
    ['Link', /hard-coded URL 'https:\/\/contoso\.crm\.dynamics\.com/],
    ['List_mine', /hard-coded GUID '6f1d3c1e-2b4a-4e8b-9c1d-0a1b2c3d4e5f'/],
  ],
  'secret-literal': [
    ['Call', /'password' holds a literal credential/],
    ['Call', /'x-api-key' holds a literal credential/],
    ['Token', /looks like a JSON web token/],
    ['parameters/Service password', /secure parameter 'Service password' has a literal default/],
  ],
  'secure-data-missing': [
    ['Call', /carries a credential \(it authenticates with ActiveDirectoryOAuth\) but its inputs are not secured/],
    ['Get_secret', /returns a secret \(it reads a secret environment variable/],
    ['Remember', /uses the secret that 'Get_secret' reads/],
  ],
  'embedded-connection': [
    ['Query_sql', /binds its connection through the \$connections parameter/],
    ['connectionReferences/shared_commondataserviceforapps', /runtimeSource 'invoker'/],
    ['connectionReferences/shared_office365', /is embedded \(connection.name 'shared-office365-5f1c2a'\)/],
  ],
  suppression: [
    ['Call_once', /gives no reason/],
    ['Garbled', /malformed directive/],
    ['Note', /unknown rule 'no-such-rule'/],
    ['Stale', /'until-without-limits' finds nothing here/],
  ],
};

const key = (f: { path?: string; message: string }) => `${f.path ?? ''}\u0000${f.message}`;
/** Code-unit order (upper case first), as in EXPECTED. */
const byPath = (a: { path?: string; message: string }, b: { path?: string; message: string }) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

describe('lint rules', () => {
  it('every rule has expectations, and every expectation a rule', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('rule ids are unique kebab-case, and every rule explains itself', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'note']).toContain(meta.severity);
      for (const text of [meta.description, meta.why, meta.fix]) expect(text.length).toBeGreaterThan(20);
    }
  });

  for (const { meta } of RULES) {
    it(`${meta.id}: the good fixture has no ${meta.id} finding`, async () => {
      const found = (await lintFixture(meta.id, 'good')).filter((f) => f.rule === meta.id && !f.suppressed);
      expect(found.map((f) => `${f.path}: ${f.message}`)).toEqual([]);
    });

    it(`${meta.id}: the bad fixture has exactly the expected findings`, async () => {
      const found = (await lintFixture(meta.id, 'bad')).filter((f) => f.rule === meta.id).sort(byPath);
      const expected = EXPECTED[meta.id]!;
      expect(found.map((f) => f.path)).toEqual(expected.map(([path]) => path));
      found.forEach((f, i) => expect(f.message).toMatch(expected[i]![1]));
      for (const f of found) expect(f.severity).toBe(f.message.includes('finds nothing here') ? 'warning' : meta.severity);
    });
  }
});
