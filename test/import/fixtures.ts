// DSL flows that use every builder the importer writes (and a few raw actions), to compile, import and rebuild.
import type { ProjectModel } from '../../src/compile/project';
import {
  $,
  type ConnectorApi,
  Message,
  RunAs,
  childFlow,
  dataverseRow,
  env,
  flow,
  http,
  input,
  manual,
  operation,
  rawTrigger,
  recurrence,
  s,
  table,
} from '../../src/dsl';

const usersApi: ConnectorApi = { name: 'shared_office365users' };

export const project: ProjectModel = {
  environmentVariables: [
    {
      schemaName: 'demo_baseurl',
      displayName: 'Base URL',
      type: 'String',
      defaultValue: 'https://example.org',
      description: 'Where to call',
    },
    { schemaName: 'demo_enabled', displayName: 'Enabled', type: 'Boolean', defaultValue: true },
    { schemaName: 'demo_pagesize', displayName: 'Page Size', type: 'Number', defaultValue: 50 },
    { schemaName: 'demo_ratio', displayName: 'Ratio', type: 'Number', defaultValue: 0.5 },
    { schemaName: 'demo_mapping', displayName: 'Mapping', type: 'JSON', defaultValue: '{"a":1}' },
  ],
  connectionReferences: [
    { logicalName: 'demo_Dataverse', displayName: 'Dataverse', connector: 'shared_commondataserviceforapps' },
    { logicalName: 'demo_Users', displayName: 'Office 365 Users', connector: usersApi.name },
  ],
};

interface Account {
  accountid: string;
  name: string;
  revenue: number;
}
const accounts = table<Account, 'parentaccountid' | 'primarycontactid'>({
  logicalName: 'account',
  setName: 'accounts',
  primaryId: 'accountid',
});
const contacts = table<{ contactid: string; fullname: string }>({
  logicalName: 'contact',
  setName: 'contacts',
  primaryId: 'contactid',
});

const baseUrl = env.string('demo_baseurl');
const enabled = env.boolean('demo_enabled');
const pageSize = env.number('demo_pagesize');
const ratio = env.number('demo_ratio');
const mapping = env.json('demo_mapping');

export const helper = childFlow(
  'Import test | Helper',
  {
    id: input.text('Record id'),
    note: input.text('Note', { required: false, description: 'Free text' }),
    urgent: input.boolean('Urgent'),
    count: input.number('Count'),
    mail: input.email('Mail'),
  },
  (f, i) => {
    f.respond('Respond to flow', { kind: 'PowerApp', body: { id: i.id, urgent: i.urgent, count: i.count } });
  },
);

export const dataverseFlow = flow('Import test | Dataverse', (f) => {
  const t = f.trigger(
    dataverseRow(accounts, {
      name: 'When an account changes',
      message: Message.addedOrModified,
      scope: 2,
      filteringAttributes: ['name', 'revenue'],
      filterExpression: 'revenue gt 0',
      runAs: RunAs.modifyingUser,
      conditions: [$.not($.equals(t0().name, null))],
      concurrency: { runs: 1, maximumWaitingRuns: 10 },
    }),
  );
  const list = f.dataverse.listRows('List accounts', accounts, {
    select: ['accountid', 'name'],
    filter: $.text`name eq '${t.row.name}'`,
    orderBy: 'name asc',
    expand: 'primarycontactid($select=fullname)',
    top: 10,
    minimumItemCount: 500,
    retryPolicy: { type: 'fixed', count: 3, interval: 'PT10S' },
  });
  const got = f.dataverse.getRow('Get account', accounts, t.row.accountid, { select: ['name'] });
  f.dataverse.createRow('Create account', accounts, {
    values: { name: $.text`Copy of ${got.row.name}`, revenue: 0 },
    bind: { parentaccountid: { table: accounts, id: t.row.accountid }, primarycontactid: { table: contacts, id: 'fixed-id' } },
  });
  f.dataverse.updateRow('Update account', accounts, t.row.accountid, { values: { revenue: $.mul(t.row.revenue, ratio) } });
  f.dataverse.upsertRow('Upsert account', accounts, $.guid(), { values: { name: null } });
  f.dataverse.deleteRow('Delete account', accounts, list.first.accountid, { secure: { inputs: true, outputs: true } });
  f.dataverse.relateRows(
    'Relate',
    accounts,
    t.row.accountid,
    'account_parent_account',
    $.text`${baseUrl}/accounts(${got.row.accountid})`,
  );
  f.dataverse.performBoundAction('Bound', accounts, 'demo_Recalculate', t.row.accountid, { Force: enabled });
  f.dataverse.performUnboundAction('Unbound', 'demo_Ping', {});
  f.call('Get my profile', operation<Record<string, unknown>, any>(usersApi, 'MyProfile_V2'), { $select: 'displayName' });
});

