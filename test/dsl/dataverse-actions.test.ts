import { describe, expect, it } from 'vitest';
import { $, env } from '../../src/dsl';
import { CONNECTION_AUTH, DATAVERSE_API_ID, accounts, compile, contacts, httpFlow, opportunities } from './helpers';

const host = (operationId: string) => ({
  connectionName: 'shared_commondataserviceforapps',
  operationId,
  apiId: DATAVERSE_API_ID,
});

/** The JSON of a Dataverse action as real exports carry it. */
const dataverseAction = (
  meta: { operationMetadataId: string },
  runAfter: Record<string, string[]>,
  operationId: string,
  parameters: object,
) => ({
  runAfter,
  metadata: meta,
  type: 'OpenApiConnection',
  inputs: { host: host(operationId), parameters, authentication: CONNECTION_AUTH },
});

describe('Dataverse actions', () => {
  const c = compile(
    httpFlow('Dataverse flow', (f, req) => {
      const list = f.dataverse.listRows('List accounts', accounts, {
        select: ['accountid', 'name'],
        filter: $.text`name eq '${req.body.tag}'`,
        orderBy: 'name asc',
        expand: 'primarycontactid($select=fullname)',
        top: 10,
      });
      const got = f.dataverse.getRow('Get account', accounts, $.first(list.rows).accountid, { select: ['name'] });
      const created = f.dataverse.createRow('Create opportunity', opportunities, {
        values: { name: got.row.name, estimatedvalue: 1000, statecode: null },
        bind: {
          parentaccountid: { table: accounts, id: got.row.accountid },
          customerid_account: { table: accounts, id: 'b2c3d4e5-0000-0000-0000-000000000001' },
        },
      });
      f.dataverse.updateRow('Update opportunity', opportunities, created.row.opportunityid, {
        values: { estimatedvalue: 2000 },
      });
      f.dataverse.upsertRow('Upsert opportunity', opportunities, $.guid(), {
        values: { name: 'New' },
        bind: { parentcontactid: { table: contacts, id: req.body.id } },
      });
      f.dataverse.deleteRow('Delete contact', contacts, req.body.id);
      f.dataverse.relateRows(
        'Relate contact',
        accounts,
        got.row.accountid,
        'contact_customer_accounts',
        $.text`contacts(${req.body.id})`,
      );
      f.dataverse.performBoundAction(
        'Win',
        opportunities,
        'Microsoft.Dynamics.CRM.Recalculate',
        created.row.opportunityid,
        { Target: 1 },
      );
      f.dataverse.performUnboundAction(
        'Get secret',
        'RetrieveEnvironmentVariableSecretValue',
        { EnvironmentVariableName: env.string('cosell_dealvaluecolumn') },
        {
          secure: { outputs: true },
        },
      );
      f.compose('Rows', { all: list.rows, first: list.first, name: got.row.name, id: created.row.opportunityid });
    }),
  );

  it('ListRecords renders entity set, $select, $filter, $orderby, $expand, $top', () => {
    expect(c.actions.List_accounts).toEqual(
      dataverseAction(c.meta('List_accounts'), {}, 'ListRecords', {
        entityName: 'accounts',
        $select: 'accountid,name',
        $filter: "name eq '@{triggerBody()?['tag']}'",
        $orderby: 'name asc',
        $expand: 'primarycontactid($select=fullname)',
        $top: 10,
      }),
    );
    expect(Object.keys(c.actions.List_accounts)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.List_accounts.inputs.parameters)).toEqual([
      'entityName',
      '$select',
      '$filter',
      '$orderby',
      '$expand',
      '$top',
    ]);
  });

  it('GetItem renders entityName, recordId, $select', () => {
    expect(c.actions.Get_account).toEqual(
      dataverseAction(c.meta('Get_account'), { List_accounts: ['Succeeded'] }, 'GetItem', {
        entityName: 'accounts',
        recordId: "@first(outputs('List_accounts')?['body/value'])?['accountid']",
        $select: 'name',
      }),
    );
  });

  it('CreateRecord renders item/<column> values and item/<Nav>@odata.bind lookups', () => {
    expect(c.actions.Create_opportunity).toEqual(
      dataverseAction(c.meta('Create_opportunity'), { Get_account: ['Succeeded'] }, 'CreateRecord', {
        entityName: 'opportunities',
        'item/name': "@outputs('Get_account')?['body/name']",
        'item/estimatedvalue': 1000,
        'item/statecode': null,
        'item/parentaccountid@odata.bind': "accounts(@{outputs('Get_account')?['body/accountid']})",
        'item/customerid_account@odata.bind': 'accounts(b2c3d4e5-0000-0000-0000-000000000001)',
      }),
    );
  });

  it('UpdateOnlyRecord (update) and UpdateRecord (upsert) render recordId and items', () => {
    expect(c.actions.Update_opportunity).toEqual(
      dataverseAction(c.meta('Update_opportunity'), { Create_opportunity: ['Succeeded'] }, 'UpdateOnlyRecord', {
        entityName: 'opportunities',
        recordId: "@outputs('Create_opportunity')?['body/opportunityid']",
        'item/estimatedvalue': 2000,
      }),
    );
    expect(c.actions.Upsert_opportunity).toEqual(
      dataverseAction(c.meta('Upsert_opportunity'), { Update_opportunity: ['Succeeded'] }, 'UpdateRecord', {
        entityName: 'opportunities',
        recordId: '@guid()',
        'item/name': 'New',
        'item/parentcontactid@odata.bind': "contacts(@{triggerBody()?['id']})",
      }),
    );
  });

  it('DeleteRecord and AssociateEntities', () => {
    expect(c.actions.Delete_contact).toEqual(
      dataverseAction(c.meta('Delete_contact'), { Upsert_opportunity: ['Succeeded'] }, 'DeleteRecord', {
        entityName: 'contacts',
        recordId: "@triggerBody()?['id']",
      }),
    );
    expect(c.actions.Relate_contact).toEqual(
      dataverseAction(c.meta('Relate_contact'), { Delete_contact: ['Succeeded'] }, 'AssociateEntities', {
        entityName: 'accounts',
        recordId: "@outputs('Get_account')?['body/accountid']",
        associationEntityRelationship: 'contact_customer_accounts',
        'item/@odata.id': "contacts(@{triggerBody()?['id']})",
      }),
    );
  });

  it('PerformBoundAction and PerformUnboundAction render actionName and item/<param>', () => {
    expect(c.actions.Win).toEqual(
      dataverseAction(c.meta('Win'), { Relate_contact: ['Succeeded'] }, 'PerformBoundAction', {
        entityName: 'opportunities',
        actionName: 'Microsoft.Dynamics.CRM.Recalculate',
        recordId: "@outputs('Create_opportunity')?['body/opportunityid']",
        'item/Target': 1,
      }),
    );
    expect(c.actions.Get_secret).toEqual({
      ...dataverseAction(c.meta('Get_secret'), { Win: ['Succeeded'] }, 'PerformUnboundAction', {
        actionName: 'RetrieveEnvironmentVariableSecretValue',
        'item/EnvironmentVariableName': "@parameters('Deal Value Column (cosell_dealvaluecolumn)')",
      }),
      runtimeConfiguration: { secureData: { properties: ['outputs'] } },
    });
  });

  it('row handles read slash paths; list handles read body/value', () => {
    expect(c.actions.Rows.inputs).toEqual({
      all: "@outputs('List_accounts')?['body/value']",
      first: "@first(outputs('List_accounts')?['body/value'])",
      name: "@outputs('Get_account')?['body/name']",
      id: "@outputs('Create_opportunity')?['body/opportunityid']",
    });
  });

  it('declares the Dataverse connection reference', () => {
    expect(c.properties.connectionReferences).toEqual({
      shared_commondataserviceforapps: {
        runtimeSource: 'embedded',
        connection: { connectionReferenceLogicalName: 'cosell_Dataverse' },
        api: { name: 'shared_commondataserviceforapps' },
      },
    });
  });
});
