// Trigger concurrency: at most `runs` runs of a flow at once; later ones wait in FIFO order.
export class RunQueue {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number | undefined,
    private readonly maximumWaiting: number | undefined,
  ) {}

  /** False when the waiting list is full (the trigger is then rejected with 429). */
  canAccept(): boolean {
    if (this.limit === undefined || this.active < this.limit) return true;
    return this.maximumWaiting === undefined || this.waiting.length < this.maximumWaiting;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    // A finishing run hands its slot straight to the first waiting one.
    if (this.limit !== undefined && this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  get pending(): number {
    return this.waiting.length;
  }
}
