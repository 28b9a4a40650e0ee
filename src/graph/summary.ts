// What a flow's documentation page tabulates, read from its workflow JSON: triggers, inputs, environment
// variables, connections. Cells are Markdown.
import { type JsonObject, isObject } from '../compile/definition';
import { code } from '../diff/markdown-text';

export interface FlowSummary {
  /** Trigger, kind, details. */
  triggers: string[][];
  /** Input, type, required, description. */
  inputs: string[][];
  /** Schema name, parameter, type, default. */
  environmentVariables: string[][];
  /** Connection reference, connector. */
  connections: string[][];
}

const MESSAGE: Record<string, string> = {
  '1': 'added',
  '2': 'deleted',
  '3': 'modified',
  '4': 'added or modified',
  '5': 'added or deleted',
  '6': 'modified or deleted',
  '7': 'added, modified or deleted',
};
const SCOPE: Record<string, string> = { '1': 'user', '2': 'business unit', '3': 'parent: child business unit', '4': 'organization' };

const str = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function triggerRow(name: string, t: JsonObject): string[] {
  const inputs = isObject(t.inputs) ? t.inputs : {};
  const details: string[] = [];
  let kind = [t.type, t.kind].filter((x) => typeof x === 'string').join(' ');
  if (t.type === 'Request' && t.kind === 'Http') {
    kind = 'HTTP request';
    details.push(`method ${code(str(inputs.method ?? 'POST'))}`);
    if (inputs.triggerAuthenticationType) details.push(`callers ${code(str(inputs.triggerAuthenticationType))}`);
  } else if (t.type === 'Request' && t.kind === 'Button') kind = 'manual (instant or child flow)';
  else if (t.type === 'Recurrence' && isObject(t.recurrence)) {
    kind = 'recurrence';
    const r = t.recurrence;
    details.push(`every ${r.interval ?? 1} ${str(r.frequency ?? '?')}`);
    if (r.startTime) details.push(`from ${code(str(r.startTime))}`);
    if (r.timeZone) details.push(`time zone ${code(str(r.timeZone))}`);
  } else if (isObject(inputs.host)) {
    const p = isObject(inputs.parameters) ? inputs.parameters : {};
    if (inputs.host.operationId === 'SubscribeWebhookTrigger' && 'subscriptionRequest/entityname' in p) {
      kind = 'Dataverse row';
      details.push(`table ${code(str(p['subscriptionRequest/entityname']))}`);
      const message = p['subscriptionRequest/message'];
      if (message !== undefined) details.push(`when ${MESSAGE[str(message)] ?? code(str(message))}`);
      if (p['subscriptionRequest/scope'] !== undefined)
        details.push(`scope ${SCOPE[str(p['subscriptionRequest/scope'])] ?? str(p['subscriptionRequest/scope'])}`);
      if (p['subscriptionRequest/filteringattributes'])
        details.push(`filtering columns ${code(str(p['subscriptionRequest/filteringattributes']))}`);
      if (p['subscriptionRequest/filterexpression']) details.push(`filter ${code(str(p['subscriptionRequest/filterexpression']))}`);
    } else {
      details.push(`operation ${code(str(inputs.host.operationId))}`);
      if (inputs.host.connectionName) details.push(`connection ${code(str(inputs.host.connectionName))}`);
    }
  }
  for (const c of Array.isArray(t.conditions) ? t.conditions : []) details.push(`condition ${code(str(c?.expression))}`);
  const concurrency = t.runtimeConfiguration?.concurrency;
  if (isObject(concurrency))
    details.push(`concurrency ${concurrency.runs}${concurrency.maximumWaitingRuns ? `, ${concurrency.maximumWaitingRuns} waiting` : ''}`);
  return [code(name), kind, details.join('; ')];
}

function inputRows(t: JsonObject): string[][] {
  const schema = t.inputs?.schema;
  if (t.type !== 'Request' || !isObject(schema) || !isObject(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties).map(([key, p]) => {
    const prop = isObject(p) ? p : {};
    const name = typeof prop.title === 'string' ? `${prop.title} (${code(key)})` : code(key);
    const type = [prop.type, prop.format].filter((x) => typeof x === 'string').join(', ');
    return [name, type, required.has(key) ? 'yes' : 'no', typeof prop.description === 'string' ? prop.description : ''];
  });
}

export function summaryOf(properties: JsonObject, definition: JsonObject): FlowSummary {
  const triggers = Object.entries(isObject(definition.triggers) ? definition.triggers : {}).map(
    ([n, t]) => [n, isObject(t) ? t : {}] as const,
  );
  const parameters = Object.entries(isObject(definition.parameters) ? definition.parameters : {});
  const refs = Object.entries(isObject(properties.connectionReferences) ? properties.connectionReferences : {});
  return {
    triggers: triggers.map(([n, t]) => triggerRow(n, t)),
    inputs: triggers.flatMap(([, t]) => inputRows(t)),
    environmentVariables: parameters
      .filter(([, p]) => typeof p?.metadata?.schemaName === 'string')
      .map(([name, p]) => [
        code(p.metadata.schemaName),
        code(name),
        str(p.type ?? ''),
        p.defaultValue === undefined ? '' : code(str(p.defaultValue)),
      ]),
    connections: refs.map(([key, c]) => [
      code(str(c?.connection?.connectionReferenceLogicalName ?? c?.connection?.name ?? key)),
      code(str(c?.api?.name ?? key)),
    ]),
  };
}
