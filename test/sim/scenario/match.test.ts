// Row matching: dotted paths, partial objects, `where` matching exactly one row, `fields` listed keys only.
import { describe, expect, it } from 'vitest';
import { checkTable, matches, valueAt } from '../../../src/sim/scenario';

const referral = {
  id: '7732f0fd-7cad-5b24-b73e-e4736ada9060',
  details: { dealValue: 5000, currency: 'USD' },
  team: [{ email: 'sue@contoso.com' }],
  '@odata.etag': 'W/"1"',
  externalReferenceId: null,
};

describe('valueAt: dotted keys', () => {
  it('reaches into nested objects and arrays', () => {
    expect(valueAt(referral, 'details.dealValue')).toEqual({ found: true, value: 5000 });
    expect(valueAt(referral, 'team.0.email')).toEqual({ found: true, value: 'sue@contoso.com' });
    expect(valueAt(referral, 'details.missing')).toEqual({ found: false });
  });

  it('finds a key that itself has dots before splitting it', () => {
    expect(valueAt(referral, '@odata.etag').value).toBe('W/"1"');
  });
});

describe('matches', () => {
  it('compares only the listed keys of an object', () => {
    expect(matches({ details: { dealValue: 5000 } }, referral)).toBe(true);
    expect(matches({ details: { dealValue: 5001 } }, referral)).toBe(false);
  });

  it('ignores the case and braces of GUIDs, and reads null as null or absent', () => {
    expect(matches('{7732F0FD-7CAD-5B24-B73E-E4736ADA9060}', referral.id)).toBe(true);
    expect(matches(null, undefined)).toBe(true);
    expect(matches(null, 0)).toBe(false);
  });

  it('compares arrays element by element, with their length', () => {
    expect(matches([1, 2], [1, 2])).toBe(true);
    expect(matches([1], [1, 2])).toBe(false);
  });
});

describe('checkTable', () => {
  const rows = [
    { name: 'A', estimatedvalue: 5000, stage: 1 },
    { name: 'B', estimatedvalue: 7000, stage: 1 },
  ];

  it('holds when `where` matches exactly one row and the listed fields agree', () => {
    expect(checkTable(rows, { count: 2, rows: [{ where: { name: 'B' }, fields: { estimatedvalue: 7000 } }] }, ['t'], 't')).toEqual([]);
  });

  it('fails when `where` matches no row or several, showing what the rows hold', () => {
    const none = checkTable(rows, { rows: [{ where: { name: 'C' } }] }, ['t'], 'opportunities');
    expect(none).toMatchObject([
      { path: ['t', 'rows', 0, 'where'], message: "opportunities row 1: 'where' must match exactly one row, it matched 0 of 2", actual: [{ name: 'A' }, { name: 'B' }] },
    ]);
    const two = checkTable(rows, { rows: [{ where: { stage: 1 } }] }, ['t'], 'opportunities');
    expect(two[0]!.message).toContain('it matched 2 of 2');
  });

  it('reports each differing field with expected and actual, and a field the row lacks', () => {
    const out = checkTable(rows, { rows: [{ where: { name: 'A' }, fields: { estimatedvalue: 1, 'x.y': 2 } }] }, ['t'], 't');
    expect(out).toEqual([
      { path: ['t', 'rows', 0, 'fields', 'estimatedvalue'], message: "t row 1: field 'estimatedvalue' differs", expected: 1, actual: 5000 },
      { path: ['t', 'rows', 0, 'fields', 'x.y'], message: "t row 1: field 'x.y' differs (the row has no such field)", expected: 2, actual: undefined },
    ]);
  });

  it('checks counts exactly or within bounds', () => {
    expect(checkTable(rows, { count: 3 }, ['t'], 't')[0]!.message).toBe('t count: expected 3, found 2');
    expect(checkTable(rows, { count: { min: 1, max: 2 } }, ['t'], 't')).toEqual([]);
    expect(checkTable(rows, { count: { max: 1 } }, ['t'], 't')[0]!.message).toBe('t count: expected <= 1, found 2');
  });
});
