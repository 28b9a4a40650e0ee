// Windows time zone names (as .NET's TimeZoneInfo on Windows uses them) mapped
// to IANA zones with windows-iana, and conversions with luxon's zone data.

import { IANAZone } from 'luxon';
import { findIana, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { addTicks, TICKS_PER_SECOND, toUnixMs, type Timestamp } from './timestamp';

/** Windows names without punctuation or case, as the reference guide allows ("remove any punctuation"). */
const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9+-]/g, '');
const WINDOWS_NAMES = new Map<string, string>(WINDOWS_TO_IANA_MAP.map((entry) => [normalize(entry.windowsName), entry.windowsName]));

/** The IANA zone for a Windows time zone name (or an IANA name); undefined when unknown. */
export function resolveZone(name: string): IANAZone | undefined {
  const windows = WINDOWS_NAMES.get(normalize(name));
  const iana = windows ? findIana(windows, '001')[0] ?? findIana(windows)[0] : name;
  if (!iana || !IANAZone.isValidZone(iana)) return undefined;
  return IANAZone.create(iana);
}

const MINUTE_MS = 60_000;

/** Offset minutes as ticks; historical local mean time offsets have seconds (e.g. -7:52:58). */
const offsetTicks = (minutes: number) => BigInt(Math.round(minutes * 60)) * TICKS_PER_SECOND;

/** A UTC instant as wall-clock time in `zone` (no time zone kind). */
export function fromUtc(t: Timestamp, zone: IANAZone): Timestamp | undefined {
  const offset = zone.offset(toUnixMs(t));
  const local = addTicks(t, offsetTicks(offset));
  return local && { ticks: local.ticks, kind: 'unspecified' };
}

/**
 * Wall-clock time in `zone` as UTC. An ambiguous time (the repeated hour when
 * clocks go back) is standard time, as .NET assumes; a time skipped when clocks
 * go forward is 'invalid', as .NET reports.
 */
export function toUtc(t: Timestamp, zone: IANAZone): Timestamp | 'invalid' | undefined {
  const wall = toUnixMs(t);
  const candidates = [...new Set([zone.offset(wall - 86_400_000), zone.offset(wall), zone.offset(wall + 86_400_000)])]
    .filter((offset) => zone.offset(wall - offset * MINUTE_MS) === offset)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return 'invalid';
  const utc = addTicks(t, -offsetTicks(candidates[0]!));
  return utc && { ticks: utc.ticks, kind: 'utc' };
}
