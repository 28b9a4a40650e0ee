// The simulated clock: time moves only when a wait, a retry or a test advances it.
import type { Clock } from '../contracts';

export const DEFAULT_START = '2025-01-01T00:00:00.000Z';

export class SimulatedClock implements Clock {
  private ms: number;

  constructor(start: Date | string = DEFAULT_START) {
    this.ms = new Date(start).getTime();
    if (Number.isNaN(this.ms)) throw new RangeError(`the clock's start '${String(start)}' is not a date`);
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the clock cannot advance by ${ms} ms`);
    this.ms += ms;
  }
}
