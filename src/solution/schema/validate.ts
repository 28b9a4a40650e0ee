// Rules ajv cannot express: publisher prefix, unique names, references between choices, tables, columns and forms.
import type { Locator, PathSegment, SchemaIssue } from './errors';
import type { Publisher } from './load';
import type { ColumnDef, DataverseSchema, FormDef, OptionDef, TableDef } from './model';
import { lookupRelationshipName } from './relationships';
import { systemColumnNames } from './system-columns';

export function validateSchema(s: DataverseSchema, publisher: Publisher, at: Locator): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: PathSegment[], message: string, onKey = false) => issues.push(at.issue(path, message, onKey));
  const prefixed = (name: string, path: PathSegment[]) => {
    if (!name.startsWith(`${publisher.prefix}_`)) add(path, `must start with the publisher prefix '${publisher.prefix}_'`);
  };

  if (!/^[a-z][a-z0-9]{1,7}$/.test(publisher.prefix)) {
    issues.push({ field: 'publisher.prefix', message: `'${publisher.prefix}' is not a valid customization prefix` });
  }
  if (!Number.isInteger(publisher.optionValuePrefix) || publisher.optionValuePrefix < 10000 || publisher.optionValuePrefix > 99999) {
    issues.push({ field: 'publisher.optionValuePrefix', message: 'must be an integer from 10000 to 99999' });
  }

  const choices = new Set<string>();
  s.choices.forEach((c, i) => {
    prefixed(c.name, ['choices', i, 'name']);
    if (choices.has(c.name)) add(['choices', i, 'name'], `duplicate choice '${c.name}'`);
    choices.add(c.name);
    checkOptions(c.options, ['choices', i, 'options'], add);
  });

  const tables = new Map<string, TableDef>();
  s.tables.forEach((t, ti) => {
    const path: PathSegment[] = ['tables', ti];
    const key = t.schemaName.toLowerCase();
    if (tables.has(key)) add([...path, 'schemaName'], `duplicate table '${t.schemaName}'`);
    tables.set(key, t);
    if (t.system) {
      for (const f of ['primaryName', 'collectionName', 'entitySetName', 'viewColumns'] as const) {
        if (t[f] !== undefined) add([...path, f], 'only a custom table has this field', true);
      }
    } else {
      prefixed(t.schemaName, [...path, 'schemaName']);
      for (const f of ['primaryName', 'collectionName', 'entitySetName'] as const) {
        if (t[f] === undefined) add(path, `'${f}' is required for a custom table`);
      }
      if (t.primaryName) prefixed(t.primaryName.schemaName, [...path, 'primaryName', 'schemaName']);
    }
  });

  s.tables.forEach((t, ti) => {
    const path: PathSegment[] = ['tables', ti];
    const names = new Set<string>(t.system ? [] : [...systemColumnNames(t).keys()]);
    if (t.primaryName) names.add(t.primaryName.schemaName.toLowerCase());
    t.columns.forEach((c, ci) => {
      const cp: PathSegment[] = [...path, 'columns', ci];
      prefixed(c.schemaName, [...cp, 'schemaName']);
      if (names.has(c.schemaName.toLowerCase())) add([...cp, 'schemaName'], `duplicate column '${c.schemaName.toLowerCase()}'`);
      names.add(c.schemaName.toLowerCase());
      checkColumn(c, cp, choices, s, tables, add);
    });
    (t.viewColumns ?? []).forEach((v, vi) => {
      if (!t.columns.some((c) => c.schemaName.toLowerCase() === v)) add([...path, 'viewColumns', vi], `'${v}' is not a column of ${t.schemaName}`);
    });
  });

  const relationships = new Set<string>();
  for (const t of s.tables) {
    for (const c of t.columns) {
      if (c.type !== 'lookup') continue;
      const name = lookupRelationshipName(publisher.prefix, t.schemaName, c).toLowerCase();
      if (relationships.has(name)) issues.push({ field: `${t.schemaName}.${c.schemaName}`, message: `duplicate relationship '${name}'` });
      relationships.add(name);
    }
  }

  s.forms.forEach((f, fi) => checkForm(f, ['forms', fi], tables, add));
  return issues;
}

