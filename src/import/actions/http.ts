// HTTP: a call to any endpoint.
import type { ActionKind } from '../block';
import { code, str } from '../values';
import { only, raw, recordCode, retryPolicyCode, textCode, valueOf } from './helpers';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const MEMBERS = ['method', 'uri', 'headers', 'queries', 'body', 'authentication', 'retryPolicy'];

const httpAction: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, MEMBERS) || !METHODS.includes(inputs.method) || !('uri' in inputs)) {
      return raw('its inputs are not { method, uri, headers, queries, body, authentication, retryPolicy } with a known method');
    }
    const o = a.options;
    o.add('method', str(inputs.method));
    const uri = valueOf(inputs.uri, cx);
    if (!uri) return raw('its uri is not an exact DSL value');
    o.add('uri', textCode(uri));
    for (const k of ['headers', 'queries'] as const) {
      if (!(k in inputs)) continue;
      const v = valueOf(inputs[k], cx);
      const c = v && recordCode(v);
      if (!c) return raw(`its ${k} are not an object of exact DSL values`);
      o.add(k, c);
    }
    for (const k of ['body', 'authentication'] as const) {
      if (!(k in inputs)) continue;
      const v = valueOf(inputs[k], cx);
      if (!v) return raw(`its ${k} is not an exact DSL value`);
      o.add(k, code(v));
    }
    if ('retryPolicy' in inputs) {
      const rp = retryPolicyCode(inputs.retryPolicy);
      if (!rp) return raw('its retryPolicy is not one the DSL types');
      o.add('retryPolicy', rp);
    }
    return `${a.recv}.http(${str(a.display)}, ${o.code()})`;
  },
};

export const HTTP_ACTIONS: Record<string, ActionKind> = { Http: httpAction };
