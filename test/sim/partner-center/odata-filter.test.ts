// The $filter subset, directly: literals, comparisons, precedence, lambdas, and the 400s.
import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../../src/sim/partner-center/odata-filter';
import { ServiceError } from '../../../src/sim/partner-center';

const known = new Set(['name', 'status', 'dealValue', 'engagementId', 'closedDateTime', 'team', 'details']);
const rows = [
  {
    name: "O'Brien",
    status: 'New',
    dealValue: 10,
    engagementId: '65edc0b5-3485-41b7-a17e-dfa9ef4706e2',
    closedDateTime: null,
    team: [],
  },
  {
    name: 'Ann',
    status: 'Closed',
    dealValue: 99.5,
    engagementId: 'b1c40bb4-6d36-4eca-baa3-e1460cf2a454',
    closedDateTime: '2026-01-05T10:00:00Z',
    team: [{ email: 'a@x' }],
  },
];
const match = (filter: string) => rows.filter(parseFilter(filter, known)).map((r) => r.name);

describe('$filter', () => {
  it('compares strings (with escaped quotes), numbers, null, unquoted GUIDs and date-times', () => {
    expect(match("name eq 'O''Brien'")).toEqual(["O'Brien"]);
    expect(match('dealValue gt 10')).toEqual(['Ann']);
    expect(match('dealValue le 10 or dealValue eq 99.5')).toEqual(["O'Brien", 'Ann']);
    expect(match('closedDateTime eq null')).toEqual(["O'Brien"]);
    expect(match('closedDateTime ne null')).toEqual(['Ann']);
    expect(match('engagementId eq 65edc0b5-3485-41b7-a17e-dfa9ef4706e2')).toEqual(["O'Brien"]);
    expect(match('closedDateTime lt 2026-01-05T10:00:01Z')).toEqual(['Ann']);
    expect(match("details/dealValue eq null and status ne 'New'")).toEqual(['Ann']);
  });

  it('binds and tighter than or, and evaluates any() with and without a predicate', () => {
    expect(match("status eq 'New' or status eq 'Closed' and dealValue lt 0")).toEqual(["O'Brien"]);
    expect(match("(status eq 'New' or status eq 'Closed') and dealValue lt 50")).toEqual(["O'Brien"]);
    expect(match('team/any()')).toEqual(['Ann']);
    expect(match("team/any(m:m/email eq 'a@x')")).toEqual(['Ann']);
  });

  it('throws a 400 ServiceError for bad syntax and unknown properties', () => {
    for (const bad of [
      "name eq 'open",
      'name eq',
      "name contains 'A'",
      "colour eq 'red'",
      "team/any(m:m/email eq 'a@x'",
      '(name eq 1',
    ]) {
      expect(() => parseFilter(bad, known), bad).toThrow(ServiceError);
    }
  });
});
