// The real example flows re-expressed in the DSL, one mirror per exported flow, action names as exported.
// Typed builders throughout; the few places where our rendering cannot equal the export are
// normalised (and explained) by the tests that compare, not faked here.
import { compileFlow } from '../../src/compile/compile-flow';
import {
  $,
  type Flow,
  Message,
  RunAs,
  dataverseRow,
  env,
  flow,
  http,
  manual,
  prop,
  s,
  table,
} from '../../src/dsl';
import { type Example, projectOf } from './reference';

// --- PNP "Pattern | Always reply to HTTP request": HTTP trigger, try Scope, Response OK/Error, Terminate.

const alwaysReply = flow('Pattern | Always reply to HTTP request', (f) => {
  f.trigger(http.request({ method: 'GET' }));
  const scope = f.scope('Scope', (b) => {
    b.compose('Actual Work', $.div(5, 0));
  });
  f.respond('Response OK', { status: 200 });
  f.respond('Response Error', {
    status: 500,
    body: $.result(scope)[0]!.error,
    runAfter: [[scope, 'Failed', 'TimedOut', 'Skipped']],
  });
  f.terminate('Terminate with Failed', 'Failed', { code: '500', message: 'An error has occured' });
});

// --- BAK "BACore | Child | Get Default Settings": Button trigger, Raw authentication, If/else, Response.

interface ApprovalSetting {
  cat_businessapprovalsettingid: string;
  cat_name: string;
  cat_useoutlookforoof: boolean;
  cat_waitonnoapprover: boolean;
  cat_waitonnodata: boolean;
}
const approvalSettings = table<ApprovalSetting>({
  logicalName: 'cat_businessapprovalsetting',
  setName: 'cat_businessapprovalsettings',
  primaryId: 'cat_businessapprovalsettingid',
});

const getDefaultSettings = flow('BACore | Child | Get Default Settings', (f) => {
  f.trigger(manual());
  // The settings object is built from expressions in one branch and literals in the other.
  const varSettings = f.variable<Record<string, unknown>, 'object'>('varSettings', 'object', undefined, {
    actionName: 'varSettings',
  });
  const getSettings = f.dataverse.listRows('Get Settings', approvalSettings, {
    select: ['cat_name', 'cat_useoutlookforoof', 'cat_waitonnoapprover', 'cat_waitonnodata'],
    top: 1,
  });
  const found = $.first(getSettings.body.value);
  f.if('If found settings', $.equals($.length(getSettings.rows), 1), {
    yes: (b) =>
      b.setVariable(
        varSettings,
        {
          name: $.text`${found.cat_name}`,
          OutlookOOF: found.cat_useoutlookforoof,
          WaitOnNoApprover: found.cat_waitonnoapprover,
          WaitOnNoData: found.cat_waitonnodata,
        },
        { name: 'Get Setting Values' },
      ),
    no: (b) => {
      b.setVariable(
        varSettings,
        { name: 'Default', OutlookOOF: false, WaitOnNoApprover: true, WaitOnNoData: true },
        { name: 'Set Default Setting' },
      );
      b.dataverse.createRow('Add Default setting', approvalSettings, {
        values: { cat_waitonnoapprover: true, cat_waitonnodata: true, cat_name: 'Default', cat_useoutlookforoof: false },
      });
    },
  });
  f.respond('Response', {
    status: 200,
    headers: { 'Content-type': 'application/json' },
    body: varSettings.value,
    schema: s.object({
      name: s.optional(s.string()),
      OutlookOOF: s.optional(s.boolean()),
      WaitOnNoApprover: s.optional(s.boolean()),
      WaitOnNoData: s.optional(s.boolean()),
    }),
  });
});

// --- BAK "BACore | Approver OOF": Dataverse trigger with runas, ListRecords, Compose, Query, Foreach, CreateRecord.

