// The statement methods of a block: each adds one action and returns its typed handle.
import type { ActionOptions, RunStatus } from './action';
import { Compose } from './actions/compose';
import { type ConnectorCallOptions, ConnectorCall, type ConnectorOperation } from './actions/connector-call';
import { Foreach, type ForeachOptions } from './actions/foreach';
import { Http, type HttpOptions } from './actions/http';
import { If } from './actions/if';
import type { InitializeVariable, VariableType } from './actions/initialize-variable';
import { Join } from './actions/join';
import { ParseJson } from './actions/parse-json';
import { Query } from './actions/query';
import { RawAction, type RawOptions } from './actions/raw';
import { Response, type ResponseOptions } from './actions/response';
import type { RetryPolicy } from './actions/retry-policy';
import { type ChildFlowTarget, RunChildFlow } from './actions/run-child-flow';
import { Scope } from './actions/scope';
import { Select } from './actions/select';
import { Switch } from './actions/switch';
import { Terminate, type TerminateStatus } from './actions/terminate';
import { Until, type UntilLimits } from './actions/until';
import { VariableUpdate } from './actions/variable-update';
import { Block } from './block';
import { DataverseSteps } from './dataverse/steps';
import type { Expr, Value } from './expr';
import type { Ref } from './ref';
import type { Schema } from './schema';
import type { InputSpec, InputsSpec } from './triggers/manual';
import type { Json } from './value';

/** What a parent passes to a child flow: each declared input, typed. */
export type ChildInputs<I extends InputsSpec> = { [K in keyof I]?: Value<I[K] extends InputSpec<infer T> ? T : never> };

type Body = (b: Steps) => void;
type Var<T> = InitializeVariable<VariableType, T>;

export interface TryCatch {
  try: [string, Body];
  catch: [string, (b: Steps, failed: Scope) => void];
  finally?: [string, Body];
}

export class Steps extends Block {
  /** Dataverse actions: `b.dataverse.createRow(...)`. */
  readonly dataverse = new DataverseSteps(this);

  override nested(): Steps {
    return new Steps(this.graph);
  }

  private build(body: Body | undefined): Steps {
    const block = this.nested();
    body?.(block);
    return block;
  }

  compose<T>(name: string, value: Value<T>, o?: ActionOptions) {
    return this.add(new Compose<T>(name, value, o), o?.runAfter);
  }
  parseJson<T>(name: string, content: unknown, schema: Schema<T>, o?: ActionOptions) {
    return this.add(new ParseJson<T>(name, content, schema, o), o?.runAfter);
  }
  filter<T>(name: string, from: Value<readonly T[]>, where: (item: Ref<T>) => Expr<boolean>, o?: ActionOptions) {
    return this.add(new Query<T>(name, from, where, o), o?.runAfter);
  }
  select<T, R>(name: string, from: Value<readonly T[]>, map: (item: Ref<T>) => R, o?: ActionOptions) {
    return this.add(new Select<T, R>(name, from, map, o), o?.runAfter);
  }
  join(name: string, from: Value<readonly unknown[]>, joinWith: string, o?: ActionOptions) {
    return this.add(new Join(name, from, joinWith, o), o?.runAfter);
  }

  setVariable<T>(variable: Var<T>, value: Value<T>, o?: ActionOptions & { name?: string }) {
    const name = o?.name ?? `Set ${variable.variableName}`;
    return this.add(new VariableUpdate('SetVariable', name, variable, value, o), o?.runAfter);
  }
  increment(variable: Var<number>, by: Value<number> = 1, o?: ActionOptions & { name?: string }) {
    const name = o?.name ?? `Increment ${variable.variableName}`;
    return this.add(new VariableUpdate('IncrementVariable', name, variable, by, o), o?.runAfter);
  }
  appendToArray<T>(variable: Var<T[]>, value: Value<T>, o?: ActionOptions & { name?: string }) {
    const name = o?.name ?? `Append to ${variable.variableName}`;
    return this.add(new VariableUpdate('AppendToArrayVariable', name, variable, value, o), o?.runAfter);
  }
  appendToString(variable: Var<string>, value: Value<string>, o?: ActionOptions & { name?: string }) {
    const name = o?.name ?? `Append to ${variable.variableName}`;
    return this.add(new VariableUpdate('AppendToStringVariable', name, variable, value, o), o?.runAfter);
  }

