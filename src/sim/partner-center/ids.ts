// Deterministic ids: every GUID, eTag and Microsoft CRM id is derived from the seed and a per-kind counter.
import { deriveGuid } from '../../dsl';

export class Ids {
  private readonly counters = new Map<string, number>();
  constructor(readonly seed: string) {}

  private count(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  /** The n-th GUID of a kind: `referral`, `engagement`, `request`... */
  guid(kind: string): string {
    return deriveGuid('partner-center-double', this.seed, kind, String(this.count(kind)));
  }

  /** An eTag as the service writes it: a quoted version string, e.g. `"2500ec5a-0000-0000-0000-5bf4967d0000"`. */
  eTag(): string {
    const g = this.guid('etag').replace(/-/g, '');
    return `"${g.slice(0, 8)}-0000-0000-0000-${g.slice(20)}"`;
  }

  /** A Microsoft CRM (MSX) opportunity id, e.g. `7-3F9A2C1B0D`. */
  msxId(): string {
    return `7-${this.guid('msx').replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  }
}
