// If and Until expressions: a string expression, or the designer's structured form
// `{ "and": [ { "equals": [a, b] }, { "not": { "contains": [x, y] } } ] }`.
import { evaluateJson, typeName, type EvaluationContext, type Value } from '../../expr';
import { isObject } from '../../compile/definition';
import { ActionFailure } from './errors';
import { applyFunction } from './functions';

const COMPARISONS: Record<string, string> = {
  equals: 'equals',
  greater: 'greater',
  greaterorequals: 'greaterOrEquals',
  less: 'less',
  lessorequals: 'lessOrEquals',
  contains: 'contains',
  startswith: 'startsWith',
  endswith: 'endsWith',
};

function fail(action: string, message: string): never {
  throw new ActionFailure('InvalidTemplate', `Unable to process template language expressions for action '${action}' at line '0' and column '0': '${message}'.`);
}

function evaluateNode(node: unknown, ctx: EvaluationContext, action: string): boolean {
  if (typeof node === 'string' || typeof node === 'boolean') {
    const value = typeof node === 'string' ? evaluateJson(node, ctx) : node;
    if (typeof value !== 'boolean') fail(action, `The template language expression '${String(node)}' must evaluate to a boolean; it is of type '${typeName(value)}'.`);
    return value;
  }
  if (!isObject(node)) return fail(action, 'A condition must be an expression string or an object such as { "and": [...] }.');
  const keys = Object.keys(node);
  if (keys.length !== 1) fail(action, `A condition object has one operator, not ${keys.length} (${keys.join(', ')}).`);
  const op = keys[0]!;
  const operand = node[op];
  const key = op.toLowerCase();
  if (key === 'and' || key === 'or') {
    if (!Array.isArray(operand)) fail(action, `The '${op}' condition needs an array of conditions.`);
    return key === 'and' ? operand.every((c) => evaluateNode(c, ctx, action)) : operand.some((c) => evaluateNode(c, ctx, action));
  }
  if (key === 'not') return !evaluateNode(operand, ctx, action);
  const name = COMPARISONS[key];
  if (!name) return fail(action, `The condition operator '${op}' is not supported.`);
  if (!Array.isArray(operand) || operand.length !== 2) fail(action, `The '${op}' condition needs two operands.`);
  const args = operand.map((o) => evaluateJson(o as Value, ctx));
  return applyFunction(name, args, ctx) === true;
}

/** Evaluates an If or Until `expression`; a non-boolean result fails the action. */
export function evaluateCondition(expression: unknown, ctx: EvaluationContext, action: string): boolean {
  return evaluateNode(expression, ctx, action);
}
