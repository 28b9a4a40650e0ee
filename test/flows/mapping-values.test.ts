// The mapping's value conversions, evaluated by the expression engine exactly as a flow run evaluates them:
// OData literals, GUIDs, webhook checks, statuses, help codes, visibility, names, audit trail, country codes.
import { describe, expect, it } from 'vitest';
import { syncEventNames } from '../../connector/partner-center-events/webhook-payload';
import { $ } from '../../src/dsl';
import { MicrosoftHelp, ReferralVisibility } from '../../src/solution/schema/options';
import * as m from '../../flows-src/mapping';
import { ev, field, withFields } from './evaluate';

const withBody = (b: Record<string, unknown>) => withFields(b);

describe('solution row ids (cosell_solutionrowids)', () => {
  const a = '0b7a3c4e-1111-4a2b-9c3d-000000000001';
  const b = '0b7a3c4e-2222-4a2b-9c3d-000000000002';
  it('appends a row id once, to an empty or existing list', () => {
    expect(ev(m.solutionRowIdsWith(null, a))).toBe(a);
    expect(ev(m.solutionRowIdsWith(a, b))).toBe(`${a} ${b}`);
    expect(ev(m.solutionRowIdsWith(`${a} ${b}`, a))).toBe(`${a} ${b}`);
  });
  it('removes a row id wherever it stands, leaving single spaces', () => {
    expect(ev(m.solutionRowIdsWithout(`${a} ${b}`, a))).toBe(b);
    expect(ev(m.solutionRowIdsWithout(`${b} ${a} ${b}`.replace(` ${b}`, ''), a))).toBe(b);
    expect(ev(m.solutionRowIdsWithout(a, a))).toBe('');
    expect(ev(m.solutionRowIdsWithout(null, a))).toBe('');
  });
  it('finds the opportunity holding a row id with an escaped contains()', () => {
    expect(ev(m.odataContains('cosell_solutionrowids', a))).toBe(`contains(cosell_solutionrowids,'${a}')`);
    expect(ev(m.odataContains('name', "O'Brien"))).toBe("contains(name,'O''Brien')");
  });
});

describe("the referral's solutions against the opportunity's solution rows", () => {
  const solutions = [
    { id: 'SOL-A', name: 'Contoso Analytics', publisherName: 'Contoso Partner' },
    { id: "SOL-<&'B>", name: 'Odd & Co' },
  ];
  // As "List rows" returns them: ETag (an attribute in XML) and the catalogue entry's solution id.
  const row = (id: string, solutionId: string) => ({
    '@odata.etag': 'W/"1"',
    cosell_partnercentersolutionid: id,
    cosell_SolutionDetail: { cosell_solutionid: solutionId, cosell_solutiondetailid: `d-${id}` },
  });
  const rows = [row('r1', 'SOL-A'), row('r2', 'SOL-C')];
  const on = (fields: Record<string, unknown>) => withBody(fields);

  it('lists the ids of the solutions, in order, none for no solutions', () => {
    expect(ev(m.solutionIdsOf(field('s')), on({ s: solutions }))).toEqual(['SOL-A', "SOL-<&'B>"]);
    expect(ev(m.solutionIdsOf(field('s')), on({ s: [solutions[0]] }))).toEqual(['SOL-A']);
    expect(ev(m.solutionIdsOf(field('s')), on({ s: [] }))).toEqual([]);
    expect(ev(m.solutionIdsOf(field('s')), on({}))).toEqual([]);
    expect(ev(m.referralSolutionIds(field('s')), on({ s: solutions }))).toBe("SOL-A SOL-<&'B>");
    expect(ev(m.referralSolutionIds(field('s')), on({}))).toBe('');
  });

  it('compares the recorded ids with the referral ones in any order; nothing recorded matches no solution', () => {
    const same = (recorded: string | null, s: unknown) =>
      ev(m.sameSolutionIds(field('r'), field('s')), on({ r: recorded, s }));
    expect(same("SOL-<&'B> SOL-A", solutions)).toBe(true);
    expect(same('SOL-A', solutions)).toBe(false);
    expect(same("SOL-A SOL-<&'B> SOL-C", solutions)).toBe(false);
    expect(same(null, [])).toBe(true);
    expect(same(' ', null)).toBe(true);
    // After a failed run: no referral's ids, not even none, so the rows are read again.
    expect([solutions, [], null].map((s) => same(m.SOLUTION_IDS_UNKNOWN, s))).toEqual([false, false, false]);
    expect(same(null, solutions)).toBe(false);
    expect(same('SOL-A', [])).toBe(false);
  });

  it('finds the solutions to add, the rows to keep and the rows to remove', () => {
    const ctx = on({ s: solutions, rows });
    expect(ev(m.solutionIdsToAdd(field('s'), field('rows')), ctx)).toEqual(["SOL-<&'B>"]);
    expect(ev(m.rowIdsToKeep(field('s'), field('rows')), ctx)).toEqual(['r1']);
    expect(ev(m.rowIdsToRemove(field('s'), field('rows')), ctx)).toEqual(['r2']);
    const none = on({ s: [], rows: [] });
    expect(ev(m.solutionIdsToAdd(field('s'), field('rows')), none)).toEqual([]);
    expect(ev(m.rowIdsToRemove(field('s'), field('rows')), on({ s: null, rows }))).toEqual(['r1', 'r2']);
    expect(ev(m.solutionIdsToAdd(field('s'), field('rows')), on({ s: solutions, rows: [] }))).toEqual([
      'SOL-A',
      "SOL-<&'B>",
    ]);
  });

  it('looks the new solution ids up in the catalogue with escaped literals; none matches an empty list', () => {
    expect(ev(m.catalogueEntriesOf(field('ids')), on({ ids: ['SOL-A', "O'B"] }))).toBe(
      "(cosell_solutionid eq 'SOL-A' or cosell_solutionid eq 'O''B')",
    );
    expect(ev(m.catalogueEntriesOf(field('ids')), on({ ids: ['SOL-A'] }))).toBe("(cosell_solutionid eq 'SOL-A')");
    expect(ev(m.catalogueEntriesOf(field('ids')), on({ ids: [] }))).toBe('cosell_solutiondetailid eq null');
  });
});

