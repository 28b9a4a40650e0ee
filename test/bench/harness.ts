// Shared helpers for benchmarks.

export interface BenchRow {
  name: string;
  /** What was measured, e.g. "median ms" or "evaluations/s". */
  unit: string;
  value: number;
  /** A ratio measured side by side in the same run, e.g. build time / floor time. */
  ratio?: { against: string; value: number; goal?: string };
}

/** Median wall time in milliseconds of `runs` calls of `fn`. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
