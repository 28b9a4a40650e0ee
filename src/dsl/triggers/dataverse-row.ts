// When a row is added, modified or deleted (Dataverse `SubscribeWebhookTrigger`).
import { type ConnectorApi, apiIdOf, dataverseApi } from '../connection';
import type { RenderContext } from '../context';
import { type Expr, type ExprNode, NODE, exprOf, isExpr } from '../expr';
import { type Ref, ref, slashRef } from '../ref';
import type { Table } from '../table';
import { actionKey } from '../names';
import { Trigger, type TriggerOptions } from '../trigger';
import { compact } from '../value';

/** callbackregistration.message: 1 Added ... 7 Added or Modified or Deleted. */
export const Message = { added: 1, deleted: 2, modified: 3, addedOrModified: 4, addedOrDeleted: 5, modifiedOrDeleted: 6, any: 7 } as const;
/** callbackregistration.scope. */
export const SubscriptionScope = { user: 1, businessUnit: 2, parentChildBusinessUnit: 3, organization: 4 } as const;
/** callbackregistration.runas. */
export const RunAs = { modifyingUser: 1, rowOwner: 2, flowOwner: 3 } as const;

export interface DataverseRowOptions<Row, Nav extends string = never> extends TriggerOptions {
  name: string;
  message: (typeof Message)[keyof typeof Message];
  scope?: (typeof SubscriptionScope)[keyof typeof SubscriptionScope];
  /**
   * Columns whose change fires the trigger: column names, lookup names (`parentaccountid`), or an expression
   * resolved when the flow is turned on (an environment variable naming a column).
   */
  filteringAttributes?: Array<(keyof Row & string) | Nav | Expr<string>>;
  filterExpression?: string;
  runAs?: (typeof RunAs)[keyof typeof RunAs];
}

export class DataverseRowTrigger<Row, Nav extends string = never> extends Trigger {
  readonly type = 'OpenApiConnectionWebhook';
  readonly api: ConnectorApi = dataverseApi;
  constructor(
    readonly table: Table<Row, string>,
    private readonly o: DataverseRowOptions<Row, Nav>,
  ) {
    super(actionKey(o.name), o);
  }

  /** The changed row: `triggerOutputs()?['body/column']`. */
  get row(): Ref<Row> {
    return slashRef<Row>({ k: 'call', fn: 'triggerOutputs', args: [] }, 'body');
  }

  /** `Create`, `Update` or `Delete`. */
  get sdkMessage(): Ref<string> {
    return ref({ k: 'path', target: { k: 'call', fn: 'triggerOutputs', args: [] }, segments: ['body', 'SdkMessage'] });
  }

  override validate(): string[] {
    const problems = super.validate();
    if (![1, 2, 3, 4, 5, 6, 7].includes(this.o.message)) problems.push(`message must be 1-7, not ${this.o.message}`);
    if (this.o.filteringAttributes && !this.o.filteringAttributes.length) problems.push('filteringAttributes is empty');
    return problems;
  }

  /** `a,b,c`; with an expression among them, `a,@{...},c`. */
  private filteringAttributes(ctx: RenderContext) {
    const attrs = this.o.filteringAttributes;
    if (!attrs?.some(isExpr)) return attrs?.join(',');
    const parts: (string | ExprNode)[] = [];
    attrs.forEach((a, i) => {
      const sep = i ? ',' : '';
      if (isExpr(a)) {
        if (sep) parts.push(sep);
        parts.push(a[NODE]);
      } else parts.push(sep + a);
    });
    return ctx.value(exprOf<string>({ k: 'template', parts })) as string;
  }

  protected renderInputs(ctx: RenderContext) {
    return {
      host: { connectionName: ctx.connection(this.api, this.o.runAs === RunAs.modifyingUser), operationId: 'SubscribeWebhookTrigger', apiId: apiIdOf(this.api) },
      parameters: compact({
        'subscriptionRequest/message': this.o.message,
        'subscriptionRequest/entityname': this.table.logicalName,
        'subscriptionRequest/scope': this.o.scope ?? SubscriptionScope.organization,
        'subscriptionRequest/filteringattributes': this.filteringAttributes(ctx),
        'subscriptionRequest/filterexpression': this.o.filterExpression,
        'subscriptionRequest/runas': this.o.runAs,
      }),
      authentication: ctx.authentication(),
    };
  }
}

export const dataverseRow = <Row, Nav extends string = never>(table: Table<Row, Nav>, o: DataverseRowOptions<Row, Nav>) =>
  new DataverseRowTrigger<Row, Nav>(table, o);
