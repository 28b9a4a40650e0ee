// What a write did, for row triggers: one event per row created, updated or deleted (cascades included).
import type { TableMeta } from './metadata/model';
import type { StoredRow } from './store';

export type SdkMessage = 'Create' | 'Update' | 'Delete';

export interface ChangeEvent {
  message: SdkMessage;
  table: TableMeta;
  id: string;
  /** Column logical names in the request (Update): what filteringattributes are matched against. */
  attributes: string[];
  /** Who made the change. */
  identity: string;
  /** The row after the change; for Delete, the row as it was. */
  row: StoredRow;
}

/** The result of a write: the row's id and the events to fire once the write has answered. */
export interface WriteResult {
  id: string;
  /** True when an upsert created the row. */
  created: boolean;
  events: ChangeEvent[];
}