describe('OData literals', () => {
  it('doubles quotes so a company name cannot end the literal', () => {
    expect(ev(m.odataEq('name', "O'Brien & Co"))).toBe("name eq 'O''Brien & Co'");
    expect(ev(m.odataString("it's ''quoted''"))).toBe("'it''s ''''quoted'''''");
    expect(ev(m.odataString(null))).toBe("''");
  });

  it('matches accounts on company name and postal code, or a missing postal code', () => {
    const filter = m.accountFilter(field('p'));
    expect(ev(filter, withBody({ p: { name: "O'Brien & Co", address: { postalCode: '98052' } } }))).toBe(
      "name eq 'O''Brien & Co' and address1_postalcode eq '98052'",
    );
    expect(ev(filter, withBody({ p: { name: 'Contoso', address: {} } }))).toBe(
      "name eq 'Contoso' and address1_postalcode eq null",
    );
  });
});

describe('GUIDs', () => {
  it.each([
    ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', true],
    ['3F2504E0-4F89-11D3-9A0C-0305E82C3301', true],
    ['3f2504e0-4f89-11d3-9a0c-0305e82c330g', false],
    ['3f2504e04f8911d39a0c0305e82c3301', false],
    ['3f2504e0-4f89-11d3-9a0c-0305e82c33011', false],
    ["3f2504e0-4f89-11d3-9a0c-0305e82c'301", false],
    ['', false],
    [null, false],
  ])('%s is a GUID: %s', (value, expected) => {
    expect(ev(m.isGuid(value))).toBe(expected);
  });
});

