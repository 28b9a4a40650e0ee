// Fault injection: `fault({ status: 429, count: 2, retryAfter: 30 })` makes the next two matching calls fail
// with that status and a Retry-After header, before the double looks at them. Faults apply in the order given.
import { faultError, type ServiceError } from './errors';
import type { FaultSpec } from './types';

export class Faults {
  private readonly queue: (FaultSpec & { left: number })[] = [];

  add(spec: FaultSpec): void {
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599)
      throw new Error(`fault: ${spec.status} is not an error status`);
    this.queue.push({ ...spec, left: spec.count ?? 1 });
  }

  /** The error for this call, if a fault matches it (consuming one of its count). */
  take(method: string, path: string): ServiceError | undefined {
    const f = this.queue.find(
      (q) =>
        (!q.method || q.method.toUpperCase() === method) &&
        (!q.path || (typeof q.path === 'string' ? path.startsWith(q.path) : q.path.test(path))),
    );
    if (!f) return undefined;
    if (--f.left === 0) this.queue.splice(this.queue.indexOf(f), 1);
    return faultError(f.status, f.retryAfter);
  }

  /** Faults not used up yet. */
  get remaining(): number {
    return this.queue.reduce((n, q) => n + q.left, 0);
  }

  clear(): void {
    this.queue.length = 0;
  }
}
