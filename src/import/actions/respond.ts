// Response (answer the caller) and Terminate (end the run).
import type { ActionKind } from '../block';
import { isObject } from '../json';
import { jsonCode } from '../options';
import { code, isExprIr, str } from '../values';
import { only, raw, recordCode, textCode, valueOf } from './helpers';

const response: ActionKind = {
  members: ['kind', 'inputs'],
  translate(a, cx) {
    const kind = a.take('kind');
    const inputs = a.take('inputs');
    if (kind !== 'Http' && kind !== 'PowerApp') return raw(`its kind '${kind}' is not Http or PowerApp`);
    if (!only(inputs, ['statusCode', 'headers', 'body', 'schema']) || !('statusCode' in inputs)) {
      return raw('its inputs are not { statusCode, headers, body, schema }');
    }
    const status = valueOf(inputs.statusCode, cx);
    if (!status) return raw('its statusCode is not an exact DSL value');
    if (status.k === 'lit' && !(Number.isInteger(status.v) && (status.v as number) >= 100 && (status.v as number) <= 599)) {
      return raw(`status ${status.v} is not an HTTP status code`);
    }
    const o = a.options;
    if (!(status.k === 'lit' && status.v === 200))
      o.add('status', status.k === 'lit' || isExprIr(status) ? code(status) : `(${code(status)} as any)`);
    if ('headers' in inputs) {
      const headers = valueOf(inputs.headers, cx);
      const c = headers && recordCode(headers);
      if (!c) return raw('its headers are not an object of exact DSL values');
      o.add('headers', c);
    }
    if ('body' in inputs) {
      const body = valueOf(inputs.body, cx);
      if (!body) return raw('its body is not an exact DSL value');
      o.add('body', code(body));
    }
    if ('schema' in inputs) {
      if (!isObject(inputs.schema)) return raw('its schema is not an object');
      o.add('schema', `s.raw(${jsonCode(inputs.schema)})`);
    }
    if (kind === 'PowerApp') o.add('kind', str('PowerApp'));
    return `${a.recv}.respond(${o.args(str(a.display))})`;
  },
};

const terminate: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['runStatus', 'runError']) || !['Succeeded', 'Failed', 'Cancelled'].includes(inputs.runStatus)) {
      return raw('its inputs are not { runStatus, runError } with a known status');
    }
    let error: string | undefined;
    if ('runError' in inputs) {
      const e = inputs.runError;
      if (inputs.runStatus !== 'Failed' || !only(e, ['code', 'message']))
        return raw('its runError is not { code, message } on a Failed run');
      const pairs: string[] = [];
      for (const k of ['code', 'message'] as const) {
        if (!(k in e)) continue;
        const v = valueOf(e[k], cx);
        if (!v) return raw(`its runError.${k} is not an exact DSL value`);
        pairs.push(`${k}: ${textCode(v)}`);
      }
      error = `{ ${pairs.join(', ')} }`;
    }
    return `${a.recv}.terminate(${a.options.args(str(a.display), str(inputs.runStatus), error)})`;
  },
};

export const RESPOND_ACTIONS: Record<string, ActionKind> = { Response: response, Terminate: terminate };
