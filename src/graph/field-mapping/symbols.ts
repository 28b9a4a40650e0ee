// Symbolic inputs of the mapping builders: records and values standing for what a flow passes at run time.
// A builder called with them returns expressions whose paths lead back to these roots.
import { type ExprNode, type Ref, ref } from '../../dsl';

/** Which side a root belongs to; `value` roots stand for a single value the flow supplies (an id, the audit). */
export type Side = 'partnerCenter' | 'dynamics' | 'value';

export interface Root {
  side: Side;
  /** The prefix of paths under the root (`opportunity`, `customerProfile.team[]`; '' for the referral itself). */
  label: string;
}

export class Symbols {
  readonly roots = new Map<ExprNode, Root>();

  /** A symbolic record or value: paths read from it render as `<label>.a.b`. */
  root<T>(side: Side, label: string): Ref<T> {
    const node: ExprNode = { k: 'raw', text: label || 'referral' };
    this.roots.set(node, { side, label });
    return ref<T>(node);
  }
}
