// Connector actions (OpenApiConnection): `b.dataverse.*` where a Dataverse operation fits its typed
// builder exactly, else `b.call(...)` with the operation's parameters as they are.
import { apiIdOf, dataverseApi } from '../../dsl';
import type { ActionInput, ActionKind } from '../block';
import type { FlowContext } from '../context';
import { isObject, jsonEqual } from '../json';
import { type V, code, loose, str } from '../values';
import { only, raw, retryPolicyCode, valueOf } from './helpers';
import { dataverseCall } from './dataverse';

const connector: ActionKind = {
  members: ['inputs'],
  runtime: {
    paginationPolicy: (v) => {
      const n = isObject(v) && Object.keys(v).join() === 'minimumItemCount' ? v.minimumItemCount : undefined;
      return Number.isInteger(n) && n >= 1 && n <= 100000 ? ['minimumItemCount', String(n)] : undefined;
    },
  },
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['host', 'parameters', 'authentication', 'retryPolicy']) || !('parameters' in inputs)) {
      return raw('its inputs are not { host, parameters, authentication, retryPolicy }');
    }
    const host = inputs.host;
    const decl = only(host, ['connectionName', 'operationId', 'apiId']) ? cx.connector(host.connectionName) : undefined;
    if (!decl || typeof host.operationId !== 'string')
      return raw('its host does not name a connection reference of the flow and an operation');
    if (host.apiId !== apiIdOf(decl.api)) return raw(`its apiId '${host.apiId}' is not the one the DSL derives from api.name`);
    if (!jsonEqual(inputs.authentication, cx.authentication)) {
      return raw(`its authentication is not the ${JSON.stringify(cx.authentication)} the compiler writes under this trigger`);
    }
    if ('retryPolicy' in inputs) {
      const rp = retryPolicyCode(inputs.retryPolicy);
      if (!rp) return raw('its retryPolicy is not one the DSL types');
      a.options.add('retryPolicy', rp);
    }
    if (!isObject(inputs.parameters)) return raw('its parameters are not an object');
    const params = new Map<string, V>();
    for (const [k, x] of Object.entries(inputs.parameters)) {
      const v = valueOf(x, cx);
      if (!v) return raw(`parameter '${k}' is not an exact DSL value`);
      params.set(k, v);
    }
    const isDataverse = decl.api.name === dataverseApi.name && !decl.api.logicalName;
    return (isDataverse && dataverseCall(a, cx, host.operationId, params)) || genericCall(a, decl.id, host.operationId, params);
  },
};

/** `b.call('Name', operation<any, any>(api, 'op'), { ...parameters })`. */
function genericCall(a: ActionInput, api: string, operationId: string, params: Map<string, V>): string {
  const body = `{ ${[...params].map(([k, v]) => `${str(k)}: ${code(v)}`).join(', ')} }`;
  return `${a.recv}.call(${a.options.args(str(a.display), `operation<any, any>(${api}, ${str(operationId)})`, body)})`;
}

/** Run a Child Flow: `b.runChildFlow('Name', child, { input: value })` when the child was imported too. */
const childFlowAction: ActionKind = {
  members: ['inputs'],
  translate(a, cx: FlowContext) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['host', 'body', 'retryPolicy']) || !only(inputs.host, ['workflowReferenceName'])) {
      return raw('its inputs are not { host: { workflowReferenceName }, body, retryPolicy }');
    }
    const ref = String(inputs.host.workflowReferenceName ?? '')
      .replace(/[{}]/g, '')
      .toLowerCase();
    const child = cx.children.get(ref);
    if (!child) return raw(`child flow ${ref} is not among the imported flows (or its trigger is not a typed manual trigger)`);
    const pairs: string[] = [];
    if ('body' in inputs) {
      if (!isObject(inputs.body) || !Object.keys(inputs.body).length) return raw('its body is not a non-empty object of inputs');
      for (const [k, x] of Object.entries(inputs.body)) {
        const name = child.inputs[k];
        const v = valueOf(x, cx);
        if (!name || !v) return raw(`its input '${k}' is not a declared input of the child, or not an exact DSL value`);
        // Plain values of the input's own type need no cast (`text` takes strings, `boolean` booleans...).
        const kind = k.replace(/_\d+$/, '');
        const lit = v.k === 'lit' ? typeof v.v : undefined;
        const fits =
          v.k === 'str' ? kind === 'text' || kind === 'email' : (kind === 'number' || kind === 'boolean') && lit === kind;
        pairs.push(`${JSON.stringify(name)}: ${fits ? code(v) : loose(v)}`);
      }
    }
    if ('retryPolicy' in inputs) {
      const rp = retryPolicyCode(inputs.retryPolicy);
      if (!rp) return raw('its retryPolicy is not one the DSL types');
      a.options.add('retryPolicy', rp);
    }
    return `${a.recv}.runChildFlow(${a.options.args(str(a.display), cx.childId(ref, child), `{ ${pairs.join(', ')} }`)})`;
  },
};

export const CONNECTOR_ACTIONS: Record<string, ActionKind> = { OpenApiConnection: connector, Workflow: childFlowAction };
