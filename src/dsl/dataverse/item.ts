// Column values and lookups as the connector's `item/<column>` and `item/<Nav>@odata.bind` parameters.
import { $ } from '../functions';
import type { Bindings, Columns } from '../table';

export function itemParameters<Row, Nav extends string>(
  columns: Columns<Row> = {},
  bind: Bindings<Nav> = {},
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(columns)) {
    if (value !== undefined) params[`item/${column}`] = value;
  }
  for (const [nav, target] of Object.entries(bind) as [string, { table: { setName: string }; id: unknown }][]) {
    if (target) params[`item/${nav}@odata.bind`] = $.text`${target.table.setName}(${target.id})`;
  }
  return params;
}
