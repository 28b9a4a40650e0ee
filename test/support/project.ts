import type { ProjectModel } from '../../src/compile/project';

/** A small project model for tests: one environment variable of each common type and two connectors. */
export const testProject: ProjectModel = {
  environmentVariables: [
    { schemaName: 'cosell_dealvaluecolumn', displayName: 'Deal Value Column', type: 'String', defaultValue: 'estimatedvalue' },
    { schemaName: 'cosell_showcheckmark', displayName: 'Show Checkmark', type: 'Boolean', defaultValue: true },
  ],
  connectionReferences: [
    { logicalName: 'cosell_Dataverse', displayName: 'Dataverse', connector: 'shared_commondataserviceforapps' },
  ],
};
