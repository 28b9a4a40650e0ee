// The mapping between whole records: referral -> opportunity columns, opportunity -> referral and JSON Patch,
// the echo guard, the sharing rules, webhook registration and the reconciliation window.
import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { MicrosoftHelp, ReferralVisibility } from '../../src/solution/schema/options';
import * as m from '../../flows-src/mapping';
import type { Referral } from '../../connector/partner-center-referrals';
import type { AccountRow, ContactRow, OpportunityRow } from '../../flows-src/tables';
import { ev, field, withFields } from './evaluate';

const referralIn = field<Referral>('r');
const rowIn = field<OpportunityRow>('row');
const dealColumn = $.raw<string>("parameters('cosell_dealvaluecolumn')");
const withBody = (x: Record<string, unknown>) => withFields(x);

const referral = {
  id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  eTag: '"v1"',
  name: 'Contoso Azure migration',
  status: 'New',
  substatus: 'Pending',
  qualification: 'SalesQualified',
  type: 'Shared',
  details: { dealValue: 10000, closingDateTime: '2024-06-30T00:00:00Z', notes: 'Needs a landing zone' },
  consent: { consentToShareReferralWithMicrosoftSellers: true },
  inviteContext: { assistanceRequestCode: 'GeneralOrOther' },
  trackingInfo: { microsoftMsxId: null },
  customerProfile: { name: "O'Brien & Co", address: { postalCode: '98052', country: 'US' } },
};

/** The opportunity the referral above becomes. */
const opportunity = {
  opportunityid: referral.id,
  name: 'Contoso Azure migration ✔',
  estimatedvalue: 10000,
  estimatedclosedate: '2024-06-30',
  description: 'Needs a landing zone',
  statecode: 0,
  statuscode: 2,
  cosell_microsofthelp: String(MicrosoftHelp.GeneralOrOther),
  cosell_referralvisibility: ReferralVisibility.Visible,
  cosell_audit: '',
};

describe('referral -> opportunity', () => {
  const columns = (over: Record<string, unknown> = {}, parameters: Record<string, string> = {}) =>
    ev(
      m.opportunityColumns({
        referral: referralIn,
        dealValueColumn: dealColumn,
        showCheckMark: field<boolean>('show'),
        linkBase: 'https://pc/',
        audit: field<string>('audit'),
      }),
      withBody({ r: { ...referral, ...over }, show: true, audit: 'trail' }),
      parameters,
    ) as Record<string, unknown>;

  it('maps name, value, date, notes, status, ids, help and visibility', () => {
    expect(columns()).toEqual({
      cosell_syncwithpartnercenter: true,
      name: 'Contoso Azure migration ✔',
      description: 'Needs a landing zone',
      estimatedclosedate: '2024-06-30',
      statuscode: 2,
      cosell_referralidentifier: referral.id,
      cosell_referrallink: `https://pc/${referral.id}`,
      estimatedvalue: 10000,
      cosell_audit: 'trail',
      cosell_microsofthelp: String(MicrosoftHelp.GeneralOrOther),
      cosell_referralvisibility: ReferralVisibility.Visible,
    });
  });

  it('writes the deal value to the configured column', () => {
    const row = columns({}, { cosell_dealvaluecolumn: 'new_dealvalue' });
    expect(row.new_dealvalue).toBe(10000);
    expect(row).not.toHaveProperty('estimatedvalue');
  });

  it('never clears help, visibility or the Microsoft CRM id Partner Center leaves empty', () => {
    const row = columns({ consent: {}, inviteContext: {}, trackingInfo: {} });
    expect(row).not.toHaveProperty('cosell_microsofthelp');
    expect(row).not.toHaveProperty('cosell_referralvisibility');
    expect(row).not.toHaveProperty('cosell_microsoftcrmidentifier');
    expect(columns({ trackingInfo: { microsoftMsxId: '7-ABC' } }).cosell_microsoftcrmidentifier).toBe('7-ABC');
  });

  it('makes marketing-qualified leads without co-sell leads', () => {
    const isLead = (over: Record<string, unknown>) =>
      ev(m.isLeadReferral(referralIn), withBody({ r: { ...referral, ...over } }));
    expect(isLead({ qualification: 'MarketingQualified', type: 'Independent', inviteContext: {} })).toBe(true);
    expect(isLead({ qualification: 'MarketingQualified', type: 'Shared' })).toBe(false);
    expect(isLead({ qualification: 'SalesQualified', type: 'Independent', inviteContext: {} })).toBe(false);
  });

  it('writes the country of a new account to the configured column', () => {
    const account = ev(
      m.newAccount(field('p'), $.raw<string>("parameters('cosell_countrycodecolumn')")),
      withBody({ p: referral.customerProfile }),
      {
        cosell_countrycodecolumn: 'new_countrycode',
      },
    );
    expect(account).toMatchObject({ name: "O'Brien & Co", address1_postalcode: '98052', new_countrycode: 'US' });
  });
});