describe('webhook events', () => {
  const id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
  const event = (over: Record<string, unknown>) =>
    withBody({
      EventName: 'referral-created',
      ResourceName: 'referral',
      ResourceUri: `https://api.partnercenter.microsoft.com/engagements/v1/referrals/${id}`,
      ...over,
    });
  const route = m.webhookRoute({
    EventName: field('EventName'),
    ResourceName: field('ResourceName'),
    ResourceUri: field('ResourceUri'),
  });

  it('routes referral-* to the helper and related-referral-* to the Microsoft updates', () => {
    for (const name of syncEventNames) {
      expect(ev(route, event({ EventName: name }))).toBe(name.startsWith('related-') ? 'related' : 'referral');
    }
    expect(
      ev(route, event({ ResourceUri: `https://api.partner.microsoft.com/v1.0/engagements/referrals/${id}` })),
    ).toBe('referral');
    expect(
      ev(
        m.referralIdOf(field('ResourceUri')),
        event({ ResourceUri: `https://api.partner.microsoft.com/x/${id}?a=1#b` }),
      ),
    ).toBe(id);
  });

  it.each([
    ['an unknown event', { EventName: 'subscription-updated' }],
    ['a resource that is not a referral', { ResourceName: 'test' }],
    ['another host', { ResourceUri: `https://evil.example/engagements/v1/referrals/${id}` }],
    ['a host hidden in the query', { ResourceUri: `https://evil.example?x=api.partner.microsoft.com/${id}` }],
    ['a host hidden as user info', { ResourceUri: `https://api.partner.microsoft.com@evil.example/${id}` }],
    ['plain http', { ResourceUri: `http://api.partner.microsoft.com/referrals/${id}` }],
    ['a last segment that is not a GUID', { ResourceUri: 'https://api.partner.microsoft.com/referrals/../../x' }],
    ['a trailing slash', { ResourceUri: `https://api.partner.microsoft.com/referrals/${id}/` }],
    ['no ResourceUri', { ResourceUri: null }],
  ])('rejects %s', (_why, over) => {
    expect(ev(route, event(over))).toBe('invalid');
  });

  it('rejects an empty body without failing', () => {
    expect(ev(route, withBody({}))).toBe('invalid');
  });
});

describe('statuses', () => {
  it('maps every referral status to an opportunity state, status and text', () => {
    for (const [key, expected] of Object.entries(m.dynamicsStatusOfReferral)) {
      const [status, substatus] = key.split('/');
      expect(ev(m.dynamicsStatus(status!, substatus!))).toEqual(expected);
      expect(ev(m.statusText(status!, substatus!))).toBe(expected!.text);
      // Both sides of the echo guard reduce to the same key.
      expect(ev(m.referralStateKey(status!, substatus!))).toBe(
        ev(m.opportunityStateKey(expected!.statecode, expected!.statuscode)),
      );
    }
    expect(ev(m.statusText('Odd', 'Combo'))).toBe('Odd/Combo');
    expect(ev(m.openStatusCode('New', 'Pending'))).toBe(m.OpportunityStatus.onHold);
    expect(ev(m.openStatusCode('Active', 'Accepted'))).toBe(m.OpportunityStatus.inProgress);
  });

  it.each([
    [1, 3, 'Active', { status: 'Closed', substatus: 'Won' }],
    [1, 3, 'New', { status: 'Closed', substatus: 'Won' }],
    [2, 4, 'Active', { status: 'Closed', substatus: 'Lost' }],
    [2, 5, 'New', { status: 'Closed', substatus: 'Declined' }],
    [0, 1, 'New', { status: 'Active', substatus: 'Accepted' }],
    [0, 2, 'New', null],
    [0, 1, 'Active', null],
    [1, 3, 'Closed', null],
  ])('opportunity %i/%i with a %s referral sends %j', (statecode, statuscode, status, expected) => {
    expect(ev(m.referralTransition(statecode, statuscode, status))).toEqual(expected);
  });

  it('treats Closed as terminal', () => {
    expect(ev(m.isClosed('Closed'))).toBe(true);
    expect(ev(m.isClosed('Active'))).toBe(false);
  });
});

describe('"How can Microsoft help?" and visibility', () => {
  it('maps every assistanceRequestCode to its option value and back', () => {
    for (const [code, value] of Object.entries(MicrosoftHelp)) {
      expect(ev(m.helpOptionOf(code))).toBe(String(value));
      expect(ev(m.helpCodeOf(String(value)))).toBe(code);
    }
    expect(ev(m.helpOptionOf(null))).toBeNull();
    expect(ev(m.helpCodeOf(''))).toBeNull();
  });

  it('sends the first option of a multi-select and agrees with any selected one', () => {
    const two = `${MicrosoftHelp.ProofOfConceptOrDemo},${MicrosoftHelp.GeneralOrOther}`;
    expect(ev(m.helpCodeOf(two))).toBe('ProofOfConceptOrDemo');
    expect(ev(m.helpAgrees('GeneralOrOther', two))).toBe(true);
    expect(ev(m.helpAgrees('QuotesOrLicensing', two))).toBe(false);
    expect(ev(m.helpAgrees(null, ''))).toBe(true);
    expect(ev(m.helpSelected(two))).toBe(true);
    expect(ev(m.helpSelected(null))).toBe(false);
  });

  it('maps the consent flag to Referral Visibility', () => {
    expect(ev(m.visibilityOf(true))).toBe(ReferralVisibility.Visible);
    expect(ev(m.visibilityOf(null))).toBe(ReferralVisibility.Hidden);
    expect(ev(m.isVisible(ReferralVisibility.Visible))).toBe(true);
  });
});

