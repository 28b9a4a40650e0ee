// Trigger-side reading of a flow: its outputs record, its conditions, and Dataverse row subscriptions.
import { evaluateJson, type EvaluationContext, type RunRecord as ExprRecord, type Value } from '../../expr';
import { isObject } from '../../compile/definition';
import type { RowSubscription } from '../contracts';
import type { LoadedFlow } from './flow';

/** What starts a run: the trigger's outputs (`headers`, `body`, and for HTTP `queries`...). */
export interface TriggerOutputs {
  headers?: Record<string, string>;
  body?: unknown;
  [key: string]: unknown;
}

export function triggerRecord(flow: LoadedFlow, outputs: TriggerOutputs, time: string): ExprRecord {
  const normalized = { ...outputs, headers: outputs.headers ?? {}, body: outputs.body ?? null } as Value;
  return { name: flow.triggerName, outputs: normalized, status: 'Succeeded', code: 'OK', startTime: time, endTime: time };
}

/** The `workflow()` object of a run. */
export function workflowObject(flow: LoadedFlow, runId: string): Value {
  const id = `/providers/Microsoft.Flow/flows/${flow.workflowId}`;
  return {
    id,
    name: flow.workflowId,
    type: 'Microsoft.Flow/flows',
    location: 'simulator',
    run: { id: `${id}/runs/${runId}`, name: runId, type: 'Microsoft.Flow/flows/runs' },
    tags: { flowDisplayName: flow.name, environmentName: 'simulator', logicAppName: flow.workflowId },
  };
}

/** Whether every trigger condition holds; undefined, or the first one that does not (or fails). */
export function unmetCondition(flow: LoadedFlow, ctx: EvaluationContext): { expression: string; error?: string } | undefined {
  const conditions = Array.isArray(flow.trigger.conditions) ? flow.trigger.conditions : [];
  for (const c of conditions) {
    const expression = String(c?.expression ?? '');
    try {
      if (evaluateJson(expression, ctx) !== true) return { expression };
    } catch (e) {
      return { expression, error: e instanceof Error ? e.message : String(e) };
    }
  }
  return undefined;
}

const DATAVERSE_TRIGGER = /^(OpenApiConnectionWebhook|ApiConnectionWebhook)$/;

/** The Dataverse "When a row is added, modified or deleted" subscription of a flow, if its trigger is one. */
export function rowSubscriptionOf(flow: LoadedFlow, ctx: EvaluationContext): RowSubscription | undefined {
  const t = flow.trigger;
  if (!DATAVERSE_TRIGGER.test(String(t.type)) || t.inputs?.host?.operationId !== 'SubscribeWebhookTrigger') return undefined;
  const raw = isObject(t.inputs?.parameters) ? t.inputs.parameters : {};
  const p = evaluateJson(raw as Value, ctx) as Record<string, Value>;
  const get = (key: string) => p[`subscriptionRequest/${key}`];
  const text = (v: Value | undefined) => (v === undefined || v === null || v === '' ? undefined : String(v));
  const attributes = text(get('filteringattributes'));
  const filter = text(get('filterexpression'));
  const runAs = get('runas');
  return {
    flow: flow.name,
    message: Number(get('message')),
    entityName: String(get('entityname') ?? ''),
    scope: Number(get('scope') ?? 4),
    ...(attributes ? { filteringAttributes: attributes.split(',').map((a) => a.trim()).filter(Boolean) } : {}),
    ...(filter ? { filterExpression: filter } : {}),
    ...(runAs !== undefined && runAs !== null ? { runAs: Number(runAs) } : {}),
  };
}
