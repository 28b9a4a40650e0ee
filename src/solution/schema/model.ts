// The declarative Dataverse schema of solution-template/schema/dataverse.yaml, as TypeScript types.
// yaml-schema.ts validates the YAML against the same shape; validate.ts adds the cross-reference rules.

export type RequiredLevel = 'none' | 'recommended' | 'required';
export type TextFormat = 'text' | 'url' | 'email' | 'phone' | 'textarea';
export type CascadeType = 'NoCascade' | 'Cascade' | 'RemoveLink' | 'Restrict';

export interface DataverseSchema {
  /** Solution version in which the components were introduced (`<IntroducedVersion>` of custom columns). */
  introducedVersion: string;
  /** Language of every label (1033 = English). */
  languageCode: number;
  /** Global choices (option sets), shared by columns through `globalChoice`. */
  choices: GlobalChoiceDef[];
  tables: TableDef[];
  forms: FormDef[];
}

export interface OptionDef {
  /** Stable key of the option for flows (e.g. the Partner Center API value). */
  code: string;
  /** Value = publisher option value prefix × 10000 + index; never reuse or renumber an index. */
  index: number;
  label: string;
  description?: string;
}

export interface GlobalChoiceDef {
  name: string;
  displayName: string;
  description?: string;
  options: OptionDef[];
}

export interface TableDef {
  /** Schema name with its casing (`Opportunity`, `cosell_SolutionDetail`); the logical name is its lower case. */
  schemaName: string;
  displayName: string;
  /** A table Dataverse (or an app) already has: included as a shell (root behaviour 2) carrying only our columns. */
  system?: boolean;
  collectionName?: string;
  entitySetName?: string;
  description?: string;
  primaryName?: PrimaryNameDef;
  columns: ColumnDef[];
  /** Columns shown in the generated views, after the primary name. */
  viewColumns?: string[];
}

export interface PrimaryNameDef {
  schemaName: string;
  displayName: string;
  maxLength: number;
  description?: string;
}

interface ColumnBase {
  schemaName: string;
  displayName: string;
  description?: string;
  required?: RequiredLevel;
  /** Column auditing (default true). */
  audit?: boolean;
}

export interface BooleanColumn extends ColumnBase {
  type: 'boolean';
  default?: boolean;
  trueLabel?: string;
  falseLabel?: string;
}

export interface TextColumn extends ColumnBase {
  type: 'text';
  maxLength: number;
  format?: TextFormat;
}

export interface MemoColumn extends ColumnBase {
  type: 'memo';
  maxLength: number;
}

export interface ChoiceColumn extends ColumnBase {
  type: 'choice';
  /** A local choice: options defined on the column. */
  options?: OptionDef[];
  /** Or a global choice by name. */
  globalChoice?: string;
  /** Code of the default option. */
  default?: string;
}

export interface MultiChoiceColumn extends ColumnBase {
  type: 'multichoice';
  globalChoice: string;
}

export interface LookupColumn extends ColumnBase {
  type: 'lookup';
  /** Schema name of the referenced table (one of `tables`). */
  target: string;
  relationship?: { name?: string; cascadeDelete?: CascadeType; cascadeArchive?: CascadeType };
}

export type ColumnDef = BooleanColumn | TextColumn | MemoColumn | ChoiceColumn | MultiChoiceColumn | LookupColumn;
export type ColumnType = ColumnDef['type'];

export interface FormDef {
  /** Schema name of the table. */
  table: string;
  name: string;
  description?: string;
  tabs: TabDef[];
}

export interface TabDef {
  label: string;
  sections: SectionDef[];
}

export interface SectionDef {
  label: string;
  showLabel?: boolean;
  fields: FieldDef[];
}

/** Kinds of control for columns that are not declared here (e.g. the opportunity's own `name`). */
export type ControlKind = 'text' | 'url' | 'memo' | 'lookup' | 'choice' | 'multichoice' | 'boolean';

export interface ColumnField {
  /** Logical name of a column of the form's table. */
  column: string;
  label?: string;
  readOnly?: boolean;
  /** Needed only for a column the schema does not declare. */
  control?: ControlKind;
}

export interface SubgridField {
  subgrid: {
    /** Control id (unique on the form). */
    name: string;
    label: string;
    /** Schema name of the related (many-side) table. */
    table: string;
    /** Logical name of its lookup to the form's table. */
    lookup: string;
  };
}

export type FieldDef = ColumnField | SubgridField;
