// Names admins know: display names of the solution's columns (dataverse.yaml), option labels, and the
// environment variables (solution.yaml) that name configurable columns.
import type { EnvironmentVariableDefinition } from '../../compile/project';
import type { DataverseSchema, OptionDef, TableDef } from '../../solution/schema/model';

export interface Option {
  code: string;
  label: string;
  value: number;
}

export interface Names {
  /** Display name of a column the solution declares (`cosell_…`), by table and column logical names. */
  column(table: string, column: string): string | undefined;
  /** The table a lookup column (by its schema or logical name) points to. */
  lookupTarget(table: string, column: string): string | undefined;
  /** The options of a choice column, or of a global choice when `column` is omitted. */
  options(table: string, column?: string): Option[];
  /** Description of a column the solution declares. */
  columnDescription(table: string, column: string): string | undefined;
  variable(schemaName: string): EnvironmentVariableDefinition | undefined;
}

export function namesOf(schema: DataverseSchema, variables: EnvironmentVariableDefinition[], optionValuePrefix: number): Names {
  const tableOf = (logical: string): TableDef | undefined => schema.tables.find((t) => t.schemaName.toLowerCase() === logical);
  const columnOf = (table: string, column: string) =>
    tableOf(table)?.columns.find((c) => c.schemaName.toLowerCase() === column.toLowerCase());
  const optionsOf = (defs: OptionDef[]) => defs.map((o) => ({ code: o.code, label: o.label, value: optionValuePrefix * 10000 + o.index }));
  const globalChoice = (name: string) => schema.choices.find((c) => c.name === name)?.options ?? [];
  return {
    column: (table, column) => {
      const t = tableOf(table);
      if (t?.primaryName && t.primaryName.schemaName.toLowerCase() === column) return t.primaryName.displayName;
      return columnOf(table, column)?.displayName;
    },
    lookupTarget: (table, column) => {
      const c = columnOf(table, column);
      return c?.type === 'lookup' ? c.target.toLowerCase() : undefined;
    },
    options: (table, column) => {
      if (column === undefined) return optionsOf(globalChoice(table));
      const c = columnOf(table, column);
      if (c?.type === 'multichoice') return optionsOf(globalChoice(c.globalChoice));
      if (c?.type === 'choice') return optionsOf(c.options ?? globalChoice(c.globalChoice ?? ''));
      return [];
    },
    columnDescription: (table, column) => columnOf(table, column)?.description,
    variable: (schemaName) => variables.find((v) => v.schemaName === schemaName),
  };
}