interface BusinessApprover {
  cat_businessapproverid: string;
  cat_displayname: string;
  cat_isoutofoffice: boolean;
  cat_Delegate: string;
  cat_BackupDelegate: string;
}
const approvers = table<BusinessApprover>({
  logicalName: 'cat_businessapprover',
  setName: 'cat_businessapprovers',
  primaryId: 'cat_businessapproverid',
});
interface ApprovalInstance {
  cat_businessapprovalinstanceid: string;
  cat_Node: string;
}
const instances = table<ApprovalInstance>({
  logicalName: 'cat_businessapprovalinstance',
  setName: 'cat_businessapprovalinstances',
  primaryId: 'cat_businessapprovalinstanceid',
});
interface InstanceOverride {
  cat_iscancellation: boolean;
  cat_overridereason: string;
  cat_isreassign: boolean;
  cat_overridetype: number;
}
const overrides = table<InstanceOverride, 'cat_ApprovalInstance' | 'cat_OverrideApprover'>({
  logicalName: 'cat_businessapprovalinstanceoverride',
  setName: 'cat_businessapprovalinstanceoverrides',
  primaryId: 'cat_businessapprovalinstanceoverrideid',
});

const approverOof = flow('BACore | Approver OOF', (f) => {
  const t = f.trigger(
    dataverseRow(approvers, {
      name: 'When Approver is OOF',
      message: Message.modified,
      filteringAttributes: ['cat_isoutofoffice'],
      filterExpression: 'cat_isoutofoffice eq true',
      runAs: RunAs.modifyingUser,
    }),
  );
  const getDelegates = f.dataverse.listRows('Get Delegates', approvers, {
    select: ['cat_Delegate', 'cat_BackupDelegate'],
    filter: $.text`cat_businessapproverid eq ${t.row.cat_businessapproverid}`,
    expand:
      'cat_Delegate($select=cat_businessapproverid,cat_isoutofoffice),cat_BackupDelegate($select=cat_businessapproverid,cat_isoutofoffice)',
    top: 1,
  });
  const first = $.first(getDelegates.body.value);
  const delegates = f.compose('Delegates', [
    { Delegate: prop(first, 'cat_Delegate/cat_businessapproverid'), OOF: prop(first, 'cat_Delegate/cat_isoutofoffice') },
    {
      Delegate: prop(first, 'cat_BackupDelegate/cat_businessapproverid'),
      OOF: prop(first, 'cat_BackupDelegate/cat_isoutofoffice'),
    },
  ]);
  const notOof = f.filter('Delegates not OOF', delegates.output, (item) => $.not($.equals(item.OOF, true)));
  const available = f.compose(
    'Available Delegate',
    $.if<unknown>(
      $.equals($.length(notOof.body), 2),
      $.coalesce(notOof.body[0]!.Delegate, notOof.body[1]!.Delegate),
      $.if<unknown>($.equals($.length(notOof.body), 1), $.first(notOof.body).Delegate, null),
    ),
    { description: 'Select Delegate or Backup delegate, depending on which is available (not null) and is not out of office' },
  );
  const varDelegate = f.variable<string>('varDelegate', 'string', $.text`${$.coalesce(available.output, '')}`, {
    actionName: 'varDelegate',
    description: 'Delegate ID or empty string if none available',
  });
  const running = f.dataverse.listRows('Running Approval Instances for this Approver', instances, {
    select: ['cat_businessapprovalinstanceid', 'cat_Node'],
    filter: $.text`_cat_approver_value eq ${t.row.cat_businessapproverid} and cat_instancestatus eq   809060001 and cat_Node/cat_delegationrule ge 809060002`,
    expand: 'cat_Node($select=cat_delegationrule;$expand=cat_ProcessVersion($select=_cat_defaultapprover_value))',
    description:
      'Find all running instances (Instance Status = Running (809060001) and Node delegation rule is Out of office (809060002), Time-out or Out of Office (809060003))',
  });
  f.foreach(
    'Each Running Instances',
    running.rows,
    (b, item) => {
      b.dataverse.createRow('Create Override for Delegate', overrides, {
        bind: {
          cat_ApprovalInstance: { table: instances, id: item.cat_businessapprovalinstanceid },
          cat_OverrideApprover: { table: approvers, id: varDelegate.value },
        },
        values: {
          cat_iscancellation: false,
          cat_overridereason: $.text`Original approver ${t.row.cat_displayname} is out of office. Set to delegate.`,
          cat_isreassign: true,
          cat_overridetype: 809060002,
        },
        description: 'Override Type = OOF (809060002) or Time out (809060001)',
      });
    },
    { concurrency: 20 },
  );
});