type Add = (path: PathSegment[], message: string, onKey?: boolean) => void;

function checkOptions(options: readonly OptionDef[], path: PathSegment[], add: Add): void {
  const codes = new Set<string>();
  const indexes = new Set<number>();
  options.forEach((o, i) => {
    if (codes.has(o.code)) add([...path, i, 'code'], `duplicate option code '${o.code}'`);
    if (indexes.has(o.index)) add([...path, i, 'index'], `duplicate option index ${o.index}`);
    codes.add(o.code);
    indexes.add(o.index);
  });
}

function checkColumn(
  c: ColumnDef,
  path: PathSegment[],
  choices: ReadonlySet<string>,
  s: DataverseSchema,
  tables: ReadonlyMap<string, TableDef>,
  add: Add,
): void {
  if (c.type === 'choice') {
    if (!!c.options === !!c.globalChoice) add(path, "a choice needs exactly one of 'options' or 'globalChoice'");
    if (c.options) checkOptions(c.options, [...path, 'options'], add);
    const options = c.options ?? s.choices.find((g) => g.name === c.globalChoice)?.options;
    if (c.default !== undefined && options && !options.some((o) => o.code === c.default)) {
      add([...path, 'default'], `'${c.default}' is not an option code of this choice`);
    }
  }
  if ((c.type === 'choice' || c.type === 'multichoice') && c.globalChoice && !choices.has(c.globalChoice)) {
    add([...path, 'globalChoice'], `unknown global choice '${c.globalChoice}'`);
  }
  if (c.type === 'lookup' && !tables.has(c.target.toLowerCase())) add([...path, 'target'], `unknown table '${c.target}'`);
}

function checkForm(f: FormDef, path: PathSegment[], tables: ReadonlyMap<string, TableDef>, add: Add): void {
  const table = tables.get(f.table.toLowerCase());
  if (!table) return add([...path, 'table'], `unknown table '${f.table}'`);
  const known = new Set(table.columns.map((c) => c.schemaName.toLowerCase()));
  if (!table.system) for (const n of systemColumnNames(table).keys()) known.add(n);
  if (table.primaryName) known.add(table.primaryName.schemaName.toLowerCase());
  const onForm = new Set<string>();
  const tabs = new Set<string>();
  f.tabs.forEach((tab, ti) => {
    const tp: PathSegment[] = [...path, 'tabs', ti];
    if (tabs.has(tab.label)) add([...tp, 'label'], `duplicate tab '${tab.label}'`);
    tabs.add(tab.label);
    const sections = new Set<string>();
    tab.sections.forEach((sec, si) => {
      const sp: PathSegment[] = [...tp, 'sections', si];
      if (sections.has(sec.label)) add([...sp, 'label'], `duplicate section '${sec.label}' in this tab`);
      sections.add(sec.label);
      sec.fields.forEach((fd, di) => {
        const fp: PathSegment[] = [...sp, 'fields', di];
        const id = 'column' in fd ? fd.column : fd.subgrid.name.toLowerCase();
        if (onForm.has(id)) add(fp, `'${id}' is already on this form`);
        onForm.add(id);
        if ('column' in fd) {
          if (!known.has(fd.column) && (!fd.control || !fd.label)) {
            add([...fp, 'column'], `'${fd.column}' is not a column declared here: give its 'control' and 'label'`);
          }
          return;
        }
        const related = tables.get(fd.subgrid.table.toLowerCase());
        if (!related) return add([...fp, 'subgrid', 'table'], `unknown table '${fd.subgrid.table}'`);
        const lookup = related.columns.find((c) => c.schemaName.toLowerCase() === fd.subgrid.lookup);
        if (!lookup || lookup.type !== 'lookup' || lookup.target.toLowerCase() !== table.schemaName.toLowerCase()) {
          add([...fp, 'subgrid', 'lookup'], `'${fd.subgrid.lookup}' is not a lookup of ${related.schemaName} to ${table.schemaName}`);
        }
      });
    });
  });
}
