// ISO 8601 durations as workflow definitions write them (`PT10S`, `P1D`, `PT1H30M`), in milliseconds.

const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const SECOND = 1000;
const DAY = 86_400 * SECOND;

/** Milliseconds of an ISO 8601 duration; a year counts 365 days and a month 30. Undefined when malformed. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return (
    n(1) * 365 * DAY + n(2) * 30 * DAY + n(3) * 7 * DAY + n(4) * DAY + n(5) * 3600 * SECOND + n(6) * 60 * SECOND + Math.round(n(7) * SECOND)
  );
}

/** Milliseconds of a Wait action's `{ count, unit }` interval. */
export function intervalMs(count: number, unit: string): number | undefined {
  const units: Record<string, number> = {
    second: SECOND,
    minute: 60 * SECOND,
    hour: 3600 * SECOND,
    day: DAY,
    week: 7 * DAY,
    month: 30 * DAY,
  };
  const size = units[unit.toLowerCase()];
  return size === undefined || !Number.isFinite(count) || count < 0 ? undefined : count * size;
}
