// The solution's own columns and tables, read from solution-template/schema/dataverse.yaml through the schema
// loader, so the double and the packaged schema cannot disagree.
import type { Publisher } from '../../../solution/schema/load';
import type { ColumnDef, DataverseSchema, TableDef } from '../../../solution/schema/model';
import { resolveOptions } from '../../../solution/schema/optionset';
import { lookupRelationshipName } from '../../../solution/schema/relationships';
import { activeInactive, boolean, memo, multiselect, picklist, platformColumns, text } from './columns';
import type { ColumnMeta, OptionMeta, TableMeta } from './model';

/** Adds the schema's columns to the system tables it extends and returns its custom tables. */
export function applySolutionSchema(tables: TableMeta[], schema: DataverseSchema, publisher: Publisher): TableMeta[] {
  const custom: TableMeta[] = [];
  for (const t of schema.tables) {
    const columns = t.columns.map((c) => columnMeta(c, t, schema, publisher));
    if (t.system) {
      const existing = tables.find((x) => x.logicalName === t.schemaName.toLowerCase());
      if (!existing)
        throw new Error(`dataverse double: schema extends table '${t.schemaName}', which the double does not define`);
      // Custom columns go before the platform columns, as $metadata lists them.
      const at = existing.columns.findIndex((c) => c.logicalName === 'statecode' || c.system);
      existing.columns.splice(at < 0 ? existing.columns.length : at, 0, ...columns);
    } else {
      custom.push(customTable(t, columns));
    }
  }
  return custom;
}

function customTable(t: TableDef, columns: ColumnMeta[]): TableMeta {
  const logicalName = t.schemaName.toLowerCase();
  const primaryName = t.primaryName!.schemaName.toLowerCase();
  return {
    logicalName,
    schemaName: t.schemaName,
    setName: t.entitySetName!,
    primaryId: `${logicalName}id`,
    primaryName,
    ownership: 'user',
    columns: [
      { logicalName: `${logicalName}id`, kind: 'primarykey', validForUpdate: false },
      text(primaryName, t.primaryName!.maxLength),
      ...columns,
      ...activeInactive(),
      ...platformColumns(logicalName, 'user'),
    ],
  };
}

function columnMeta(c: ColumnDef, t: TableDef, schema: DataverseSchema, publisher: Publisher): ColumnMeta {
  const name = c.schemaName.toLowerCase();
  const optionsOf = (local: ColumnDef & { globalChoice?: string }, own?: Parameters<typeof resolveOptions>[0]) => {
    const global = local.globalChoice ? schema.choices.find((g) => g.name === local.globalChoice) : undefined;
    return resolveOptions(global?.options ?? own ?? [], publisher.optionValuePrefix);
  };
  switch (c.type) {
    case 'boolean':
      return boolean(name, c.default ?? false, [c.falseLabel ?? 'No', c.trueLabel ?? 'Yes']);
    case 'text':
      return text(name, c.maxLength, c.format);
    case 'memo':
      return memo(name, c.maxLength);
    case 'choice': {
      const opts = optionsOf(c, c.options);
      const def = c.default === undefined ? undefined : opts.find((o) => o.code === c.default)?.value;
      return picklist(name, opts.map(toOption), def);
    }
    case 'multichoice':
      return multiselect(name, optionsOf(c).map(toOption));
    case 'lookup':
      return {
        logicalName: name,
        kind: 'lookup',
        navigations: [
          {
            name: c.schemaName,
            target: c.target.toLowerCase(),
            relationship: lookupRelationshipName(publisher.prefix, t.schemaName, c),
            cascadeDelete: c.relationship?.cascadeDelete ?? 'RemoveLink',
          },
        ],
      };
  }
}

const toOption = (o: { value: number; label: string }): OptionMeta => ({ value: o.value, label: o.label });
