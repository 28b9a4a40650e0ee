// How the connectors are named in the solution and referenced by flows (research/dataverse-connector.md §7).
import { describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import { MAX_CONNECTOR_NAME, connectorIdentity } from '../../connector/model/identity';
import { referralStatuses, referralSubstatuses, substatusesOf } from '../../connector/partner-center-referrals';
import { connectorIdOf } from '../../src/solution/names';

describe('connector identity', () => {
  it.each(connectorModels.map((m) => [m.identity.name, m.identity] as const))(
    '%s is named as real exports name custom connectors',
    (name, id) => {
      // Dataverse name `<prefix>_5F<name>`; flows' api.name `shared_<prefix>-5f<name>-5f<16 hex>`.
      expect(id.logicalName).toBe(`cosell_5F${name}`);
      expect(id.logicalName.length).toBeLessThanOrEqual(MAX_CONNECTOR_NAME);
      expect(id.api.name).toMatch(new RegExp(`^shared_cosell-5f${name}-5f[0-9a-f]{16}$`));
      expect(id.api.logicalName).toBe(id.logicalName);
      expect(id.connectorId).toBe(connectorIdOf(id.logicalName));
    },
  );

  it('derives the same names on every build, and different ones per connector', () => {
    expect(connectorIdentity('partnercenterref')).toEqual(connectorModels[0]!.identity);
    const [a, b] = connectorModels.map((m) => m.identity);
    expect(new Set([a!.api.name, b!.api.name, a!.connectorId, b!.connectorId]).size).toBe(4);
  });
});

describe('referral status model', () => {
  it('allows each substatus under exactly one status', () => {
    expect(Object.keys(substatusesOf)).toEqual([...referralStatuses]);
    expect(Object.values(substatusesOf).flat().sort()).toEqual([...referralSubstatuses].sort());
  });
});
