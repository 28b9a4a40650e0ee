// All tables the double serves, indexed the ways the Web API looks them up.
import { loadSolutionConfig } from '../../../solution/config';
import { loadSchema } from '../../../solution/schema/load';
import { SCHEMA_YAML, SOLUTION_YAML } from '../../../solution/schema/paths';
import { environmentVariableTables } from './environment-variable-tables';
import { salesTables } from './sales-tables';
import { applySolutionSchema } from './solution-tables';
import { type ColumnMeta, type NavigationMeta, type TableMeta, propertyName } from './model';

export interface NavigationRef {
  column: ColumnMeta;
  nav: NavigationMeta;
}

/** A collection-valued navigation property: the rows of `table` whose `column` points here. */
export interface CollectionRef extends NavigationRef {
  table: TableMeta;
}

export class Catalog {
  private readonly bySet = new Map<string, TableMeta>();
  private readonly byLogical = new Map<string, TableMeta>();

  constructor(readonly tables: readonly TableMeta[]) {
    for (const t of tables) {
      this.bySet.set(t.setName, t);
      this.byLogical.set(t.logicalName, t);
    }
  }

  /** By entity set name, case-sensitive as the Web API is. */
  set(setName: string): TableMeta | undefined {
    return this.bySet.get(setName);
  }

  table(logicalName: string): TableMeta {
    const t = this.byLogical.get(logicalName);
    if (!t) throw new Error(`dataverse double: no table '${logicalName}'`);
    return t;
  }

  hasTable(logicalName: string): boolean {
    return this.byLogical.has(logicalName);
  }

  column(t: TableMeta, logicalName: string): ColumnMeta | undefined {
    return t.columns.find((c) => c.logicalName === logicalName);
  }

  /** The column behind a read property (`name`, `_parentaccountid_value`). */
  property(t: TableMeta, property: string): ColumnMeta | undefined {
    return t.columns.find((c) => propertyName(c) === property);
  }

  /** A single-valued navigation property, case-sensitive. */
  navigation(t: TableMeta, name: string): NavigationRef | undefined {
    for (const column of t.columns) {
      const nav = column.navigations?.find((n) => n.name === name);
      if (nav) return { column, nav };
    }
    return undefined;
  }

  /** A collection-valued navigation property of `t` (a 1:N relationship name). */
  collection(t: TableMeta, relationship: string): CollectionRef | undefined {
    for (const table of this.tables) {
      for (const column of table.columns) {
        const nav = column.navigations?.find((n) => n.relationship === relationship && n.target === t.logicalName);
        if (nav) return { table, column, nav };
      }
    }
    return undefined;
  }

  /** Every lookup in any table that can point at `target` (for cascades on delete). */
  referencing(target: string): CollectionRef[] {
    const out: CollectionRef[] = [];
    for (const table of this.tables) {
      for (const column of table.columns) {
        for (const nav of column.navigations ?? []) if (nav.target === target) out.push({ table, column, nav });
      }
    }
    return out;
  }
}

const loaded = new Map<string, Catalog>();

/** The standard Sales and environment variable tables plus the solution's schema (its columns, its tables); read once per file pair. */
export function loadCatalog(schemaYaml: string = SCHEMA_YAML, solutionYaml: string = SOLUTION_YAML): Catalog {
  const key = `${schemaYaml}\u0000${solutionYaml}`;
  let catalog = loaded.get(key);
  if (!catalog) loaded.set(key, (catalog = readCatalog(schemaYaml, solutionYaml)));
  return catalog;
}

function readCatalog(schemaYaml: string, solutionYaml: string): Catalog {
  const { publisher } = loadSolutionConfig(solutionYaml);
  const p = { prefix: publisher.prefix, optionValuePrefix: publisher.optionValuePrefix };
  const tables = salesTables();
  const custom = applySolutionSchema(tables, loadSchema(schemaYaml, p), p);
  return new Catalog([...tables, ...environmentVariableTables(), ...custom]);
}
