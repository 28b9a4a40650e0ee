import type { RenderContext } from '../context';
import { Trigger, type TriggerOptions } from '../trigger';
import { compact } from '../value';

export type Frequency = 'Second' | 'Minute' | 'Hour' | 'Day' | 'Week' | 'Month';

export interface RecurrenceOptions extends TriggerOptions {
  frequency: Frequency;
  interval: number;
  startTime?: string;
  timeZone?: string;
}

/** Recurrence: runs on a schedule. */
export class RecurrenceTrigger extends Trigger {
  readonly type = 'Recurrence';
  constructor(private readonly o: RecurrenceOptions) {
    super('Recurrence', o);
  }

  override validate(): string[] {
    const problems = super.validate();
    if (!Number.isInteger(this.o.interval) || this.o.interval < 1) problems.push(`interval must be a positive integer`);
    if (this.o.startTime && Number.isNaN(Date.parse(this.o.startTime))) problems.push(`startTime is not a date-time`);
    return problems;
  }

  /** Real exports carry `recurrence` beside `metadata` and `type`, with no `inputs`. */
  protected renderInputs(_ctx: RenderContext) {
    return undefined;
  }

  protected override renderHead(_ctx: RenderContext) {
    return {
      recurrence: compact({
        frequency: this.o.frequency,
        interval: this.o.interval,
        startTime: this.o.startTime,
        timeZone: this.o.timeZone,
      }),
    };
  }
}

export const recurrence = (o: RecurrenceOptions) => new RecurrenceTrigger(o);
