// The tables a solution deployment touches, with the columns `cosell deploy` reads and writes (powerapps-docs
// reference/entities solution.md, workflow.md, connectionreference.md, asyncoperation.md): solutions, cloud flows,
// connection references and the system jobs that run asynchronous imports.
import { activeInactive, boolean, integer, memo, platformColumns, stateAndStatus, text } from '../metadata/columns';
import type { TableMeta } from '../metadata/model';

const solutionTable = (): TableMeta => ({
  logicalName: 'solution',
  schemaName: 'Solution',
  setName: 'solutions',
  primaryId: 'solutionid',
  primaryName: 'friendlyname',
  ownership: 'organization',
  columns: [
    { logicalName: 'solutionid', kind: 'primarykey', validForUpdate: false },
    text('uniquename', 65),
    text('friendlyname', 256),
    text('version', 256),
    boolean('ismanaged', false),
    { logicalName: 'installedon', kind: 'datetime', validForCreate: false, validForUpdate: false },
    ...platformColumns('solution', 'organization'),
  ],
});

/** workflow.category 5 (Modern Flow) is a cloud flow; statecode 0 Draft (off), 1 Activated (on), 2 Suspended. */
const workflowTable = (): TableMeta => ({
  logicalName: 'workflow',
  schemaName: 'Workflow',
  setName: 'workflows',
  primaryId: 'workflowid',
  primaryName: 'name',
  ownership: 'user',
  columns: [
    { logicalName: 'workflowid', kind: 'primarykey', validForUpdate: false },
    text('name', 100),
    integer('category'),
    integer('type'),
    text('primaryentity', 100),
    memo('clientdata', 1073741823),
    memo('description', 100000),
    boolean('ismanaged', false),
    ...stateAndStatus(
      [
        [0, 'Draft', 1],
        [1, 'Activated', 2],
        [2, 'Suspended', 3],
      ],
      [
        [1, 'Draft', 0],
        [2, 'Activated', 1],
        [3, 'CompanyDLPViolation', 2],
      ],
    ),
    ...platformColumns('workflow', 'user'),
  ],
});

const connectionReferenceTable = (): TableMeta => ({
  logicalName: 'connectionreference',
  schemaName: 'ConnectionReference',
  setName: 'connectionreferences',
  primaryId: 'connectionreferenceid',
  primaryName: 'connectionreferencedisplayname',
  ownership: 'user',
  columns: [
    { logicalName: 'connectionreferenceid', kind: 'primarykey', validForUpdate: false },
    { ...text('connectionreferencelogicalname', 100), validForUpdate: false },
    text('connectionreferencedisplayname', 100),
    text('connectorid', 100),
    text('connectionid', 100),
    memo('description', 2000),
    ...activeInactive(),
    ...platformColumns('connectionreference', 'user'),
  ],
});

/** The system job: statecode 0 Ready, 1 Suspended, 2 Locked, 3 Completed; statuscode 30/31/32 once completed. */
const asyncOperationTable = (): TableMeta => ({
  logicalName: 'asyncoperation',
  schemaName: 'AsyncOperation',
  setName: 'asyncoperations',
  primaryId: 'asyncoperationid',
  primaryName: 'name',
  ownership: 'user',
  columns: [
    { logicalName: 'asyncoperationid', kind: 'primarykey', validForUpdate: false },
    text('name', 256),
    integer('operationtype'),
    memo('message', 1073741823),
    memo('friendlymessage', 1073741823),
    memo('data', 1073741823),
    { logicalName: 'startedon', kind: 'datetime', validForCreate: false, validForUpdate: false },
    { logicalName: 'completedon', kind: 'datetime', validForCreate: false, validForUpdate: false },
    ...stateAndStatus(
      [
        [0, 'Ready', 0],
        [1, 'Suspended', 10],
        [2, 'Locked', 20],
        [3, 'Completed', 30],
      ],
      [
        [0, 'Waiting For Resources', 0],
        [10, 'Waiting', 1],
        [20, 'In Progress', 2],
        [21, 'Pausing', 2],
        [22, 'Canceling', 2],
        [30, 'Succeeded', 3],
        [31, 'Failed', 3],
        [32, 'Canceled', 3],
      ],
    ),
    ...platformColumns('asyncoperation', 'user'),
  ],
});

export const deploymentTables = (): TableMeta[] => [
  solutionTable(),
  workflowTable(),
  connectionReferenceTable(),
  asyncOperationTable(),
];

/** asyncoperation states and statuses by name, for readable code. */
export const ASYNC = {
  state: { ready: 0, locked: 2, completed: 3 },
  status: { waiting: 0, inProgress: 20, succeeded: 30, failed: 31, canceled: 32 },
} as const;

