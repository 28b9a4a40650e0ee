// Conformance: date and time examples of the reference guide, with their documented results.
import { describe, it, expect } from 'vitest';
import { at, ev, failure } from '../evaluate-helpers';

describe('reference guide: date and time functions', () => {
  it.each([
    ["addDays('2018-03-15T00:00:00Z', 10)", '2018-03-25T00:00:00.0000000Z'],
    ["addDays('2018-03-15T00:00:00Z', -5)", '2018-03-10T00:00:00.0000000Z'],
    ["addHours('2018-03-15T00:00:00Z', 10)", '2018-03-15T10:00:00.0000000Z'],
    ["addHours('2018-03-15T15:00:00Z', -5)", '2018-03-15T10:00:00.0000000Z'],
    ["addMinutes('2018-03-15T00:10:00Z', 10)", '2018-03-15T00:20:00.0000000Z'],
    ["addMinutes('2018-03-15T00:20:00Z', -5)", '2018-03-15T00:15:00.0000000Z'],
    ["addSeconds('2018-03-15T00:00:00Z', 10)", '2018-03-15T00:00:10.0000000Z'],
    ["addSeconds('2018-03-15T00:00:30Z', -5)", '2018-03-15T00:00:25.0000000Z'],
    ["addToTime('2018-01-01T00:00:00Z', 1, 'Day')", '2018-01-02T00:00:00.0000000Z'],
    ["addToTime('2018-01-01T00:00:00Z', 1, 'Day', 'D')", 'Tuesday, January 2, 2018'],
    ["convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time')", '2018-01-01T00:00:00.0000000'],
    ["convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time', 'D')", 'Monday, January 1, 2018'],
    ["convertTimeZone('2018-01-01T08:00:00.0000000Z', 'UTC', 'Pacific Standard Time')", '2018-01-01T00:00:00.0000000'],
    ["convertToUtc('01/01/2018 00:00:00', 'Pacific Standard Time')", '2018-01-01T08:00:00.0000000Z'],
    ["convertToUtc('01/01/2018 00:00:00', 'Pacific Standard Time', 'D')", 'Monday, January 1, 2018'],
    ["dateDifference('2015-02-08', '2018-07-30')", '1268.00:00:00'],
    ["formatDateTime('03/15/2018')", '2018-03-15T00:00:00.0000000'],
    ["formatDateTime('03/15/2018 12:00:00', 'yyyy-MM-ddTHH:mm:ss')", '2018-03-15T12:00:00'],
    ["formatDateTime('01/31/2016', 'dddd MMMM d')", 'Sunday January 31'],
    ["formatDateTime('01/31/2016', 'dddd MMMM d', 'fr-fr')", 'dimanche janvier 31'],
    ["formatDateTime('01/31/2016', 'dddd MMMM d', 'fr-FR')", 'dimanche janvier 31'],
    ["formatDateTime('01/31/2016', 'dddd MMMM d', 'es-es')", 'domingo enero 31'],
    ["parseDateTime('20/10/2014', 'fr-fr')", '2014-10-20T00:00:00.0000000'],
    ["parseDateTime('20 octobre 2010', 'fr-FR')", '2010-10-20T00:00:00.0000000'],
    ["parseDateTime('martes 20 octubre 2020', 'es-es')", '2020-10-20T00:00:00.0000000'],
    ["parseDateTime('21052019', 'fr-fr', 'ddMMyyyy')", '2019-05-21T00:00:00.0000000'],
    ["parseDateTime('20190521', 'fr-fr', 'yyyyMMdd')", '2019-05-21T00:00:00.0000000'],
    ["parseDateTime('10/20/2014 15h', 'en-US', 'MM/dd/yyyy HH\\h')", '2014-10-20T15:00:00.0000000'],
    ["startOfDay('2018-03-15T13:30:30Z')", '2018-03-15T00:00:00.0000000Z'],
    ["startOfHour('2018-03-15T13:30:30Z')", '2018-03-15T13:00:00.0000000Z'],
    ["startOfMonth('2018-03-15T13:30:30Z')", '2018-03-01T00:00:00.0000000Z'],
    ["startOfMonth('2018-03-15T13:30:30Z', 'yyyy-MM-dd')", '2018-03-01'],
    ["subtractFromTime('2018-01-02T00:00:00Z', 1, 'Day')", '2018-01-01T00:00:00.0000000Z'],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it.each([
    ["dayOfMonth('2018-03-15T13:27:36Z')", 15],
    ["dayOfWeek('2018-03-15T13:27:36Z')", 4],
    ["dayOfYear('2018-03-15T13:27:36Z')", 74],
  ])('%s is %j', (expression, expected) => {
    expect(ev(expression)).toBe(expected);
  });

  it("subtractFromTime(..., 'D'): the guide shows 'Monday, January, 1, 2018', a typo for the 'D' pattern", () => {
    expect(ev("subtractFromTime('2018-01-02T00:00:00Z', 1, 'Day', 'D')")).toBe('Monday, January 1, 2018');
  });

  it("convertTimeZone('2018-01-01T80:00:00.0000000Z', ...): the guide's hour 80 is a typo; the runtime rejects it", () => {
    failure("@convertTimeZone('2018-01-01T80:00:00.0000000Z', 'UTC', 'Pacific Standard Time', 'D')");
    expect(ev("convertTimeZone('2018-01-01T08:00:00.0000000Z', 'UTC', 'Pacific Standard Time', 'D')")).toBe('Monday, January 1, 2018');
  });

  it('getFutureTime and getPastTime read the clock', () => {
    expect(ev("getFutureTime(5, 'Day')", at('2018-03-01T00:00:00.0000000Z'))).toBe('2018-03-06T00:00:00.0000000Z');
    expect(ev("getFutureTime(5, 'Day', 'D')", at('2018-03-01T00:00:00.0000000Z'))).toBe('Tuesday, March 6, 2018');
    expect(ev("getPastTime(5, 'Day')", at('2018-02-01T00:00:00.0000000Z'))).toBe('2018-01-27T00:00:00.0000000Z');
    expect(ev("getPastTime(5, 'Day', 'D')", at('2018-02-01T00:00:00.0000000Z'))).toBe('Saturday, January 27, 2018');
  });

  it.each([
    ['utcNow()', '2025-09-25T05:18:31.3384797Z'],
    ["utcNow('u')", '2025-09-25 05:18:31Z'],
    ["utcNow('U')", 'Thursday, September 25, 2025 5:18:31 AM'],
    ["utcNow('d')", '9/25/2025'],
    ["utcNow('D')", 'Thursday, September 25, 2025'],
    ["utcNow('t')", '5:18 AM'],
    ["utcNow('T')", '5:18:31 AM'],
    ["utcNow('y')", 'September 2025'],
    ["utcNow('yyyy')", '2025'],
    ["utcNow('ddd, d MMM yyyy')", 'Thu, 25 Sep 2025'],
  ])('%s is %j at 2025-09-25T05:18:31.3384797Z', (expression, expected) => {
    expect(ev(expression, at('2025-09-25T05:18:31.3384797Z'))).toBe(expected);
  });

  it('ticks: 100-nanosecond intervals since 0001-01-01T00:00:00 (DateTime.Ticks)', () => {
    expect(ev("ticks('0001-01-01T00:00:00Z')")).toBe(0);
    expect(ev("ticks('0001-01-02T00:00:00.0000001Z')")).toBe(864_000_000_001);
    // Beyond 2^53 the result is exact (an int64), as .NET's DateTime.Ticks.
    expect(ev("ticks('9999-12-31T23:59:59.9999999Z')")).toBe(3_155_378_975_999_999_999n);
  });
});
