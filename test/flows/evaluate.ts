// Evaluates mapping expressions with the project's expression engine, as a flow run would.
import { $, type Expr, type Ref, renderValue } from '../../src/dsl';
import { type EvaluationContext, type Value, evaluateValue, toJson } from '../../src/expr';

/** Environment variables by schema name, as the flows' parameters resolve them. */
export const defaultParameters: Record<string, Value> = {
  cosell_dealvaluecolumn: 'estimatedvalue',
  cosell_countrycodecolumn: 'address1_country',
  cosell_showcheckmark: true,
  cosell_syncuserid: '',
  cosell_referrallinkbase: 'https://partner.microsoft.com/dashboard/referrals/v2/',
};

/** The rendered workflow value of an expression (`@...`). */
export const rendered = (e: Expr | unknown): string => renderValue(e, (schemaName) => schemaName) as string;

/** Evaluates an expression built by the mapping, as plain JSON; parameters default to the solution's defaults. */
export function ev(
  e: Expr | unknown,
  context: EvaluationContext = {},
  parameters: Record<string, Value> = {},
): unknown {
  const value = renderValue(e, (schemaName) => schemaName);
  if (typeof value !== 'string') return value;
  const result = evaluateValue(value, {
    now: () => '2024-05-01T10:00:00.000Z',
    ...context,
    parameters: { ...defaultParameters, ...parameters, ...context.parameters },
  });
  return JSON.parse(toJson(result));
}

/** A typed input of the expression under test: `triggerBody()?['<name>']`. */
export const field = <T = any>(name: string): Ref<T> => $.raw<T>(`triggerBody()?['${name}']`);

/** The evaluation context giving those inputs their values. */
export const withFields = (fields: Record<string, unknown>): EvaluationContext => ({
  trigger: { outputs: { body: fields as Value } },
});
