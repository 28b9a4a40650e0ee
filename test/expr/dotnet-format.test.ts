// .NET format strings, checked against examples from Microsoft's .NET documentation
// ("Standard/Custom numeric format strings", "Standard/Custom date and time format strings").
import { describe, it, expect } from 'vitest';
import { formatNumber } from '../../src/expr/dotnet-format/numeric';
import { formatTimestamp } from '../../src/expr/dotnet-format/datetime-format';
import { parseTimestamp } from '../../src/expr/dotnet-format/datetime-parse';
import { culture } from '../../src/expr/dotnet-format/culture';
import { fromParts } from '../../src/expr/timestamp';
import { Float } from '../../src/expr/index';
import { ev, failure } from './evaluate-helpers';

describe('standard numeric formats (en-US unless stated)', () => {
  it.each([
    [12345.6789, 'C', 'en-US', '$12,345.68'],
    [1234, 'D', 'en-US', '1234'],
    [-1234, 'D6', 'en-US', '-001234'],
    [1052.0329112756, 'E', 'en-US', '1.052033E+003'],
    [-1052.0329112756, 'e2', 'en-US', '-1.05e+003'],
    [1234.567, 'F', 'en-US', '1234.57'],
    [1234, 'F1', 'en-US', '1234.0'],
    [-1234.56, 'F4', 'en-US', '-1234.5600'],
    [1234.567, 'F', 'de-DE', '1234,57'],
    [-123.456, 'G', 'en-US', '-123.456'],
    [123.4546, 'G4', 'en-US', '123.5'],
    [-1.234567890e-25, 'G', 'en-US', '-1.23456789E-25'],
    [1234.567, 'N', 'en-US', '1,234.57'],
    [1234, 'N1', 'en-US', '1,234.0'],
    [-1234.56, 'N3', 'en-US', '-1,234.560'],
    [-0.39678, 'P1', 'en-US', '-39.7%'],
    [255, 'X', 'en-US', 'FF'],
    [-1, 'x', 'en-US', 'ffffffffffffffff'],
    [255, 'X4', 'en-US', '00FF'],
    [1234567.891, 'N2', 'en-IN', '12,34,567.89'],
  ])('%s with %s (%s) is %s', (value, format, locale, expected) => {
    expect(formatNumber(value, format, locale)).toBe(expected);
  });

  it('D and X need integers; unknown specifiers are errors', () => {
    expect(formatNumber(1.5, 'D', 'en-US')).toEqual({ error: expect.stringContaining("'D'") });
    expect(formatNumber(new Float(2), 'X', 'en-US')).toEqual({ error: expect.any(String) });
    expect(formatNumber(1, 'K', 'en-US')).toEqual({ error: expect.any(String) });
    expect(failure("@formatNumber(1, 'N', 'xx-XX')").message).toContain("locale 'xx-XX' is not valid");
  });
});

describe('custom numeric formats', () => {
  it.each([
    [1234.5678, '#####', '1235'],
    [0.45678, '0.00', '0.46'],
    [123, '00000', '00123'],
    [1234567890, '#,#', '1,234,567,890'],
    [1234567890, '#,##0,,', '1,235'],
    [0.3697, '%#0.00', '%36.97'],
    [0.00367, '#0.##\u2030', '3.67\u2030'],
    [86000, '0.###E+0', '8.6E+4'],
    [86000, '0.###E+000', '8.6E+004'],
    [86000, '0.###E-000', '8.6E004'],
    [-1234, '##;(##)', '(1234)'],
    [0, '##;(##);**Zero**', '**Zero**'],
    [123, '\\###00\\#', '#123#'],
    [1.2, "0.00 'units'", '1.20 units'],
    [-0.001, '0.00', '0.00'],
  ])('%s with %j is %j', (value, format, expected) => {
    expect(formatNumber(value, format, 'en-US')).toBe(expected);
  });

  it('through formatNumber()', () => {
    expect(ev("formatNumber(1234.5, '#,##0.00', 'fr-FR')")).toMatch(/^1\s234,50$/);
    expect(ev("formatNumber(0.5, 'P0')")).toBe('50%');
  });
});

