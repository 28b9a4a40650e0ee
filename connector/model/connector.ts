// A custom connector as data: identity, host, auth resource, documentation, named schemas and operations.
import type { ConnectorOperation } from '../../src/dsl';
import { operation as typedOperation } from '../../src/dsl';
import type { Definitions } from './definitions';
import type { ConnectorIdentity } from './identity';
import type { OperationSpec, ParamsOf, ResultOf } from './operation';

export interface IconShape {
  readonly kind: 'disc' | 'ring';
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Ring thickness. */
  readonly width?: number;
}

export interface ConnectorModel<Ops extends Record<string, OperationSpec> = Record<string, OperationSpec>> {
  readonly identity: ConnectorIdentity;
  /** Where the model is defined, for located errors. */
  readonly source: string;
  /** `info.title` and the connector's display name. */
  readonly title: string;
  readonly description: string;
  readonly version: string;
  readonly host: string;
  readonly basePath: string;
  /** The Entra ID (AAD) resource the connection's token is issued for. */
  readonly resource: string;
  readonly brandColor: string;
  /** White shapes drawn on the brand colour for the connector's icon (centre-relative, unit = icon width). */
  readonly icon: readonly IconShape[];
  /** `x-ms-connector-metadata`: website, privacy policy, categories. */
  readonly metadata: { readonly website: string; readonly privacyPolicy: string; readonly categories: string };
  readonly definitions: Definitions;
  /** TS name -> operation. */
  readonly operations: Ops;
}

/** The typed handles flows call: `b.call('Get referral', partnerCenter.getReferral, { id })`. */
export type TypedOperations<Ops extends Record<string, OperationSpec>> = {
  readonly [K in keyof Ops]: ConnectorOperation<ParamsOf<Ops[K]>, ResultOf<Ops[K]>>;
};

export function typedOperations<Ops extends Record<string, OperationSpec>>(model: ConnectorModel<Ops>): TypedOperations<Ops> {
  const out: Record<string, unknown> = {};
  for (const [key, op] of Object.entries(model.operations)) out[key] = typedOperation(model.identity.api, op.operationId);
  return out as TypedOperations<Ops>;
}
