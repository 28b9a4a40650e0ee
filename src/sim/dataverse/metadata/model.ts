// Table metadata of the Dataverse double: what the Web API's $metadata says about each table and column.

/** Column kinds, by their Web API type. */
export type ColumnKind =
  | 'primarykey' // Edm.Guid, the table's id
  | 'string' // Edm.String with a max length (format url/email/phone are UI-only)
  | 'memo' // Edm.String, multiple lines
  | 'integer' // Edm.Int32
  | 'bigint' // Edm.Int64 (versionnumber)
  | 'decimal' // Edm.Decimal
  | 'money' // Edm.Decimal, a currency amount
  | 'datetime' // Edm.DateTimeOffset
  | 'dateonly' // Edm.Date
  | 'boolean' // Edm.Boolean (Two options)
  | 'picklist' // Edm.Int32 restricted to options
  | 'multiselect' // Edm.String of comma-separated option values
  | 'state' // statecode
  | 'status' // statuscode; each option belongs to a state
  | 'lookup'; // a reference, read as `_<column>_value`, written through a navigation property

export interface OptionMeta {
  value: number;
  label: string;
  /** Status reasons: the state (statecode value) the option belongs to. */
  state?: number;
  /** States: the default status reason. */
  defaultStatus?: number;
}

/** A single-valued navigation property that writes a lookup column (`<nav>@odata.bind`). */
export interface NavigationMeta {
  /** Case-sensitive name: `parentaccountid`, `customerid_account`, `cosell_Opportunity`. */
  name: string;
  /** Logical name of the referenced table. */
  target: string;
  /** Relationship schema name, also the collection-valued navigation property on the referenced table. */
  relationship: string;
  cascadeDelete: 'Cascade' | 'RemoveLink' | 'Restrict' | 'NoCascade';
}

export interface ColumnMeta {
  logicalName: string;
  kind: ColumnKind;
  maxLength?: number;
  format?: string;
  options?: OptionMeta[];
  /** Two-options labels: [false, true]. */
  booleanLabels?: [string, string];
  /** Value on create when the payload does not set the column. */
  defaultValue?: unknown;
  /** Lookups: one navigation property per target (two for a customer lookup). */
  navigations?: NavigationMeta[];
  /** Defaults true. Read-only columns (createdon, fullname…) are ignored in payloads, as Dataverse does. */
  validForCreate?: boolean;
  validForUpdate?: boolean;
  /** A create that sets this column is refused instead of ignored (opportunity.statecode: Won/Lost need their messages). */
  rejectOnCreate?: boolean;
  /** Set by the platform: createdon, modifiedby, versionnumber, computed names. */
  system?: boolean;
}

export interface TableMeta {
  /** Singular logical name (`opportunity`). */
  logicalName: string;
  /** Schema name, used in messages such as `OpportunityState.Open`. */
  schemaName: string;
  /** Entity set name (`opportunities`). */
  setName: string;
  primaryId: string;
  primaryName: string;
  /** Columns in $metadata order (the order rows are returned in). */
  columns: ColumnMeta[];
  /** Owned by a user (has ownerid) or by the organization. */
  ownership: 'user' | 'organization';
}

/** The Web API (EDM) type name of a column, as error messages print it. */
export function edmType(kind: ColumnKind): string {
  switch (kind) {
    case 'primarykey':
    case 'lookup':
      return 'Edm.Guid';
    case 'string':
    case 'memo':
    case 'multiselect':
      return 'Edm.String';
    case 'integer':
    case 'picklist':
    case 'state':
    case 'status':
      return 'Edm.Int32';
    case 'bigint':
      return 'Edm.Int64';
    case 'decimal':
    case 'money':
      return 'Edm.Decimal';
    case 'datetime':
      return 'Edm.DateTimeOffset';
    case 'dateonly':
      return 'Edm.Date';
    case 'boolean':
      return 'Edm.Boolean';
  }
}

/** The property a column is read as: `_<column>_value` for lookups, the logical name otherwise. */
export function propertyName(c: ColumnMeta): string {
  return c.kind === 'lookup' ? `_${c.logicalName}_value` : c.logicalName;
}
