// The columns Dataverse creates for every user-owned custom table, as a genuine export writes them
// ([APK] cat_BusinessApprovalRuntimeInstance; [PNP-ES] sha_Students has the same values).
import { attributeNode, DEFAULT_DISPLAY_MASK, lookupTail } from './attribute';
import { descriptions, displayNames, labels } from './labels';
import { el, textEl, type XmlElement } from './xml';

type Kind = 'lookup' | 'owner' | 'datetime' | 'date' | 'int' | 'int-1' | 'primarykey' | 'state' | 'status';

interface SystemColumn {
  physical: string;
  kind: Kind;
  display: string;
  description: string;
  mask?: string | null; // null: no DisplayMask
  ime?: string;
  update?: boolean;
  create?: boolean;
  audit?: boolean;
  logical?: boolean;
  filterable?: boolean;
  retrievable?: boolean;
}

const COLUMNS: SystemColumn[] = [
  { physical: 'CreatedBy', kind: 'lookup', display: 'Created By', description: 'Unique identifier of the user who created the record.' },
  { physical: 'CreatedOn', kind: 'datetime', display: 'Created On', description: 'Date and time when the record was created.', ime: 'inactive', filterable: true, retrievable: true },
  { physical: 'CreatedOnBehalfBy', kind: 'lookup', display: 'Created By (Delegate)', description: 'Unique identifier of the delegate user who created the record.' },
  { physical: 'ImportSequenceNumber', kind: 'int', display: 'Import Sequence Number', description: 'Sequence number of the import that created this record.', mask: 'ValidForAdvancedFind', ime: 'disabled', create: true, audit: true },
  { physical: 'ModifiedBy', kind: 'lookup', display: 'Modified By', description: 'Unique identifier of the user who modified the record.' },
  { physical: 'ModifiedOn', kind: 'datetime', display: 'Modified On', description: 'Date and time when the record was modified.', ime: 'inactive', filterable: true, retrievable: true },
  { physical: 'ModifiedOnBehalfBy', kind: 'lookup', display: 'Modified By (Delegate)', description: 'Unique identifier of the delegate user who modified the record.' },
  { physical: 'OverriddenCreatedOn', kind: 'date', display: 'Record Created On', description: 'Date and time that the record was migrated.', mask: 'ValidForAdvancedFind|ValidForGrid', ime: 'inactive', create: true, audit: true },
  { physical: 'OwnerId', kind: 'owner', display: 'Owner', description: 'Owner Id', mask: `${DEFAULT_DISPLAY_MASK}|RequiredForForm`, update: true, create: true, audit: true, filterable: true },
  { physical: 'OwningBusinessUnit', kind: 'lookup', display: 'Owning Business Unit', description: 'Unique identifier for the business unit that owns the record', audit: true, filterable: true },
  { physical: 'OwningTeam', kind: 'lookup', display: 'Owning Team', description: 'Unique identifier for the team that owns the record.', mask: null, logical: true },
  { physical: 'OwningUser', kind: 'lookup', display: 'Owning User', description: 'Unique identifier for the user that owns the record.', mask: null, logical: true },
  { physical: '', kind: 'primarykey', display: '', description: 'Unique identifier for entity instances', mask: 'ValidForAdvancedFind|RequiredForGrid', create: true, filterable: true, retrievable: true },
  { physical: 'statecode', kind: 'state', display: 'Status', description: 'Status of the ', update: true, audit: true, filterable: true },
  { physical: 'statuscode', kind: 'status', display: 'Status Reason', description: 'Reason for the status of the ', update: true, create: true, audit: true },
  { physical: 'TimeZoneRuleVersionNumber', kind: 'int-1', display: 'Time Zone Rule Version Number', description: 'For internal use only.', mask: null, update: true, create: true },
  { physical: 'UTCConversionTimeZoneCode', kind: 'int-1', display: 'UTC Conversion Time Zone Code', description: 'Time zone code that was in use when the record was created.', mask: null, update: true, create: true },
];

export interface SystemColumnTable {
  schemaName: string;
  displayName: string;
  lang: number;
}

/** Logical name → form control kind and display name of each system column, for forms and views. */
export function systemColumnNames(t: { schemaName: string; displayName: string }): Map<string, SystemColumnInfo> {
  const out = new Map<string, SystemColumnInfo>();
  for (const c of COLUMNS) {
    const pk = c.kind === 'primarykey';
    out.set((pk ? primaryKeyName(t.schemaName) : c.physical).toLowerCase(), {
      control: CONTROL[c.kind],
      displayName: pk ? t.displayName : c.display,
    });
  }
  return out;
}