describe('opportunity -> referral (JSON Patch)', () => {
  const patch = (row: Record<string, unknown>, r: Record<string, unknown> = {}) =>
    ev(
      m.patchOperations(rowIn, referralIn, dealColumn),
      withBody({ row: { ...opportunity, ...row }, r: { ...referral, ...r } }),
    );
  const summary = (row: Record<string, unknown>) =>
    ev(m.changeSummary(rowIn, referralIn, dealColumn), withBody({ row: { ...opportunity, ...row }, r: referral }));

  it('sends nothing when both sides agree', () => {
    expect(patch({})).toEqual([]);
  });

  it('sends only the fields that changed', () => {
    expect(patch({ estimatedvalue: 25000, estimatedclosedate: '2024-09-30' })).toEqual([
      { op: 'replace', path: '/details/dealValue', value: 25000 },
      { op: 'replace', path: '/details/closingDateTime', value: '2024-09-30T00:00:00Z' },
    ]);
    expect(summary({ estimatedvalue: 25000, description: 'changed' })).toBe('deal value, notes');
  });

  it('closes the referral as Won or Lost, and declines a pending one', () => {
    const won = patch({ statecode: 1, statuscode: 3 }, { status: 'Active', substatus: 'Accepted' });
    expect(won).toEqual([
      { op: 'replace', path: '/status', value: 'Closed' },
      { op: 'replace', path: '/substatus', value: 'Won' },
    ]);
    expect(patch({ statecode: 2, statuscode: 4 }, { status: 'Active', substatus: 'Accepted' })).toContainEqual({
      op: 'replace',
      path: '/substatus',
      value: 'Lost',
    });
    expect(patch({ statecode: 2, statuscode: 4 })).toContainEqual({
      op: 'replace',
      path: '/substatus',
      value: 'Declined',
    });
    expect(patch({ statuscode: 1 })).toContainEqual({ op: 'replace', path: '/status', value: 'Active' });
  });

  it('sends visibility one way only, and nothing at all to a closed referral', () => {
    expect(patch({}, { consent: {} })).toEqual([
      { op: 'replace', path: '/consent/consentToShareReferralWithMicrosoftSellers', value: true },
    ]);
    expect(patch({ cosell_referralvisibility: ReferralVisibility.Hidden, cosell_microsofthelp: null })).toEqual([]);
    expect(patch({ estimatedvalue: 1 }, { status: 'Closed', substatus: 'Won' })).toEqual([]);
  });

  it('reads the deal value from the configured column', () => {
    const context = withBody({ row: { ...opportunity, new_dealvalue: 5 }, r: referral });
    expect(
      ev(m.patchOperations(rowIn, referralIn, dealColumn), context, { cosell_dealvaluecolumn: 'new_dealvalue' }),
    ).toEqual([{ op: 'replace', path: '/details/dealValue', value: 5 }]);
  });
});

