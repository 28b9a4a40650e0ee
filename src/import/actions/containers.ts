// Condition, Switch, Apply to each, Do until and Scope: nested blocks as callbacks.
import { isDuration } from '../../dsl';
import type { ActionKind } from '../block';
import { conditionCode } from '../conditions';
import { isObject } from '../json';
import { loose, str } from '../values';
import { only, raw, valueOf } from './helpers';

/** `{ actions: {...} }` (or absent) of a branch. */
const branch = (b: unknown) => b === undefined || (only(b, ['actions']) && isObject(b.actions));

const ifAction: ActionKind = {
  members: ['actions', 'else', 'expression'],
  translate(a, cx) {
    const yes = a.take('actions');
    const no = a.take('else');
    const cond = conditionCode(a.take('expression'), cx);
    if (!cond) return raw('its expression is not a condition the DSL renders exactly');
    if (yes !== undefined && !isObject(yes)) return raw('its actions are not an action map');
    if (!branch(no)) return raw('its else is not { actions }');
    if (yes === undefined) a.options.extra.actions = undefined;
    if (no === undefined) a.options.extra.else = undefined;
    const branches: string[] = [];
    if (yes && Object.keys(yes).length) branches.push(`yes: ${a.block(yes, '')}`);
    if (no && Object.keys(no.actions).length) branches.push(`no: ${a.block(no.actions, 'else')}`);
    return `${a.recv}.if(${a.options.args(str(a.display), cond, `{ ${branches.join(', ')} }`)})`;
  },
};

/** The designer's case key the DSL derives for the i-th case (`Case_<value>`, `_2`... on clashes). */
function derivedKey(values: (string | number)[], i: number): string {
  const base = (v: string | number) => `Case_${String(v).replace(/[^\w]+/g, '_')}`;
  const before = values.slice(0, i).filter((v) => base(v) === base(values[i]!)).length;
  return before ? `${base(values[i]!)}_${before + 1}` : base(values[i]!);
}

const switchAction: ActionKind = {
  members: ['expression', 'cases', 'default'],
  translate(a, cx) {
    const on = valueOf(a.take('expression'), cx);
    const cases = a.take('cases');
    const fallback = a.take('default');
    if (!on) return raw('its expression is not an exact DSL value');
    if (!isObject(cases) || !Object.keys(cases).length) return raw('it has no cases');
    const entries = Object.entries<any>(cases); // case JSON
    const values: (string | number)[] = [];
    for (const [, c] of entries) {
      if (!only(c, ['case', 'actions']) || !isObject(c.actions) || !(typeof c.case === 'string' || typeof c.case === 'number')) {
        return raw('a case is not { case: <text or number>, actions }');
      }
      values.push(c.case);
    }
    if (new Set(values.map((v) => `${typeof v}:${v}`)).size !== values.length) return raw('two cases have the same value');
    if (!branch(fallback)) return raw('its default is not { actions }');
    if (fallback === undefined) a.options.extra.default = undefined;
    const list = entries.map(([key, c], i) => {
      const body = a.block(c.actions, key);
      const value = typeof c.case === 'number' ? String(c.case) : str(c.case);
      return `[${value}, ${body}${derivedKey(values, i) === key ? '' : `, ${str(key)}`}]`;
    });
    const def = fallback && Object.keys(fallback.actions).length ? a.block(fallback.actions, 'default') : undefined;
    return `${a.recv}.switch(${a.options.args(str(a.display), loose(on), `[${list.join(', ')}]`, def)})`;
  },
};

const foreach: ActionKind = {
  members: ['foreach', 'actions'],
  runtime: {
    concurrency: (v: unknown) => {
      const n = isObject(v) && Object.keys(v).join() === 'repetitions' ? v.repetitions : undefined;
      return Number.isInteger(n) && n >= 1 && n <= 50 ? ['concurrency', String(n)] : undefined;
    },
  },
  translate(a, cx) {
    const over = valueOf(a.take('foreach'), cx);
    const body = a.take('actions');
    if (!over) return raw('its foreach is not an exact DSL value');
    if (!isObject(body)) return raw('its actions are not an action map');
    return `${a.recv}.foreach(${a.options.args(str(a.display), loose(over), a.block(body, ''))})`;
  },
};

const until: ActionKind = {
  members: ['expression', 'limit', 'actions'],
  translate(a, cx) {
    const cond = conditionCode(a.take('expression'), cx);
    const limit = a.take('limit');
    const body = a.take('actions');
    if (!cond) return raw('its expression is not a condition the DSL renders exactly');
    if (!isObject(body)) return raw('its actions are not an action map');
    const typed =
      only(limit, ['count', 'timeout']) &&
      Number.isInteger(limit.count) &&
      limit.count >= 1 &&
      limit.count <= 5000 &&
      typeof limit.timeout === 'string' &&
      isDuration(limit.timeout);
    // A limit the DSL cannot type (an expression, a missing member) is written verbatim over a placeholder.
    if (!typed) a.options.extra.limit = limit;
    const limits = typed ? `{ count: ${limit.count}, timeout: ${str(limit.timeout)} }` : `{ count: 60, timeout: 'PT1H' }`;
    return `${a.recv}.until(${a.options.args(str(a.display), cond, limits, a.block(body, ''))})`;
  },
};

const scope: ActionKind = {
  members: ['actions'],
  translate(a) {
    const body = a.take('actions');
    if (!isObject(body)) return raw('its actions are not an action map');
    return `${a.recv}.scope(${a.options.args(str(a.display), a.block(body, ''))})`;
  },
};

export const CONTAINER_ACTIONS: Record<string, ActionKind> = {
  If: ifAction,
  Switch: switchAction,
  Foreach: foreach,
  Until: until,
  Scope: scope,
};