export interface SystemColumnInfo {
  control: 'lookup' | 'datetime' | 'int' | 'choice';
  displayName: string;
}

const CONTROL: Record<Kind, SystemColumnInfo['control']> = {
  lookup: 'lookup',
  owner: 'lookup',
  datetime: 'datetime',
  date: 'datetime',
  int: 'int',
  'int-1': 'int',
  primarykey: 'int',
  state: 'choice',
  status: 'choice',
};

/** `<prefix>_<Table>Id`: the primary key column of a custom table. */
export const primaryKeyName = (tableSchemaName: string) => `${tableSchemaName}Id`;

/** The system `<attribute>` elements of a custom table, keyed by physical name (callers sort them). */
export function systemColumnNodes(t: SystemColumnTable): Array<[string, XmlElement]> {
  return COLUMNS.map((c) => {
    const physical = c.kind === 'primarykey' ? primaryKeyName(t.schemaName) : c.physical;
    const stateful = c.kind === 'state' || c.kind === 'status';
    const description = stateful ? c.description + t.displayName : c.description;
    const node = attributeNode({
      physicalName: physical,
      type: c.kind === 'date' ? 'datetime' : c.kind === 'int-1' ? 'int' : c.kind,
      requiredLevel: ['owner', 'primarykey', 'state'].includes(c.kind) ? 'systemrequired' : 'none',
      displayMask: c.mask === null ? undefined : (c.mask ?? DEFAULT_DISPLAY_MASK),
      imeMode: c.ime ?? 'auto',
      validForUpdate: c.update ?? false,
      validForCreate: c.create ?? false,
      isCustomField: false,
      audit: c.audit ?? false,
      isLogical: c.logical,
      introducedVersion: '1.0',
      canModifyRequirementLevel: c.kind !== 'primarykey',
      filterable: c.filterable,
      retrievable: c.retrievable,
      tail: tail(c.kind, t, description),
      displayName: c.kind === 'primarykey' ? t.displayName : c.display,
      description,
      lang: t.lang,
    });
    return [physical, node];
  });
}

function tail(kind: Kind, t: SystemColumnTable, description: string): XmlElement[] {
  switch (kind) {
    case 'lookup':
      return lookupTail();
    case 'owner':
      return [
        textEl('LookupStyle', 'single'),
        el(
          'LookupTypes',
          {},
          textEl('LookupType', 8, { id: '00000000-0000-0000-0000-000000000000' }),
          textEl('LookupType', 9, { id: '00000000-0000-0000-0000-000000000000' }),
        ),
      ];
    case 'datetime':
    case 'date':
      return [textEl('Format', kind), textEl('CanChangeDateTimeBehavior', 0), textEl('Behavior', 1)];
    case 'int':
      return [textEl('Format', ''), textEl('MinValue', -2147483648), textEl('MaxValue', 2147483647)];
    case 'int-1':
      return [textEl('Format', ''), textEl('MinValue', -1), textEl('MaxValue', 2147483647)];
    case 'primarykey':
      return [];
    case 'state':
    case 'status':
      return [stateOptionSet(kind, t, description)];
  }
}

/** statecode Active(0)/Inactive(1) and statuscode Active(1)/Inactive(2): the defaults of a new table. */
function stateOptionSet(kind: 'state' | 'status', t: SystemColumnTable, description: string): XmlElement {
  const table = t.schemaName.toLowerCase();
  const items =
    kind === 'state'
      ? el(
          'states',
          {},
          el('state', { value: 0, defaultstatus: 1, invariantname: 'Active' }, labels('Active', t.lang)),
          el('state', { value: 1, defaultstatus: 2, invariantname: 'Inactive' }, labels('Inactive', t.lang)),
        )
      : el(
          'statuses',
          {},
          el('status', { value: 1, state: 0 }, labels('Active', t.lang)),
          el('status', { value: 2, state: 1 }, labels('Inactive', t.lang)),
        );
  return el(
    'optionset',
    { Name: `${table}_${kind}code` },
    textEl('OptionSetType', kind),
    textEl('IntroducedVersion', '1.0'),
    textEl('IsCustomizable', 1),
    displayNames(kind === 'state' ? 'Status' : 'Status Reason', t.lang),
    descriptions(description, t.lang),
    items,
  );
}