describe('echo guard', () => {
  const inSync = (row: Record<string, unknown> | null, r: Record<string, unknown> = {}) =>
    ev(
      m.alreadyInSync(rowIn, referralIn, dealColumn),
      withBody({ row: row && { ...opportunity, ...row }, r: { ...referral, ...r } }),
    );

  it('writes nothing for a referral the opportunity already holds', () => {
    expect(inSync({})).toBe(true);
    expect(inSync({ cosell_audit: `x ✔ applied (eTag "v2")` }, { eTag: '"v2"', details: { dealValue: 1 } })).toBe(true);
    expect(inSync({ statecode: 1, statuscode: 3 }, { details: { dealValue: 1 } })).toBe(true);
  });

  it('applies a newer version, and always a referral without an opportunity', () => {
    expect(inSync({}, { details: { ...referral.details, dealValue: 12000 } })).toBe(false);
    expect(inSync({}, { status: 'Closed', substatus: 'Won' })).toBe(false);
    expect(inSync({}, { trackingInfo: { microsoftMsxId: '7-ABC' } })).toBe(false);
    expect(inSync(null)).toBe(false);
  });
});

describe('sharing rules', () => {
  const problems = (row: Record<string, unknown>, account: unknown, contact: unknown, solutions: unknown[]) =>
    ev(
      m.sharingProblems({
        row: rowIn,
        account: field<AccountRow>('account'),
        contact: field<ContactRow>('contact'),
        solutions: field<unknown[]>('solutions'),
        countryColumn: 'address1_country',
      }),
      withBody({ row: { ...opportunity, ...row }, account, contact, solutions }),
    ) as string[];
  const account = { accountid: 'a', address1_country: 'US' };
  const contact = { contactid: 'c' };
  const solution = [{ id: 'SOL-1' }];

  it('passes a complete co-sell opportunity', () => {
    expect(problems({}, account, contact, solution)).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(problems({}, { ...account, address1_country: 'United States' }, contact, solution)).toEqual([
      expect.stringContaining('two-letter ISO 3166 code'),
    ]);
    expect(problems({}, account, null, solution)).toEqual([expect.stringContaining('needs a customer contact')]);
    expect(problems({}, account, contact, [])).toEqual([
      expect.stringContaining('at least one Partner Center solution'),
    ]);
    expect(problems({}, null, contact, solution)).toEqual(['The opportunity has no customer account.']);
  });

  it('asks for a contact and a solution only when Microsoft is involved', () => {
    expect(
      problems({ cosell_microsofthelp: null, cosell_referralvisibility: ReferralVisibility.Hidden }, account, null, []),
    ).toEqual([]);
  });
});

describe('Microsoft side of an engagement', () => {
  it('recognises Microsoft referrals by target or owner', () => {
    const isMicrosoft = (r: unknown) => ev(m.isMicrosoftReferral(referralIn), withBody({ r }));
    expect(isMicrosoft({ target: [{ type: 'BusinessProfileLocation', id: 'msft' }] })).toBe(true);
    expect(isMicrosoft({ organizationId: 'MSFT' })).toBe(true);
    expect(isMicrosoft({ target: [{ type: 'SolutionProfile', id: 'SOL-1' }] })).toBe(false);
    expect(ev(m.listHasMicrosoftReferral(field('list')), withBody({ list: [{}, { target: [{ id: 'msft' }] }] }))).toBe(
      true,
    );
  });

  it('invites Microsoft into the same engagement, with the help requested', () => {
    const invite = ev(
      m.microsoftReferralFor(referralIn, 'ProofOfConceptOrDemo'),
      withBody({ r: { ...referral, engagementId: 'e1', consent: {} } }),
    );
    expect(invite).toMatchObject({
      engagementId: 'e1',
      type: 'Shared',
      target: [{ type: 'BusinessProfileLocation', id: 'msft' }],
      consent: { consentToShareReferralWithMicrosoftSellers: true },
      inviteContext: { assistanceRequestCode: 'ProofOfConceptOrDemo' },
      details: referral.details,
    });
    expect(ev(m.microsoftDecision(referralIn), withBody({ r: { status: 'Active', substatus: 'Accepted' } }))).toBe(
      'accepted the co-sell invitation',
    );
  });
});

