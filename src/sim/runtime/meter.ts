// Metering of Power Platform requests, as request entitlements count them.
//
// Counted (https://learn.microsoft.com/power-platform/admin/api-request-limits-allocations:
// "all API requests to connectors, HTTP actions, and built-in actions from initializing
// variables to a simple compose action. Both succeeded and failed actions count ...
// retries and other requests from pagination count as action executions as well"):
// - every action that executes, control actions included (Scope, If, Switch, Foreach, Until
//   are steps of the flow), once per loop iteration for actions inside loops;
// - every retry of an action, as one more execution;
// - the trigger, once per evaluation: a run's trigger counts in the run, and a trigger whose
//   conditions are not met still counts (it was evaluated) although no run starts.
// Not counted: Skipped actions (they do not execute) and actions never started after a Terminate.
// A child flow's run meters its own trigger and actions; the parent's Workflow action counts once.

export interface MeterSnapshot {
  total: number;
  triggers: number;
  actions: number;
  retries: number;
  byFlow: Record<string, number>;
}

export class Meter {
  total = 0;
  triggers = 0;
  actions = 0;
  retries = 0;
  readonly byFlow: Record<string, number> = {};

  count(flow: string, kind: 'trigger' | 'action' | 'retry', n = 1): void {
    if (n <= 0) return;
    this.total += n;
    if (kind === 'trigger') this.triggers += n;
    else if (kind === 'action') this.actions += n;
    else this.retries += n;
    this.byFlow[flow] = (this.byFlow[flow] ?? 0) + n;
  }

  snapshot(): MeterSnapshot {
    return { total: this.total, triggers: this.triggers, actions: this.actions, retries: this.retries, byFlow: { ...this.byFlow } };
  }
}
