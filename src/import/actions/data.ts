// Compose, Parse JSON, Filter array, Select, Join: data operations.
import type { ActionKind } from '../block';
import { jsonCode } from '../options';
import { code, isExprIr, loose, str } from '../values';
import { only, raw, valueOf } from './helpers';

const compose: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (inputs === undefined) {
      a.options.extra.inputs = undefined;
      return `${a.recv}.compose(${a.options.args(str(a.display), 'null')})`;
    }
    const v = valueOf(inputs, cx);
    if (!v) return raw('its inputs are not an exact DSL value (an invalid expression?)');
    return `${a.recv}.compose(${a.options.args(str(a.display), code(v))})`;
  },
};

const parseJson: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (
      !only(inputs, ['content', 'schema']) ||
      typeof inputs.schema !== 'object' ||
      inputs.schema === null ||
      Array.isArray(inputs.schema)
    ) {
      return raw('its inputs are not { content, schema }');
    }
    const content = valueOf(inputs.content ?? null, cx);
    if (!content) return raw('its content is not an exact DSL value');
    return `${a.recv}.parseJson(${a.options.args(str(a.display), code(content), `s.raw(${jsonCode(inputs.schema)})`)})`;
  },
};

const query: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['from', 'where']) || !('from' in inputs) || !('where' in inputs))
      return raw('its inputs are not { from, where }');
    const from = valueOf(inputs.from, cx);
    const where = valueOf(inputs.where, cx);
    if (!from || !where || !isExprIr(where)) return raw('its from/where are not exact DSL values');
    const cond = where.k === 'text' ? `(${code(where)} as any)` : code(where);
    return `${a.recv}.filter(${a.options.args(str(a.display), loose(from), `() => ${cond}`)})`;
  },
};

const select: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['from', 'select']) || !('from' in inputs) || !('select' in inputs))
      return raw('its inputs are not { from, select }');
    const from = valueOf(inputs.from, cx);
    const map = valueOf(inputs.select, cx);
    if (!from || !map) return raw('its from/select are not exact DSL values');
    return `${a.recv}.select(${a.options.args(str(a.display), loose(from), `() => (${code(map)})`)})`;
  },
};

const join: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    if (!only(inputs, ['from', 'joinWith']) || !('from' in inputs)) return raw('its inputs are not { from, joinWith }');
    const from = valueOf(inputs.from, cx);
    const joinWith = valueOf(inputs.joinWith ?? '', cx);
    if (!from || joinWith?.k !== 'str') return raw('its joinWith is not plain text, or from is not an exact DSL value');
    return `${a.recv}.join(${a.options.args(str(a.display), loose(from), code(joinWith))})`;
  },
};

export const DATA_ACTIONS: Record<string, ActionKind> = {
  Compose: compose,
  ParseJson: parseJson,
  Query: query,
  Select: select,
  Join: join,
};
