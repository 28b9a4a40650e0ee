// Column constructors for table definitions, and the platform columns every table has.
import type { ColumnMeta, NavigationMeta, OptionMeta } from './model';

export const text = (logicalName: string, maxLength: number, format?: string): ColumnMeta => ({
  logicalName,
  kind: 'string',
  maxLength,
  ...(format ? { format } : {}),
});
export const memo = (logicalName: string, maxLength: number): ColumnMeta => ({ logicalName, kind: 'memo', maxLength });
export const integer = (logicalName: string): ColumnMeta => ({ logicalName, kind: 'integer' });
export const decimal = (logicalName: string): ColumnMeta => ({ logicalName, kind: 'decimal' });
export const money = (logicalName: string): ColumnMeta => ({ logicalName, kind: 'money' });
export const dateOnly = (logicalName: string): ColumnMeta => ({ logicalName, kind: 'dateonly' });
export const boolean = (
  logicalName: string,
  defaultValue?: boolean,
  labels: [string, string] = ['No', 'Yes'],
): ColumnMeta => ({
  logicalName,
  kind: 'boolean',
  booleanLabels: labels,
  ...(defaultValue === undefined ? {} : { defaultValue }),
});
export const picklist = (logicalName: string, options: OptionMeta[], defaultValue?: number): ColumnMeta => ({
  logicalName,
  kind: 'picklist',
  options,
  ...(defaultValue === undefined ? {} : { defaultValue }),
});
export const multiselect = (logicalName: string, options: OptionMeta[]): ColumnMeta => ({
  logicalName,
  kind: 'multiselect',
  options,
});
/** A read-only column the platform computes (contact.fullname). */
export const computed = (c: ColumnMeta): ColumnMeta => ({
  ...c,
  validForCreate: false,
  validForUpdate: false,
  system: true,
});

/** Options from `value label` pairs: `options([1, 'Hot'], [2, 'Warm'])`. */
export const options = (...pairs: [number, string][]): OptionMeta[] =>
  pairs.map(([value, label]) => ({ value, label }));

/** A lookup to one table; the navigation property defaults to the column's logical name. */
export function lookup(
  logicalName: string,
  target: string,
  relationship: string,
  o: { nav?: string; cascadeDelete?: NavigationMeta['cascadeDelete'] } = {},
): ColumnMeta {
  const nav = { name: o.nav ?? logicalName, target, relationship, cascadeDelete: o.cascadeDelete ?? 'RemoveLink' };
  return { logicalName, kind: 'lookup', navigations: [nav] };
}

/** A customer lookup (account or contact): navigation properties `<column>_account` and `<column>_contact`. */
export function customer(
  logicalName: string,
  accountRelationship: string,
  contactRelationship: string,
  cascadeDelete: NavigationMeta['cascadeDelete'] = 'Cascade',
): ColumnMeta {
  return {
    logicalName,
    kind: 'lookup',
    navigations: [
      { name: `${logicalName}_account`, target: 'account', relationship: accountRelationship, cascadeDelete },
      { name: `${logicalName}_contact`, target: 'contact', relationship: contactRelationship, cascadeDelete },
    ],
  };
}

/**
 * statecode and statuscode: `states` are [value, label, default status]; `statuses` are [value, label, state].
 * statecode is not valid for create: a new row starts in the first state (a create that sets it is ignored).
 */
export function stateAndStatus(states: [number, string, number][], statuses: [number, string, number][]): ColumnMeta[] {
  return [
    {
      logicalName: 'statecode',
      kind: 'state',
      options: states.map(([value, label, defaultStatus]) => ({ value, label, defaultStatus })),
      defaultValue: states[0]![0],
      validForCreate: false,
    },
    {
      logicalName: 'statuscode',
      kind: 'status',
      options: statuses.map(([value, label, state]) => ({ value, label, state })),
      defaultValue: states[0]![2],
    },
  ];
}

/** Active/Inactive, the state model of most tables (and of every custom table). */
export const activeInactive = (): ColumnMeta[] =>
  stateAndStatus(
    [
      [0, 'Active', 1],
      [1, 'Inactive', 2],
    ],
    [
      [1, 'Active', 0],
      [2, 'Inactive', 1],
    ],
  );

const systemLookup = (logicalName: string, target: string, relationship: string): ColumnMeta => ({
  ...lookup(logicalName, target, relationship, { cascadeDelete: 'NoCascade' }),
  validForCreate: false,
  validForUpdate: false,
  system: true,
});

/** The audit and ownership columns the platform maintains. */
export function platformColumns(logicalName: string, ownership: 'user' | 'organization'): ColumnMeta[] {
  const ro = { validForCreate: false, validForUpdate: false, system: true };
  return [
    ...(ownership === 'user'
      ? [{ ...lookup('ownerid', 'systemuser', `owner_${logicalName}s`, { cascadeDelete: 'NoCascade' }) }]
      : []),
    { logicalName: 'createdon', kind: 'datetime', ...ro },
    systemLookup('createdby', 'systemuser', `lk_${logicalName}_createdby`),
    { logicalName: 'modifiedon', kind: 'datetime', ...ro },
    systemLookup('modifiedby', 'systemuser', `lk_${logicalName}_modifiedby`),
    { logicalName: 'versionnumber', kind: 'bigint', ...ro },
  ];
}