// --- PAK "Desktop Flow Definition Sync": trigger conditions + description, env variables, GetItem, upsert, unbound action.

interface Workflow {
  workflowid: string;
  category: number;
  _ownerid_value: string;
}
const workflows = table<Workflow>({ logicalName: 'workflow', setName: 'workflows', primaryId: 'workflowid' });
interface SystemUser {
  internalemailaddress: string;
  fullname: string;
}
const systemUsers = table<SystemUser>({ logicalName: 'systemuser', setName: 'systemusers', primaryId: 'systemuserid' });
interface DesktopFlowDefinition {
  autocoe_desktopflowdefinitionid: string;
  autocoe_desktopflowurl: string;
  autocoe_environmentid: string;
  autocoe_owneremail: string;
  autocoe_ownername: string;
}
const definitions = table<DesktopFlowDefinition, 'autocoe_DesktopFlow'>({
  logicalName: 'autocoe_desktopflowdefinition',
  setName: 'autocoe_desktopflowdefinitions',
  primaryId: 'autocoe_desktopflowdefinitionid',
});
const baseUrl = env.string('autocoe_DesktopFlowsBaseURL');
const storeScript = env.boolean('autocoe_StoreExtractedScript');

const desktopFlowSync = flow('Desktop Flow Definition Sync', (f) => {
  const t = f.trigger(
    dataverseRow(workflows, {
      name: 'When Desktop Flow is added or modified',
      message: Message.addedOrModified,
      conditions: [$.equals($.fn('triggerBody').category, 6)],
      description: "@equals(triggerBody()?['category'],6)",
    }),
  );
  const search = f.dataverse.listRows('Search for Workflow Id', definitions, {
    filter: $.text`_autocoe_desktopflow_value eq ${t.row.workflowid}`,
  });
  const owner = f.dataverse.getRow('Get Owner Record', systemUsers, t.row._ownerid_value);
  f.compose('FlowBaseURL - Variable view', baseUrl);
  const existing = search.first.autocoe_desktopflowdefinitionid;
  const environmentName = prop<string>($.workflow().tags, 'environmentName');
  const upsert = f.dataverse.upsertRow(
    'Upsert Desktop Flow Definition',
    definitions,
    $.if($.equals(existing, null), $.guid(), existing),
    {
      bind: { autocoe_DesktopFlow: { table: workflows, id: t.row.workflowid } },
      values: {
        autocoe_desktopflowurl: $.text`${baseUrl}${environmentName}/uiflows/${t.row.workflowid}/details`,
        autocoe_environmentid: environmentName,
        autocoe_owneremail: owner.row.internalemailaddress,
        autocoe_ownername: owner.row.fullname,
      },
    },
  );
  f.dataverse.performUnboundAction('Extract and Analyze Desktop Flow Script for DLP Impact Profiling', 'AutoCoE_DesktopFlowDefinitionAnalysis', {
    StoreExtractedScript: storeScript,
    DesktopFlowDefinitionId: upsert.row.autocoe_desktopflowdefinitionid,
  });
});

/** Mirror flows by the exported file's name prefix. */
export const MIRRORS: Record<string, Flow> = {
  'PatternAlwaysreplytoHTTPrequest-': alwaysReply,
  'BACoreChildGetDefaultSettings-': getDefaultSettings,
  'BACoreApproverOOF-': approverOof,
  'DesktopFlowDefinitionSync-': desktopFlowSync,
};

export function mirrorOf(example: Example): Flow | undefined {
  const prefix = Object.keys(MIRRORS).find((p) => example.file.startsWith(p));
  return prefix ? MIRRORS[prefix] : undefined;
}

/** Compiles the mirror of an example against the project model read back from that example. */
export function compileMirror(example: Example): { properties: Record<string, any>; schemaVersion: string } {
  const mirror = mirrorOf(example);
  if (!mirror) throw new Error(`no DSL mirror for ${example.id}; add one to test/fidelity/mirrors.ts`);
  return compileFlow(mirror, projectOf(example), { flows: [mirror] }).clientdata;
}