export const controlFlow = flow('Import test | Control', (f) => {
  const req = f.trigger(
    http.request({ schema: s.object({ items: s.array(s.string()), mode: s.string(), n: s.integer() }), method: 'POST' }),
  );
  const count = f.variable<number>('Count', 'integer', 0);
  const log = f.variable<string>('Log', 'string', '');
  const list = f.variable<unknown[]>('List', 'array', [], { actionName: 'Init list' });
  const flag = f.variable<boolean>('Flag', 'boolean', enabled);
  const obj = f.variable<Record<string, unknown>>('Obj', 'object', { base: baseUrl, size: pageSize, map: mapping });
  f.variable<number>('Ratio', 'float', ratio);
  const parse = f.parseJson('Parse', req.body, s.object({ items: s.array(s.string()) }));
  const filtered = f.filter('Filter', parse.body.items, (item) => $.not($.equals(item, '')));
  const mapped = f.select('Select', filtered.body, (item) => ({ value: item, at: $.utcNow() }));
  const joined = f.join('Join', mapped.body, ', ');
  f.foreach(
    'Each item',
    filtered.body,
    (b, item) => {
      b.increment(count);
      b.appendToString(log, $.text`${item};`);
      b.appendToArray(list, item, { name: 'Remember item' });
      b.setVariable(flag, false);
    },
    { concurrency: 1 },
  );
  f.switch(
    'Route',
    req.body.mode,
    { fast: (b) => void b.compose('Fast', 1), 'slow down': (b) => void b.compose('Slow', $.add(count.value, 1)) },
    (b) => void b.terminate('Unknown mode', 'Failed', { code: 'mode', message: $.text`unknown ${req.body.mode}` }),
  );
  f.switch('By number', req.body.n, [
    [1, (b) => void b.compose('One', 'one')],
    [2, (b) => void b.compose('Two', 'two'), 'Case_two'],
  ]);
  f.until('Wait', $.greaterOrEquals(count.value, pageSize), { count: 10, timeout: 'PT5M' }, (b) => {
    b.increment(count, 2, { name: 'Step' });
    b.http('Ping', {
      method: 'GET',
      uri: $.text`${baseUrl}/ping`,
      headers: { Accept: 'application/json' },
      queries: { n: $.string(count.value) },
      retryPolicy: { type: 'none' },
    });
  });
  const work = f.scope('Try', (b) => {
    b.http('Call', {
      method: 'POST',
      uri: $.raw`concat(${baseUrl}, '/x')`,
      body: { flag: flag.value, obj: obj.value, joined: joined.output },
      authentication: { type: 'ManagedServiceIdentity' },
    });
    b.raw('Wait a bit', { type: 'Wait', inputs: { interval: { count: 5, unit: 'Second' } } });
    b.raw('Expression', {
      type: 'Expression',
      kind: 'ConvertTimeZone',
      inputs: { baseTime: '@utcNow()', sourceTimeZone: 'UTC', destinationTimeZone: 'W. Europe Standard Time', formatString: 'g' },
    });
  });
  const failed = f.compose('Failed', $.result(work), { runAfter: [[work, 'Failed', 'TimedOut']] });
  f.if(
    'Check',
    $.and($.equals(flag.value, true), $.or($.greater(count.value, 1), $.contains(log.value, 'x'))),
    {
      yes: (b) => void b.respond('Ok', { status: 200, body: { log: log.value, list: list.value } }),
      no: (b) => void b.respond('Not ok', { status: $.int('500'), headers: { 'x-n': $.string(count.value) } }),
    },
    { runAfter: [[failed, 'Succeeded', 'Skipped']], description: 'Final answer' },
  );
});

export const parentFlow = flow('Import test | Parent', (f) => {
  f.trigger(
    recurrence({
      frequency: 'Hour',
      interval: 2,
      startTime: '2024-01-01T00:00:00Z',
      timeZone: 'UTC',
      description: 'Every two hours',
    }),
  );
  const a = f.compose('A', 1);
  const b1 = f.compose('B1', $.add(a.output, 1));
  const b2 = f.compose('B2', $.add(a.output, 2), { runAfter: [[a]] });
  const run = f.runChildFlow(
    'Run helper',
    helper,
    { id: $.string(b1.output), urgent: true, count: b2.output, mail: 'a@b.c' },
    { runAfter: [[b1], [b2]], retryPolicy: { type: 'exponential', count: 2, interval: 'PT5S' } },
  );
  f.compose('Answer', run.body.id);
  f.compose('Parallel root', $.text`@{literal} @@ ${'x'} 50%`, { runAfter: [] });
});

export const manualFlow = flow('Import test | Manual', (f) => {
  f.trigger(manual({ name: input.text('Name') }, { description: 'Press the button' }));
  f.compose('Name', $.raw`concat(triggerBody()?['text'], ${baseUrl})`);
});

export const rawTriggerFlow = flow('Import test | Raw trigger', (f) => {
  f.trigger(
    rawTrigger(
      'When a file is created',
      {
        type: 'OpenApiConnection',
        inputs: {
          host: {
            connectionName: 'shared_office365users',
            operationId: 'OnNewFile',
            apiId: '/providers/Microsoft.PowerApps/apis/shared_office365users',
          },
          parameters: { folder: "@parameters('Base URL (demo_baseurl)')" },
          authentication: "@parameters('$authentication')",
        },
        recurrence: { interval: 3, frequency: 'Minute' },
        splitOn: "@triggerOutputs()?['body/value']",
      },
      { connections: { shared_office365users: usersApi }, environmentVariables: [baseUrl] },
    ),
  );
  f.compose('File', $.raw("triggerOutputs()?['body']"));
});

// The typed trigger handle used inside its own conditions.
function t0() {
  return { name: $.raw("triggerOutputs()?['body/name']") };
}

export const FIXTURES = [helper, dataverseFlow, controlFlow, parentFlow, manualFlow, rawTriggerFlow];
