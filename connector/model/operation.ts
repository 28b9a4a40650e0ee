// One connector operation as data: method, path, parameters, responses and documentation.
// The same object gives the Swagger operation and the TS types a flow passes and gets back.
import type { Expr, Infer, Json, Schema, Value } from '../../src/dsl';
import type { Visibility } from './schema';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ParameterLocation = 'path' | 'query' | 'header' | 'body';

export interface ParameterSpec<T = unknown, R extends boolean = boolean> {
  readonly in: ParameterLocation;
  readonly schema: Schema<T>;
  readonly required: R;
  /** `x-ms-summary`: the parameter's title in the designer. */
  readonly summary: string;
  readonly description: string;
  readonly visibility?: Visibility;
  readonly default?: Json;
}

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: Schema<unknown>;
}

/** A policy rewriting the request on its way to the service (Power Platform policy templates). */
export interface UpstreamRoute {
  /** The path the service receives, relative to the base path (`routerequesttoendpoint`). */
  readonly path: string;
  /** Query parameters the policy sets; `{name}` is replaced by that query parameter's value (`setqueryparameter`). */
  readonly query?: Readonly<Record<string, string>>;
}

export interface OperationSpec {
  /** Stable: flows reference it (`host.operationId`); renaming it breaks every deployed flow that calls it. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path relative to the base path, `{name}` for path parameters. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly visibility?: Visibility;
  readonly deprecated?: boolean;
  /** Swagger parameter name -> parameter. */
  readonly parameters: Readonly<Record<string, ParameterSpec>>;
  /** Status code -> response. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** OData paging: the response property holding the next page's URL (`x-ms-pageable`). */
  readonly nextLink?: string;
  /** When the Swagger path is virtual (two operations on one service path), where the request really goes. */
  readonly upstream?: UpstreamRoute;
}

export interface ParameterDoc {
  summary: string;
  description: string;
  visibility?: Visibility;
  default?: Json;
}

const make =
  (where: ParameterLocation) =>
  <T, R extends boolean = false>(schema: Schema<T>, doc: ParameterDoc & { required?: R }): ParameterSpec<T, R> => ({
    in: where,
    schema,
    required: (doc.required ?? false) as R,
    summary: doc.summary,
    description: doc.description,
    ...(doc.visibility ? { visibility: doc.visibility } : {}),
    ...(doc.default !== undefined ? { default: doc.default } : {}),
  });

/** Parameter builders. Path parameters are always required. */
export const param = {
  path: <T>(schema: Schema<T>, doc: ParameterDoc) => make('path')<T, true>(schema, { ...doc, required: true }),
  query: make('query'),
  header: make('header'),
  body: <T>(schema: Schema<T>, doc: ParameterDoc) => make('body')<T, true>(schema, { ...doc, required: true }),
};

/** Identity with the operation's literal type kept, for the typed flow handles. */
export const operation = <const O extends OperationSpec>(o: O): O => o;

// ---- TS types of an operation's inputs and output ----

/** What a flow may pass for a value of type T: the value, an expression of it, or (for objects/arrays) a mix. */
export type Input<T> = [T] extends [string | number | boolean | null | undefined]
  ? Value<T>
  : T extends readonly (infer E)[]
    ? Value<T> | readonly Input<E>[]
    : T extends object
      ? Expr<T> | { [K in keyof T]: Input<T[K]> }
      : Value<T>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ParamType<P> = P extends ParameterSpec<infer T> ? T : never;
type RequiredNames<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];

/** The parameters object `b.call(name, op, params)` takes: keys are the Swagger parameter names. */
export type ParamsOf<O extends OperationSpec> = Simplify<
  { [K in RequiredNames<O['parameters']>]: Input<ParamType<O['parameters'][K]>> } & {
    [K in Exclude<keyof O['parameters'], RequiredNames<O['parameters']>>]?: Input<ParamType<O['parameters'][K]>>;
  }
>;

type SuccessCode = 200 | 201 | 202 | 203 | 206;
type BodyOf<R> = R extends { schema: Schema<unknown> } ? Infer<R['schema']> : undefined;

/** The body a successful call returns (the first 2xx response with a schema). */
export type ResultOf<O extends OperationSpec> = {
  [C in SuccessCode]: C extends keyof O['responses'] ? BodyOf<O['responses'][C]> : never;
}[SuccessCode] extends infer B
  ? [B] extends [never]
    ? undefined
    : B
  : never;