  if(name: string, condition: Expr<boolean>, branches: { yes?: Body; no?: Body }, o?: ActionOptions) {
    const action = this.add(new If(name, condition, this.nested(), this.nested(), o), o?.runAfter);
    branches.yes?.(action.yes as Steps);
    branches.no?.(action.no as Steps);
    return action;
  }
  /**
   * Switch. Cases as an object (string values) or as `[value, body]` pairs, for numeric values; a pair may
   * add the case's key (`[value, body, 'Case_2']`) where it is not the designer's `Case_<value>`.
   */
  switch(
    name: string,
    on: Value<string | number>,
    cases: Record<string, Body> | Array<[string | number, Body] | [string | number, Body, string]>,
    fallback?: Body,
    o?: ActionOptions,
  ) {
    const pairs: Array<[string | number, Body, string?]> = Array.isArray(cases) ? cases : Object.entries(cases);
    const built = pairs.map(([value, body, key]) => ({ value, block: this.nested(), body, key }));
    const action = this.add(new Switch(name, on, built, this.nested(), o), o?.runAfter);
    for (const c of built) c.body(c.block);
    fallback?.(action.fallback as Steps);
    return action;
  }
  foreach<T>(name: string, over: Value<readonly T[]>, body: (b: Steps, item: Ref<T>) => void, o?: ForeachOptions) {
    const action = this.add(new Foreach<T>(name, over, o), o?.runAfter);
    action.body = this.nested();
    body(action.body as Steps, action.item);
    return action;
  }
  until(name: string, condition: Expr<boolean>, limit: UntilLimits, body: Body, o?: ActionOptions) {
    const action = this.add(new Until(name, condition, limit, o), o?.runAfter);
    action.body = this.build(body);
    return action;
  }
  scope(name: string, body: Body, o?: ActionOptions & { continueOn?: RunStatus[] }) {
    const action = this.add(new Scope(name, o), o?.runAfter);
    action.body = this.build(body);
    if (o?.continueOn) action.next = o.continueOn;
    return action;
  }
  /** Try/catch/finally from scopes: catch runs when try failed or timed out; finally runs always. */
  tryCatch(t: TryCatch) {
    const tryScope = this.scope(t.try[0], t.try[1]);
    const catchScope = this.add(new Scope(t.catch[0]), [[tryScope, 'Failed', 'TimedOut']]);
    catchScope.body = this.nested();
    t.catch[1](catchScope.body as Steps, tryScope);
    if (!t.finally) {
      catchScope.next = ['Succeeded', 'Skipped'];
      return { try: tryScope, catch: catchScope };
    }
    const all: RunStatus[] = ['Succeeded', 'Failed', 'Skipped', 'TimedOut'];
    const finallyScope = this.add(new Scope(t.finally[0]), [[catchScope, ...all]]);
    finallyScope.body = this.build(t.finally[1]);
    return { try: tryScope, catch: catchScope, finally: finallyScope };
  }
  terminate(name: string, status: TerminateStatus, error?: { code?: Value<string>; message?: Value<string> }, o?: ActionOptions) {
    return this.add(new Terminate(name, status, error, o), o?.runAfter);
  }
  respond(name: string, o: ResponseOptions = {}) {
    return this.add(new Response(name, o), o.runAfter);
  }
  http<T = any>(name: string, o: HttpOptions) {
    return this.add(new Http<T>(name, o), o.runAfter);
  }
  /** Run a child flow of the project; inputs are typed by the child's declared inputs. */
  runChildFlow<I extends InputsSpec, O = any>(
    name: string,
    child: ChildFlowTarget & { readonly manual: { readonly spec: I }; readonly __output?: O },
    inputs: ChildInputs<I> = {} as ChildInputs<I>,
    o?: ActionOptions & { retryPolicy?: RetryPolicy },
  ) {
    return this.add(new RunChildFlow<O>(name, child, inputs, o), o?.runAfter);
  }
  /** A typed custom-connector operation. */
  call<P extends Record<string, unknown>, R>(name: string, op: ConnectorOperation<P, R>, params: P, o?: ConnectorCallOptions) {
    return this.add(new ConnectorCall<R>(name, op.api, op.operationId, params, o), o?.runAfter);
  }
  /** Escape hatch: an action given as raw workflow JSON; `o` names the connections and environment variables it uses. */
  raw(name: string, json: { type: string; [key: string]: Json }, o?: RawOptions) {
    return this.add(new RawAction(name, json, o), o?.runAfter);
  }
}