describe("Microsoft's news (flow e's echo guard)", () => {
  const summary = (r: unknown, msx: string | null, sellers: string[]) =>
    ev(m.microsoftSummary(referralIn, field<string | null>('msx'), field<string[]>('sellers')), withBody({ r, msx, sellers }));
  const recorded = (trail: string | null) => ev(m.recordedMicrosoftSummary(field<string | null>('trail')), withBody({ trail }));

  it('summarises the decision, the CRM id and the sellers', () => {
    expect(summary({ status: 'Active', substatus: 'Accepted' }, '7-MSX', ['Ann <ann@microsoft.com>', 'Bo <bo@microsoft.com>'])).toBe(
      'accepted the co-sell invitation. Microsoft CRM id: 7-MSX. Microsoft sellers: Ann <ann@microsoft.com>, Bo <bo@microsoft.com>',
    );
    // Microsoft's referral as the sync creates it is the invitation itself.
    expect(summary({ status: 'New', substatus: 'Pending' }, null, [])).toBe(m.MICROSOFT_INVITED);
  });

  it("reads the newest Microsoft entry of the trail, or the invitation when there is none", () => {
    const created = '2026-03-02 09:00:00 UTC ✔ Dynamics 365 → Partner Center: created referral r1 (Shared) (eTag "p1")';
    expect(recorded(null)).toBe(m.MICROSOFT_INVITED);
    expect(recorded(created)).toBe(m.MICROSOFT_INVITED);
    const older = '2026-03-03 09:00:00 UTC ✔ Microsoft accepted the co-sell invitation. Microsoft CRM id: 7-MSX. Microsoft sellers: none yet (eTag "m2")';
    const newer = '2026-03-04 09:00:00 UTC ✔ Microsoft accepted the co-sell invitation. Microsoft CRM id: 7-MSX. Microsoft sellers: Ann <ann@microsoft.com> (eTag "m3")';
    const failure = '2026-03-05 09:00:00 UTC ✖ Microsoft co-sell updates failed: 503';
    expect(recorded([failure, newer, older, created].join('\n'))).toBe(
      'accepted the co-sell invitation. Microsoft CRM id: 7-MSX. Microsoft sellers: Ann <ann@microsoft.com>',
    );
    expect(recorded([older, created].join('\n'))).toBe('accepted the co-sell invitation. Microsoft CRM id: 7-MSX. Microsoft sellers: none yet');
  });
});

describe('webhook registration', () => {
  const route = (status: number, currentUrl: string, endpoint: string, events: string, overwrite: boolean) =>
    ev(m.registrationRoute({ status, currentUrl, endpoint, events: m.requestedEvents(events), overwrite }));

  it('registers, updates, overwrites or refuses', () => {
    expect(route(404, '', 'https://flow/a', '', false)).toBe('register');
    expect(route(200, 'https://FLOW/a', 'https://flow/a', 'referral-created', false)).toBe('update');
    expect(route(200, 'https://other/b', 'https://flow/a', '', true)).toBe('overwrite');
    expect(route(200, 'https://other/b', 'https://flow/a', '', false)).toBe('refuse');
  });

  it('refuses bad inputs and an unreadable registration', () => {
    expect(route(404, '', 'http://flow/a', '', false)).toBe('invalid');
    expect(route(404, '', 'https://flow/a', 'referral-created, order-updated', false)).toBe('invalid');
    expect(route(401, '', 'https://flow/a', '', false)).toBe('unavailable');
    expect(ev(m.requestedEvents(''))).toEqual([
      'referral-created',
      'referral-updated',
      'related-referral-created',
      'related-referral-updated',
    ]);
  });
});

describe('reconciliation window', () => {
  it('starts at the watermark minus the overlap and ends before the freshest changes', () => {
    const started = '2024-05-01T10:00:00Z';
    expect(ev(m.updatedBetween(m.windowStart('2024-05-01T09:00:00Z', started), m.windowEnd(started)))).toBe(
      'updatedDateTime ge 2024-05-01T08:50:00Z and updatedDateTime lt 2024-05-01T09:55:00Z',
    );
  });

  it('looks back two weeks on its first run', () => {
    expect(ev(m.odataDateTime(m.windowStart(null, '2024-05-15T10:00:00Z')))).toBe('2024-05-01T10:00:00Z');
  });
});
