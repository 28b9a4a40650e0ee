// Handles for Dataverse actions, typed by their table's row.
import { ConnectorCall } from '../actions/connector-call';
import type { ExprNode } from '../expr';
import { type Ref, ref, slashRef } from '../ref';

const outputsOf = (name: string): ExprNode => ({ k: 'call', fn: 'outputs', args: [{ k: 'lit', v: name }] });

/** An action that returns one row: `row.col` renders `outputs('Name')?['body/col']`. */
export class DataverseRowAction<Row> extends ConnectorCall<Row> {
  get row(): Ref<Row> {
    return slashRef<Row>(outputsOf(this.name), 'body');
  }
}

/** List rows: `rows` is `outputs('Name')?['body/value']`. */
export class DataverseListAction<Row> extends ConnectorCall<{ value: Row[] }> {
  private get valueNode(): ExprNode {
    return { k: 'path', target: outputsOf(this.name), segments: ['body', 'value'] };
  }

  get rows(): Ref<Row[]> {
    return ref<Row[]>(this.valueNode);
  }

  /** `first(outputs('Name')?['body/value'])`: the first row, or null. */
  get first(): Ref<Row> {
    return ref<Row>({ k: 'call', fn: 'first', args: [this.valueNode] });
  }
}
