// Shared fixtures for the exact-JSON DSL tests: a small project model, tables, and compile helpers.
import { expect } from 'vitest';
import { compileFlow } from '../../src/compile/compile-flow';
import { CompileError, type Problem } from '../../src/compile/problem';
import type { ProjectModel } from '../../src/compile/project';
import {
  type ConnectorApi,
  type Flow,
  type FlowBuilder,
  type HttpRequestTrigger,
  deriveGuid,
  flow,
  http,
  table,
} from '../../src/dsl';

/** An invented custom connector (Partner Center referrals), named the way solutions name them. */
export const partnerCenterApi: ConnectorApi = {
  name: 'shared_cosell-5fpartner-20center-20referrals-5f1a2b3c4d5e6f7a8b',
  logicalName: 'cosell_5Fpartner-20center-20referrals',
};

export const project: ProjectModel = {
  environmentVariables: [
    {
      schemaName: 'cosell_dealvaluecolumn',
      displayName: 'Deal Value Column',
      type: 'String',
      defaultValue: 'estimatedvalue',
      description: 'Logical name of the opportunity column that holds the deal value.',
    },
    { schemaName: 'cosell_showcheckmark', displayName: 'Show Checkmark', type: 'Boolean', defaultValue: true },
    { schemaName: 'cosell_pagesize', displayName: 'Page Size', type: 'Number', defaultValue: 50 },
    { schemaName: 'cosell_probability', displayName: 'Probability', type: 'Number', defaultValue: 0.25 },
    { schemaName: 'cosell_mapping', displayName: 'Mapping', type: 'JSON', defaultValue: '{"a":1}' },
    {
      schemaName: 'cosell_apibase',
      displayName: 'API Base',
      type: 'String',
      defaultValue: 'https://api.partner.microsoft.com',
    },
  ],
  connectionReferences: [
    { logicalName: 'cosell_Dataverse', displayName: 'Dataverse', connector: 'shared_commondataserviceforapps' },
    { logicalName: 'cosell_PartnerCenter', displayName: 'Partner Center Referrals', connector: partnerCenterApi.name },
  ],
};

export const DATAVERSE_API_ID = '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps';
export const CONNECTION_AUTH = "@parameters('$authentication')";
export const RAW_AUTH = {
  type: 'Raw',
  value: "@json(decodeBase64(triggerOutputs().headers['X-MS-APIM-Tokens']))['$ConnectionKey']",
};

export interface Account {
  accountid: string;
  name: string;
  telephone1: string;
  revenue: number;
}
export const accounts = table<Account, 'parentaccountid' | 'primarycontactid'>({
  logicalName: 'account',
  setName: 'accounts',
  primaryId: 'accountid',
});

export interface Opportunity {
  opportunityid: string;
  name: string;
  estimatedvalue: number;
  statecode: number;
  statuscode: number;
  _parentaccountid_value: string;
}
export const opportunities = table<Opportunity, 'parentaccountid' | 'customerid_account' | 'parentcontactid'>({
  logicalName: 'opportunity',
  setName: 'opportunities',
  primaryId: 'opportunityid',
});

export const contacts = table<{ contactid: string; fullname: string }>({
  logicalName: 'contact',
  setName: 'contacts',
  primaryId: 'contactid',
});

type JsonObject = Record<string, any>; // compiled workflow JSON, read by tests

export interface Compiled {
  workflowId: string;
  properties: JsonObject;
  definition: JsonObject;
  trigger: JsonObject;
  actions: JsonObject;
  /** The `metadata` every action and trigger carries: its deterministic operationMetadataId. */
  meta(name: string): { operationMetadataId: string };
}

export function compile(f: Flow, flows?: Flow[]): Compiled {
  const c = compileFlow(f, project, flows ? { flows } : {});
  const definition = c.clientdata.properties.definition as JsonObject;
  return {
    workflowId: c.workflowId,
    properties: c.clientdata.properties,
    definition,
    trigger: Object.values(definition.triggers)[0] as JsonObject,
    actions: definition.actions,
    meta: (name) => ({ operationMetadataId: deriveGuid(c.workflowId, name) }),
  };
}

/** The request body the tests' HTTP-triggered flows read. */
export interface RequestBody {
  id: string;
  tag: string;
  step: number;
  ResourceUri: string;
  EventName: string;
  payload: string;
  known: string[];
  items: { id: string; name: string; status: string }[];
  user: string;
  domain: string;
}

/** A flow started by an HTTP request whose actions the test builds. */
export function httpFlow(name: string, body: (f: FlowBuilder, request: HttpRequestTrigger<RequestBody>) => void): Flow {
  return flow(name, (f) => body(f, f.trigger(http.request<RequestBody>())));
}

/** Compiles a flow that must fail and returns the CompileError. */
export function compileError(f: Flow, flows?: Flow[]): CompileError {
  try {
    compile(f, flows);
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    return e as CompileError;
  }
  throw new Error(`flow '${f.displayName}' compiled, but a CompileError was expected`);
}

/**
 * Asserts the flow fails with exactly these problems, each located at an action path (or `triggers/<name>`),
 * and that the error message names the flow and the path of each.
 */
export function expectProblems(
  f: Flow,
  expected: Array<{ path: string | undefined; field?: string; message: string }>,
  flows?: Flow[],
): void {
  const e = compileError(f, flows);
  expect(e.problems.map((p: Problem) => ({ flow: p.flow, path: p.path, field: p.field, message: p.message }))).toEqual(
    expected.map((x) => ({ flow: f.displayName, ...x })),
  );
  for (const x of expected) {
    const where = [`flow '${f.displayName}'`, x.path && `action '${x.path}'`, x.field].filter(Boolean).join(': ');
    expect(e.message).toContain(`${where}: ${x.message}`);
  }
}
