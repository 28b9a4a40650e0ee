// Initialize variable and the four variable updates, through typed variable handles.
import { InitializeVariable, VariableUpdate, type VariableType, type VariableUpdateType, actionKey } from '../../dsl';
import type { ActionKind } from '../block';
import { isObject } from '../json';
import { code, live, str } from '../values';
import { only, raw, valueOf } from './helpers';

const TYPES = new Set<VariableType>(['string', 'integer', 'float', 'boolean', 'array', 'object']);

const sameKey = (display: string, name: string): boolean => {
  try {
    return actionKey(display) === name;
  } catch {
    return false;
  }
};

const initialize: ActionKind = {
  members: ['inputs'],
  translate(a, cx) {
    const inputs = a.take('inputs');
    const list = inputs?.variables;
    if (!only(inputs, ['variables']) || !Array.isArray(list) || list.length !== 1 || !isObject(list[0])) {
      return raw('its inputs do not initialize exactly one variable');
    }
    const v = list[0];
    if (!only(v, ['name', 'type', 'value']) || typeof v.name !== 'string' || !TYPES.has(v.type)) {
      return raw('the variable is not { name, type, value } with a type the DSL knows');
    }
    if (a.recv !== 'f') return raw('the DSL initializes variables at the top level only');
    const value = 'value' in v ? valueOf(v.value, cx) : undefined;
    if ('value' in v && !value) return raw('its initial value is not an exact DSL value');
    const problems = new InitializeVariable(v.name, v.type, value ? live(value) : undefined).validate();
    if (problems.length) return raw(problems.join('; '));
    if (!sameKey(`Initialize ${v.name}`, a.name)) a.options.add('actionName', str(a.display));
    const id = a.handle(v.name);
    cx.variables.set(v.name.toLowerCase(), { id, name: v.name, type: v.type });
    return `f.variable<any>(${a.options.args(str(v.name), str(v.type), value ? code(value) : undefined)})`;
  },
};

const UPDATES: Record<VariableUpdateType, { method: string; prefix: string }> = {
  SetVariable: { method: 'setVariable', prefix: 'Set' },
  IncrementVariable: { method: 'increment', prefix: 'Increment' },
  AppendToArrayVariable: { method: 'appendToArray', prefix: 'Append to' },
  AppendToStringVariable: { method: 'appendToString', prefix: 'Append to' },
};

function update(type: VariableUpdateType): ActionKind {
  return {
    members: ['inputs'],
    translate(a, cx) {
      const inputs = a.take('inputs');
      if (!only(inputs, ['name', 'value']) || typeof inputs.name !== 'string') return raw('its inputs are not { name, value }');
      const variable = cx.variables.get(inputs.name.toLowerCase());
      if (!variable || variable.name !== inputs.name) {
        return raw(
          `variable '${inputs.name}' has no typed handle before this action (its Initialize variable is raw, later, or spelt differently)`,
        );
      }
      // Increment always writes its amount (default 1).
      if (type === 'IncrementVariable' && !('value' in inputs)) return raw('an increment without a value');
      const value = 'value' in inputs ? valueOf(inputs.value, cx) : undefined;
      if ('value' in inputs && !value) return raw('its value is not an exact DSL value');
      const check = new VariableUpdate(
        type,
        a.name,
        { variableName: variable.name, variableType: variable.type as VariableType },
        value ? live(value) : undefined,
      );
      const problems = check.validate();
      if (problems.length) return raw(problems.join('; '));
      const { method, prefix } = UPDATES[type];
      if (!sameKey(`${prefix} ${variable.name}`, a.name)) a.options.add('name', str(a.display));
      return `${a.recv}.${method}(${a.options.args(variable.id, value ? code(value) : 'undefined')})`;
    },
  };
}

export const VARIABLE_ACTIONS: Record<string, ActionKind> = {
  InitializeVariable: initialize,
  SetVariable: update('SetVariable'),
  IncrementVariable: update('IncrementVariable'),
  AppendToArrayVariable: update('AppendToArrayVariable'),
  AppendToStringVariable: update('AppendToStringVariable'),
};
