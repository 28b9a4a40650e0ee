// Microsoft's side as scenario steps: accept, decline, close and update its referral of an engagement, with
// the same transition rules; Microsoft cannot act on the partner's referrals.
import { describe, expect, it } from 'vitest';
import { create, manualClock, startDouble } from './helpers';

const msftTarget = [{ type: 'BusinessProfileLocation', id: 'msft' }];

describe("Microsoft's side", () => {
  it('accepts the co-sell referral the partner shared: Active/Accepted with its MSX id, raising related-referral-updated', async () => {
    const clock = manualClock();
    const pc = await startDouble({ clock });
    pc.register('https://unused.example/hook', ['related-referral-created', 'related-referral-updated']);
    const mine = await create(pc);
    const theirs = await create(pc, { engagementId: mine.engagementId, target: msftTarget });
    expect(pc.microsoft.referralOf(mine.id)!.id).toBe(theirs.id);
    clock.advance(3_600_000);
    const accepted = pc.microsoft.accept(theirs.id, '7-MSX0001');
    expect(accepted).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      acceptedDateTime: '2026-03-02T10:00:00.000Z',
      expirationDateTime: null,
      lastModifiedVia: 'MSX',
      trackingInfo: { microsoftMsxId: '7-MSX0001' },
    });
    expect(pc.pendingEvents.map((e) => e.EventName)).toEqual(['related-referral-created', 'related-referral-updated']);
    expect(pc.history.at(-1)).toMatchObject({ via: 'MSX', identity: 'microsoft' });
    expect(pc.microsoft.close(theirs.id, 'Won').substatus).toBe('Won');
    expect(() => pc.microsoft.accept(theirs.id)).toThrow(/terminal state/);
  });

  it('declines; an MSX id is derived when none is given; Microsoft cannot change the partner referral', async () => {
    const pc = await startDouble();
    const mine = await create(pc);
    const a = await create(pc, { engagementId: mine.engagementId, target: msftTarget });
    expect(pc.microsoft.decline(a.id, 'No capacity')).toMatchObject({
      status: 'Closed',
      substatus: 'Declined',
      statusReason: 'No capacity',
    });
    const other = await create(pc);
    const b = await create(pc, { engagementId: other.engagementId, target: msftTarget });
    expect(pc.microsoft.accept(b.id).trackingInfo.microsoftMsxId).toMatch(/^7-[0-9A-F]{10}$/);
    expect(() => pc.microsoft.accept(mine.id)).toThrow(/not Microsoft's/);
  });

  it('expires an unanswered referral as Closed/Expired', async () => {
    const pc = await startDouble();
    const { partner } = pc.microsoft.createReferral({ customerProfile: { name: 'A', address: { country: 'GB' } } });
    expect(pc.expire(partner.id)).toMatchObject({ status: 'Closed', substatus: 'Expired', lastModifiedVia: 'System' });
  });
});
