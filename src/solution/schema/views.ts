// The system views (saved queries) Dataverse gives a new table — quick find, advanced find, associated,
// active, inactive, lookup — written as [PNP-ES] sha_Students/SavedQueries/*.xml.
import { viewId } from './ids';
import { localizedNames } from './labels';
import { el, textEl, type XmlElement } from './xml';

export interface ViewTable {
  /** Logical name. */
  logicalName: string;
  entitySetName: string;
  /** Collection display name ("Solution Details"). */
  collectionName: string;
  primaryKey: string;
  primaryName: string;
  /** Extra columns shown after the primary name. */
  columns: readonly string[];
  lang: number;
}

export interface View {
  id: string;
  node: XmlElement;
}

type Kind = 'quickfind' | 'advancedfind' | 'associated' | 'active' | 'inactive' | 'lookup';

interface ViewSpec {
  kind: Kind;
  name: (c: string) => string;
  querytype: number;
  isdefault: boolean;
  /** `resultset`/`result` grids, or grids named after the entity set and table. */
  namedGrid?: boolean;
  preview?: number;
  order?: boolean;
  state?: 0 | 1;
  quickFind?: boolean;
}

const SPECS: ViewSpec[] = [
  { kind: 'quickfind', name: (c) => `Quick Find Active ${c}`, querytype: 4, isdefault: true, order: true, state: 0, quickFind: true },
  { kind: 'advancedfind', name: (c) => `${c} Advanced Find View`, querytype: 1, isdefault: true, order: true },
  { kind: 'associated', name: (c) => `${c} Associated View`, querytype: 2, isdefault: true, namedGrid: true, order: true, state: 0 },
  { kind: 'active', name: (c) => `Active ${c}`, querytype: 0, isdefault: true, order: true, state: 0 },
  { kind: 'inactive', name: (c) => `Inactive ${c}`, querytype: 0, isdefault: false, order: true, state: 1 },
  { kind: 'lookup', name: (c) => `${c} Lookup View`, querytype: 64, isdefault: true, namedGrid: true, preview: 0, state: 0 },
];

/** The id of one of a table's generated views (the sub-grid of the form uses the associated view). */
export const generatedViewId = (table: string, kind: Kind) => viewId(table, kind);

/** The views of a custom table, sorted by id as the packed `<savedqueries>` lists the unpacked files. */
export function tableViews(t: ViewTable): View[] {
  return SPECS.map((s) => ({ id: generatedViewId(t.logicalName, s.kind), node: viewNode(t, s) })).sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

function viewNode(t: ViewTable, s: ViewSpec): XmlElement {
  const cells = [
    el('cell', { name: t.primaryName, width: 300 }),
    ...t.columns.map((c) => el('cell', { name: c, width: 150 })),
    el('cell', { name: 'createdon', width: 125 }),
  ];
  const attributes = [t.primaryKey, t.primaryName, ...t.columns, 'createdon'].map((a) => el('attribute', { name: a }));
  return el(
    'savedquery',
    {},
    textEl('IsCustomizable', 1),
    textEl('CanBeDeleted', 0),
    textEl('isquickfindquery', s.quickFind ? 1 : 0),
    textEl('isprivate', 0),
    textEl('isdefault', s.isdefault ? 1 : 0),
    textEl('savedqueryid', generatedViewId(t.logicalName, s.kind)),
    el(
      'layoutxml',
      {},
      el(
        'grid',
        { name: s.namedGrid ? t.entitySetName : 'resultset', jump: t.primaryName, select: 1, icon: 1, preview: s.preview ?? 1 },
        el('row', { name: s.namedGrid ? t.logicalName : 'result', id: t.primaryKey }, cells),
      ),
    ),
    textEl('querytype', s.querytype),
    el(
      'fetchxml',
      {},
      el(
        'fetch',
        { version: '1.0', mapping: 'logical' },
        el(
          'entity',
          { name: t.logicalName },
          attributes,
          s.order && el('order', { attribute: t.primaryName, descending: 'false' }),
          s.state !== undefined &&
            el('filter', { type: 'and' }, el('condition', { attribute: 'statecode', operator: 'eq', value: s.state })),
          s.quickFind &&
            el(
              'filter',
              { type: 'or', isquickfindfields: 1 },
              el('condition', { attribute: t.primaryName, operator: 'like', value: '{0}' }),
            ),
        ),
      ),
    ),
    textEl('IntroducedVersion', '1.0'),
    localizedNames(s.name(t.collectionName), t.lang),
  );
}
