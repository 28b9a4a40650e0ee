// Unbound actions the double runs: WinOpportunity and LoseOpportunity, the only way to close an opportunity
// (its statecode is not valid for create, and Update refuses Won/Lost).
import { errors } from './errors';
import type { WriteResult } from './events';
import { parseReference } from './payload';
import type { DataverseService } from './service';
import { convertValue, isoSeconds } from './values';

const STATES = {
  WinOpportunity: { state: 1, label: 'Won', defaultStatus: 3 },
  LoseOpportunity: { state: 2, label: 'Lost', defaultStatus: 4 },
};

export const UNBOUND_ACTIONS = Object.keys(STATES);

/** POST /api/data/v9.2/<action>: `{ OpportunityClose: { "opportunityid@odata.bind": …, actualend?, actualrevenue? }, Status }`. */
export function runUnboundAction(
  service: DataverseService,
  action: string,
  body: unknown,
  identity: string,
): WriteResult {
  const kind = STATES[action as keyof typeof STATES];
  if (!kind) throw errors.segmentNotFound(action);
  const t = service.catalog.table('opportunity');
  const params = (body ?? {}) as { OpportunityClose?: Record<string, unknown>; Status?: unknown };
  const close = params.OpportunityClose;
  const bind = close?.['opportunityid@odata.bind'];
  if (!close || typeof close !== 'object' || bind === undefined) {
    throw errors.badRequest(
      `${action}: OpportunityClose must reference the opportunity with 'opportunityid@odata.bind'.`,
    );
  }
  const ref = parseReference(service.catalog, t, 'opportunityid', 'opportunity', bind);
  const existing = service.retrieve(t, ref.id);
  if (existing.statecode !== 0) throw errors.opportunityClosed();
  const status = params.Status === undefined || params.Status === -1 ? kind.defaultStatus : params.Status;
  const statusColumn = service.catalog.column(t, 'statuscode')!;
  const option = statusColumn.options?.find((o) => o.value === status);
  if (typeof status !== 'number' || !option || option.state !== kind.state) {
    throw errors.invalidStatus(Number(status), t.schemaName, kind.label, t.logicalName, ref.id);
  }
  const actualend = close.actualend;
  const closeDate =
    typeof actualend === 'string' && /^\d{4}-\d{2}-\d{2}/.test(actualend)
      ? actualend.slice(0, 10)
      : isoSeconds(service.clock.now()).slice(0, 10);
  const revenue = close.actualrevenue;
  const actualvalue =
    revenue === undefined
      ? kind.state === 1
        ? existing.estimatedvalue
        : existing.actualvalue
      : convertValue(t, service.catalog.column(t, 'actualvalue')!, revenue);
  const row = {
    ...existing,
    statecode: kind.state,
    statuscode: status,
    actualclosedate: closeDate,
    actualvalue: actualvalue ?? null,
  };
  const event = service.save(t, row, ['statecode', 'statuscode', 'actualclosedate', 'actualvalue'], identity);
  return { id: ref.id, created: false, events: [event] };
}
