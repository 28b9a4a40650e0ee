// Resolves a YAML form (column names, sub-grids) into the FormModel forms.ts prints: labels, control class ids,
// derived ids, the sub-grid's relationship and view.
import { formId, formPartId } from './ids';
import type { ColumnDef, ControlKind, DataverseSchema, FieldDef, FormDef, TableDef } from './model';
import { CLASS_ID, type FieldCell, type FormModel, type SubgridCell } from './forms';
import { lookupRelationshipName } from './relationships';
import { systemColumnNames } from './system-columns';
import { generatedViewId } from './views';

export function resolveForm(f: FormDef, schema: DataverseSchema, prefix: string): FormModel {
  const table = findTable(schema, f.table);
  const id = formId(table.schemaName.toLowerCase(), 'main', f.name);
  return {
    id,
    name: f.name,
    description: f.description ?? '',
    lang: schema.languageCode,
    tabs: f.tabs.map((tab) => ({
      id: formPartId(id, 'tab', tab.label),
      label: tab.label,
      sections: tab.sections.map((s) => ({
        id: formPartId(id, 'tab', tab.label, 'section', s.label),
        label: s.label,
        showLabel: s.showLabel ?? false,
        cells: s.fields.map((fd) => cell(fd, table, schema, prefix, id)),
      })),
    })),
  };
}

function cell(fd: FieldDef, table: TableDef, schema: DataverseSchema, prefix: string, form: string): FieldCell | SubgridCell {
  if ('subgrid' in fd) {
    const related = findTable(schema, fd.subgrid.table);
    const lookup = related.columns.find((c) => c.schemaName.toLowerCase() === fd.subgrid.lookup);
    if (lookup?.type !== 'lookup') throw new Error(`${fd.subgrid.lookup} is not a lookup of ${related.schemaName}`);
    const target = related.schemaName.toLowerCase();
    return {
      kind: 'subgrid',
      id: formPartId(form, 'cell', fd.subgrid.name),
      name: fd.subgrid.name,
      label: fd.subgrid.label,
      targetTable: target,
      relationship: lookupRelationshipName(prefix, related.schemaName, lookup),
      viewId: generatedViewId(target, 'associated'),
    };
  }
  const known = describeColumn(table, fd.column);
  return {
    kind: 'field',
    id: formPartId(form, 'cell', fd.column),
    column: fd.column,
    label: fd.label ?? known?.label ?? fd.column,
    classId: known?.classId ?? CLASS_ID[fd.control ?? 'text'],
    readOnly: fd.readOnly ?? false,
  };
}

/** Label and control of a column the schema knows: declared, primary name, or a custom table's system column. */
function describeColumn(table: TableDef, logical: string): { label: string; classId: string } | undefined {
  const col = table.columns.find((c) => c.schemaName.toLowerCase() === logical);
  if (col) return { label: col.displayName, classId: CLASS_ID[controlOf(col)] };
  if (table.primaryName?.schemaName.toLowerCase() === logical) return { label: table.primaryName.displayName, classId: CLASS_ID.text };
  if (table.system) return undefined;
  const sys = systemColumnNames(table).get(logical);
  return sys && { label: sys.displayName, classId: CLASS_ID[sys.control] };
}

function controlOf(col: ColumnDef): ControlKind | 'email' {
  if (col.type !== 'text') return col.type;
  if (col.format === 'url' || col.format === 'email') return col.format;
  return col.format === 'textarea' ? 'memo' : 'text';
}

export function findTable(schema: DataverseSchema, schemaName: string): TableDef {
  const t = schema.tables.find((x) => x.schemaName.toLowerCase() === schemaName.toLowerCase());
  if (!t) throw new Error(`unknown table ${schemaName}`);
  return t;
}
