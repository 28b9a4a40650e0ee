import { Action, type ActionOptions, type ActionParts } from '../action';
import { type ConnectorApi, apiIdOf } from '../connection';
import type { RenderContext } from '../context';
import type { Ref } from '../ref';
import { compact } from '../value';
import { bodyOf } from './body-ref';
import { type RetryPolicy, retryPolicyJson, validateRetryPolicy } from './retry-policy';

export interface ConnectorCallOptions extends ActionOptions {
  retryPolicy?: RetryPolicy;
  /** Follow paging up to this many items (`runtimeConfiguration.paginationPolicy`). */
  minimumItemCount?: number;
}

declare const IO: unique symbol;
/** A typed connector operation: what a flow may pass (`P`) and what it gets back (`R`). */
export interface ConnectorOperation<P, R> {
  readonly api: ConnectorApi;
  readonly operationId: string;
  readonly [IO]?: { params: P; result: R };
}

export const operation = <P, R>(api: ConnectorApi, operationId: string): ConnectorOperation<P, R> => ({ api, operationId });

/** An `OpenApiConnection` action: one operation of a connector, through the flow's connection reference. */
export class ConnectorCall<R = any> extends Action {
  readonly type = 'OpenApiConnection';
  constructor(
    name: string,
    readonly api: ConnectorApi,
    readonly operationId: string,
    private readonly parameters: Record<string, unknown>,
    protected readonly options: ConnectorCallOptions = {},
  ) {
    super(name, options);
  }

  /** `body('Name')`, typed by the operation's response. */
  get body(): Ref<R> {
    return bodyOf<R>(this.name);
  }

  override validate(): string[] {
    const problems = validateRetryPolicy(this.options.retryPolicy);
    const n = this.options.minimumItemCount;
    if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 100000)) {
      problems.push(`minimumItemCount must be 1-100000, not ${n}`);
    }
    return problems;
  }

  protected parts(ctx: RenderContext): ActionParts {
    const inputs = compact({
      host: { connectionName: ctx.connection(this.api), operationId: this.operationId, apiId: apiIdOf(this.api) },
      parameters: ctx.value(this.parameters) ?? {},
      authentication: ctx.authentication(),
      retryPolicy: retryPolicyJson(this.options.retryPolicy),
    });
    const n = this.options.minimumItemCount;
    return {
      tail: {
        inputs,
        runtimeConfiguration: n === undefined ? undefined : { paginationPolicy: { minimumItemCount: n } },
      },
    };
  }
}