describe('date and time formats', () => {
  const june15 = fromParts({ year: 2009, month: 6, day: 15, hour: 13, minute: 45, second: 30, fraction: 6_170_000 }, 'unspecified')!;

  it.each([
    ['d', 'en-US', '6/15/2009'],
    ['D', 'en-US', 'Monday, June 15, 2009'],
    ['f', 'en-US', 'Monday, June 15, 2009 1:45 PM'],
    ['F', 'en-US', 'Monday, June 15, 2009 1:45:30 PM'],
    ['g', 'en-US', '6/15/2009 1:45 PM'],
    ['G', 'en-US', '6/15/2009 1:45:30 PM'],
    ['M', 'en-US', 'June 15'],
    ['O', 'en-US', '2009-06-15T13:45:30.6170000'],
    ['R', 'en-US', 'Mon, 15 Jun 2009 13:45:30 GMT'],
    ['s', 'en-US', '2009-06-15T13:45:30'],
    ['t', 'en-US', '1:45 PM'],
    ['T', 'en-US', '1:45:30 PM'],
    ['u', 'en-US', '2009-06-15 13:45:30Z'],
    ['Y', 'en-US', 'June 2009'],
    ['d', 'fr-FR', '15/06/2009'],
    ['D', 'fr-FR', 'lundi 15 juin 2009'],
    ['d', 'de-DE', '15.06.2009'],
    ['D', 'de-DE', 'Montag, 15. Juni 2009'],
    ['d', 'ja-JP', '2009/06/15'],
    ['hh:mm:ss tt', 'en-US', '01:45:30 PM'],
    ['dddd, MMMM dd yyyy', 'en-US', 'Monday, June 15 2009'],
    ['yy MMM d', 'en-US', '09 Jun 15'],
    ['yyyyy', 'en-US', '02009'],
    ['%d', 'en-US', '15'],
    ['HH:mm:ss.fff', 'en-US', '13:45:30.617'],
    ['HH:mm:ss.FFFFFFF', 'en-US', '13:45:30.617'],
    ['h:m:s.F t', 'en-US', '1:45:30.6 P'],
    ["HH 'h' mm", 'en-US', '13 h 45'],
    ['zzz', 'en-US', '+00:00'],
  ])('%j (%s) is %j', (format, locale, expected) => {
    expect(formatTimestamp(june15, format, locale)).toBe(expected);
  });

  it("'F' digits drop a '.' before them when the fraction is zero; 'K' is Z for UTC only", () => {
    const whole = fromParts({ year: 2009, month: 6, day: 15, hour: 13, minute: 45, second: 30 }, 'utc')!;
    expect(formatTimestamp(whole, 'HH:mm:ss.FFF', 'en-US')).toBe('13:45:30');
    expect(formatTimestamp(whole, '%K', 'en-US')).toBe('Z'); // a lone 'K' is not a standard format: '%' makes it custom
    expect(formatTimestamp(june15, '%K', 'en-US')).toBe('');
  });

  it('invalid standard formats and locales are errors', () => {
    expect(formatTimestamp(june15, 'Q', 'en-US')).toEqual({ error: expect.any(String) });
    expect(failure("@formatDateTime('2018-01-01', 'D', 'not a locale')").message).toContain('locale');
  });
});

describe('timestamp parsing', () => {
  const en = culture('en-US')!;
  const o = (text: string) => {
    const t = parseTimestamp(text, en);
    return t && formatTimestamp(t, 'o');
  };

  it('converts offsets to UTC and keeps 100 ns precision', () => {
    expect(o('2018-03-15T10:00:00+05:00')).toBe('2018-03-15T05:00:00.0000000Z');
    expect(o('2018-03-15T10:00:00.1234567-0130')).toBe('2018-03-15T11:30:00.1234567Z');
    expect(o('2018-03-15 10:00')).toBe('2018-03-15T10:00:00.0000000');
  });

  it('reads RFC 1123, US dates with AM/PM, and month names', () => {
    expect(o('Mon, 09 Apr 2018 18:47:12 GMT')).toBe('2018-04-09T18:47:12.0000000Z');
    expect(o('3/15/2018 1:05 PM')).toBe('2018-03-15T13:05:00.0000000');
    expect(o('12/1/2018 12:30:00 AM')).toBe('2018-12-01T00:30:00.0000000');
    expect(o('January 31, 2016')).toBe('2016-01-31T00:00:00.0000000');
  });

  it('rejects what is not a timestamp, with the runtime message', () => {
    expect(o('2018-02-30')).toBeUndefined();
    expect(o('hello')).toBeUndefined();
    expect(failure("@addDays('not a date', 1)").message).toBe(
      "In function 'addDays', the value provided for date time string 'not a date' was not valid. The datetime string must match ISO 8601 format.",
    );
  });
});

describe('time zones and calendar arithmetic', () => {
  it('follow daylight saving time', () => {
    expect(ev("convertFromUtc('2018-07-01T08:00:00Z', 'Pacific Standard Time')")).toBe('2018-07-01T01:00:00.0000000');
    expect(ev("convertFromUtc('2018-01-15T12:00:00Z', 'W. Europe Standard Time', 'HH:mm')")).toBe('13:00');
    expect(ev("convertFromUtc('2018-01-15T12:00:00Z', 'W Europe Standard Time', 'HH:mm')")).toBe('13:00'); // punctuation removed
    expect(ev("convertTimeZone('2018-01-01T00:00:00', 'Pacific Standard Time', 'UTC')")).toBe('2018-01-01T08:00:00.0000000Z');
    expect(ev("convertTimeZone('2018-06-01T12:00:00Z', 'GMT Standard Time', 'India Standard Time', 'HH:mm')")).toBe('16:30');
  });

  it('an ambiguous local time is standard time; a skipped one is an error (as .NET)', () => {
    expect(ev("convertToUtc('2018-11-04T01:30:00', 'Pacific Standard Time')")).toBe('2018-11-04T09:30:00.0000000Z');
    expect(failure("@convertToUtc('2018-03-11T02:30:00', 'Pacific Standard Time')").message).toContain('invalid time');
    expect(failure("@convertFromUtc('2018-01-01T00:00:00Z', 'Mars Standard Time')").message).toContain('valid time zone');
  });

  it('months and years clamp to the end of the month, as DateTime.AddMonths', () => {
    expect(ev("addToTime('2018-01-31T10:00:00Z', 1, 'Month')")).toBe('2018-02-28T10:00:00.0000000Z');
    expect(ev("addToTime('2020-02-29T00:00:00Z', 1, 'Year')")).toBe('2021-02-28T00:00:00.0000000Z');
    expect(ev("subtractFromTime('2018-03-31T00:00:00Z', 1, 'Week')")).toBe('2018-03-24T00:00:00.0000000Z');
    expect(failure("@addToTime('2018-01-01', 1, 'Fortnight')").message).toContain("'Second', 'Minute'");
  });

  it('dateDifference prints a TimeSpan, negative when the start is later', () => {
    expect(ev("dateDifference('2018-01-01T10:00:00Z', '2018-01-01T08:30:15.5Z')")).toBe('-01:29:44.5000000');
  });
});
