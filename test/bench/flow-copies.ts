// Synthetic flows for the build benchmark: renamed copies of the project's flows, each with its own workflow id.
import { $, type Expr, Flow, type FlowBuilder, HttpRequestTrigger, type HttpRequestOptions, type Trigger } from '../../src/dsl';

/**
 * The body of copy `n`: the flow's own, except that an HTTP request trigger without conditions only accepts requests
 * for this copy (a condition on a header), as ten receivers of one system would. Without it, each copy's writes to
 * that system could fire every other copy's webhook: a loop the bidirectional-sync-loop rule rightly reports.
 */
function copyBody(body: (f: FlowBuilder) => void, n: number): (f: FlowBuilder) => void {
  return (f) => {
    const set = f.trigger.bind(f);
    f.trigger = <T extends Trigger>(trigger: T): T => {
      if (!(trigger instanceof HttpRequestTrigger)) return set(trigger);
      // The trigger's options are private; benchmarks read them to add the condition.
      const options = Reflect.get(trigger, 'o') as HttpRequestOptions<unknown>;
      if (options.conditions?.length) return set(trigger);
      const conditions: Expr<boolean>[] = [];
      const copy = new HttpRequestTrigger({ ...options, conditions });
      conditions.push($.equals(copy.headers['x-cosell-copy']!, String(n)));
      return set(copy as unknown as T);
    };
    body(f);
  };
}

/**
 * The project's flows plus `count - 1` renamed copies of each, so every copy gets its own workflow id. The
 * originals stay in the set: copies still call the original child flows, which must be part of the build.
 */
export function copies(flows: { file: string; flow: Flow }[], count: number): { file: string; flow: Flow }[] {
  return flows.flatMap(({ file, flow }) => [
    { file, flow },
    ...Array.from({ length: count - 1 }, (_, i) => ({ file: `${file}#${i + 1}`, flow: copyFlow(flow, i + 1) })),
  ]);
}

/** Copy `n` of one flow (for a generated `*.flow.ts` file that default-exports it). */
export function copyFlow(flow: Flow, n: number): Flow {
  // The flow's builder callback is private; benchmarks re-run it under another name.
  const body = Reflect.get(flow, 'body') as (f: FlowBuilder) => void;
  const key = flow.key === undefined ? undefined : `${flow.key} ${n}`;
  return new Flow(`${flow.displayName} ${n}`, copyBody(body, n), { ...flow.options, key });
}
