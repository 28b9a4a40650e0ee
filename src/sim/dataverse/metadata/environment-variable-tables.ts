// Environment variable definitions and values (the "Environment Variables" solution): the writable columns of
// powerapps-docs reference/entities/environmentvariabledefinition.md and environmentvariablevalue.md.
import { activeInactive, boolean, lookup, memo, options, picklist, platformColumns, text } from './columns';
import type { TableMeta } from './model';

/** environmentvariabledefinition.type (Picklist). */
export const ENVIRONMENT_VARIABLE_TYPES = options(
  [100000000, 'String'],
  [100000001, 'Number'],
  [100000002, 'Boolean'],
  [100000003, 'JSON'],
  [100000004, 'Data Source'],
);

export const environmentVariableDefinitionTable = (): TableMeta => ({
  logicalName: 'environmentvariabledefinition',
  schemaName: 'EnvironmentVariableDefinition',
  setName: 'environmentvariabledefinitions',
  primaryId: 'environmentvariabledefinitionid',
  primaryName: 'schemaname',
  ownership: 'user',
  columns: [
    { logicalName: 'environmentvariabledefinitionid', kind: 'primarykey', validForUpdate: false },
    // SchemaName: IsValidForUpdate False.
    { ...text('schemaname', 100), validForUpdate: false },
    text('displayname', 100),
    memo('defaultvalue', 2000),
    memo('description', 2000),
    picklist('type', ENVIRONMENT_VARIABLE_TYPES),
    boolean('isrequired', false),
    memo('valueschema', 2000),
    ...activeInactive(),
    ...platformColumns('environmentvariabledefinition', 'user'),
  ],
});

export const environmentVariableValueTable = (): TableMeta => ({
  logicalName: 'environmentvariablevalue',
  schemaName: 'EnvironmentVariableValue',
  setName: 'environmentvariablevalues',
  primaryId: 'environmentvariablevalueid',
  primaryName: 'schemaname',
  ownership: 'user',
  columns: [
    { logicalName: 'environmentvariablevalueid', kind: 'primarykey', validForUpdate: false },
    text('schemaname', 100),
    memo('value', 2000),
    // ReferencingEntityNavigationPropertyName `EnvironmentVariableDefinitionId`; deleting a definition deletes its values.
    lookup(
      'environmentvariabledefinitionid',
      'environmentvariabledefinition',
      'environmentvariabledefinition_environmentvariablevalue',
      { nav: 'EnvironmentVariableDefinitionId', cascadeDelete: 'Cascade' },
    ),
    ...activeInactive(),
    ...platformColumns('environmentvariablevalue', 'user'),
  ],
});

export const environmentVariableTables = (): TableMeta[] => [
  environmentVariableDefinitionTable(),
  environmentVariableValueTable(),
];