describe('check marks', () => {
  it('replaces any mark with the new one when marks are shown', () => {
    expect(ev(m.markedName('Contoso deal ✔', false, true))).toBe('Contoso deal ✖');
    expect(ev(m.markedName('Contoso deal ✖', true, true))).toBe('Contoso deal ✔');
    expect(ev(m.bareName('Contoso deal ✔'))).toBe('Contoso deal');
  });

  it('leaves the name exactly as it is when marks are off', () => {
    expect(ev(m.markedName('Contoso deal', true, false))).toBe('Contoso deal');
    expect(ev(m.markedName('Contoso ✖ deal', true, false))).toBe('Contoso ✖ deal');
  });
});

describe('audit trail', () => {
  it('puts the newest entry first, time-stamped and marked', () => {
    const trail = ev(m.withAuditEntry('older entry', m.auditEntry(true, 'applied')));
    expect(trail).toBe('2024-05-01 10:00:00 UTC ✔ applied\nolder entry');
    expect(ev(m.withAuditEntry(null, m.auditEntry(false, 'failed')))).toBe('2024-05-01 10:00:00 UTC ✖ failed');
  });

  it('keeps the trail within its limit', () => {
    const trail = ev(m.withAuditEntry('x'.repeat(m.AUDIT_LIMIT), m.auditEntry(true, 'new'))) as string;
    expect(trail).toHaveLength(m.AUDIT_LIMIT);
    expect(trail.startsWith('2024-05-01 10:00:00 UTC ✔ new\n')).toBe(true);
  });

  it('recognises a Partner Center version it recorded', () => {
    const eTag = '"2500ec5a-0000-0000-0000-5bf4967d0000"';
    const trail = ev(m.withAuditEntry('', m.auditEntry(true, $.concat('applied', m.eTagNote(eTag)))));
    expect(ev(m.hasSeenVersion(trail as string, eTag))).toBe(true);
    expect(ev(m.hasSeenVersion(trail as string, '"other"'))).toBe(false);
    expect(ev(m.hasSeenVersion(trail as string, null))).toBe(false);
  });

  it('takes a version in again after a newer Partner Center → Dynamics 365 failure, not after the other direction', () => {
    const eTag = '"v2"';
    const applied = ev(m.withAuditEntry('', m.auditEntry(true, $.concat(`${m.PC_TO_CRM}: Active`, m.eTagNote(eTag)))));
    const fail = (what: string) => m.auditEntry(false, `${what} failed: Add_the_new_solution: unavailable`);
    const failedAfter = ev(m.withAuditEntry(applied as string, fail(m.PC_TO_CRM))) as string;
    expect(ev(m.hasSeenVersion(failedAfter, eTag))).toBe(false);
    // A later entry with the version's note (its echo, or the run that took it in) makes it seen again.
    const retaken = ev(m.withAuditEntry(failedAfter, m.auditEntry(true, $.concat('applied', m.eTagNote(eTag)))));
    expect(ev(m.hasSeenVersion(retaken as string, eTag))).toBe(true);
    // An older failure does not count; nor does a newer failure of the other direction.
    const failedBefore = ev(m.withAuditEntry(fail(m.PC_TO_CRM), m.auditEntry(true, m.eTagNote(eTag))));
    expect(ev(m.hasSeenVersion(failedBefore as string, eTag))).toBe(true);
    const otherWay = ev(m.withAuditEntry(applied as string, fail('Dynamics 365 → Partner Center')));
    expect(ev(m.hasSeenVersion(otherWay as string, eTag))).toBe(true);
  });
});

describe('country codes', () => {
  it.each([
    ['US', true],
    [' us ', true],
    ['USA', false],
    ['United States', false],
    ['1A', false],
    ['', false],
    [null, false],
  ])('%s is an ISO 3166 alpha-2 code: %s', (value, expected) => {
    expect(ev(m.isCountryCode(value))).toBe(expected);
  });
});
