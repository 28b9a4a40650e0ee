import { describe, expect, it } from 'vitest';
import { $, env, prop } from '../../src/dsl';
import { accounts, compile, expectProblems, httpFlow } from './helpers';

/** Compiles one Compose per entry and returns each rendered input. */
function rendered(values: (req: Parameters<Parameters<typeof httpFlow>[1]>[1]) => Record<string, unknown>) {
  const c = compile(
    httpFlow('Expressions', (f, req) => {
      for (const [name, value] of Object.entries(values(req))) f.compose(name, value);
    }),
  );
  return Object.fromEntries(Object.entries(c.actions).map(([name, a]) => [name, (a as { inputs: unknown }).inputs]));
}

describe('expression rendering', () => {
  it('$ functions render as WDL calls with quoted string literals', () => {
    expect(
      rendered((req) => ({
        concat: $.concat('Referral ', req.body.id),
        quote: $.equals(req.body.tag, "O'Brien"),
        nested: $.if($.empty(req.body.known), $.null, $.first(req.body.known)),
        math: $.add($.int(req.body.step), 1.5),
        array: $.contains(['a', 'b'], req.body.tag),
        object: $.json({ a: 1 }),
        dates: $.formatDateTime($.addDays($.utcNow(), -1), 'yyyy-MM-dd'),
        substring: $.substring(req.body.tag, 0, 3),
        fn: $.fn('lastIndexOf', req.body.tag, '-'),
        raw: $.raw("workflow()?['tags']['flowDisplayName']"),
      })),
    ).toEqual({
      concat: "@concat('Referral ', triggerBody()?['id'])",
      quote: "@equals(triggerBody()?['tag'], 'O''Brien')",
      nested: "@if(empty(triggerBody()?['known']), null, first(triggerBody()?['known']))",
      math: "@add(int(triggerBody()?['step']), 1.5)",
      array: "@contains(createArray('a', 'b'), triggerBody()?['tag'])",
      object: '@json(json(\'{"a":1}\'))',
      dates: "@formatDateTime(addDays(utcNow(), -1), 'yyyy-MM-dd')",
      substring: "@substring(triggerBody()?['tag'], 0, 3)",
      fn: "@lastIndexOf(triggerBody()?['tag'], '-')",
      raw: "@workflow()?['tags']['flowDisplayName']",
    });
  });

  it('$.text interpolates with @{...}; inside an expression it becomes concat()', () => {
    expect(
      rendered((req) => ({
        text: $.text`Referral ${req.body.id} is ${req.body.EventName}`,
        only: $.text`${req.body.id}`,
        number: $.text`step ${2}`,
        plain: $.text`${'accounts'}(${req.body.id})`,
        param: $.text`${env.string('cosell_dealvaluecolumn')} eq 0`,
        inner: $.toUpper($.text`id-${req.body.id}`),
      })),
    ).toEqual({
      text: "Referral @{triggerBody()?['id']} is @{triggerBody()?['EventName']}",
      only: "@{triggerBody()?['id']}",
      number: 'step @{2}',
      plain: "accounts(@{triggerBody()?['id']})",
      param: "@{parameters('Deal Value Column (cosell_dealvaluecolumn)')} eq 0",
      inner: "@toUpper(concat('id-', triggerBody()?['id']))",
    });
  });

  it("escapes literal text: a leading '@' as '@@', and '@{' inside text as '@@{'", () => {
    expect(
      rendered((req) => ({
        leading: '@mention',
        inside: 'price @{not an expression}',
        plainAt: 'mail me at a@b.c',
        lit: $.lit('@home'),
        textLeading: $.text`@${req.body.user} said hi`,
        textInside: $.text`${req.body.id}: @{literal}`,
        email: $.text`${req.body.user}@${req.body.domain}`,
        nestedObject: { note: '@note', list: ['@{x}'] },
      })),
    ).toEqual({
      leading: '@@mention',
      inside: 'price @@{not an expression}',
      plainAt: 'mail me at a@b.c',
      lit: '@@home',
      textLeading: "@{'@'}@{triggerBody()?['user']} said hi",
      textInside: "@{triggerBody()?['id']}: @@{literal}",
      // A literal '@' before an interpolation must not turn it into the '@@{' escape.
      email: "@{triggerBody()?['user']}@{'@'}@{triggerBody()?['domain']}",
      nestedObject: { note: '@@note', list: ['@@{x}'] },
    });
  });

  it("typed references render ?['x'] and [n]; Dataverse rows render slash paths", () => {
    const c = compile(
      httpFlow('References', (f, req) => {
        const got = f.dataverse.getRow('Get account', accounts, req.body.id);
        const list = f.dataverse.listRows('List accounts', accounts);
        f.compose('Refs', {
          property: req.body.items[0]!.name,
          row: got.row.name,
          formatted: prop(got.row, 'revenue@OData.Community.Display.V1.FormattedValue'),
          firstRow: list.first.name,
          outputs: got.outputs,
          body: got.body.telephone1,
        });
      }),
    );
    expect(c.actions.Refs.inputs).toEqual({
      property: "@triggerBody()?['items'][0]?['name']",
      row: "@outputs('Get_account')?['body/name']",
      formatted: "@outputs('Get_account')?['body/revenue@OData.Community.Display.V1.FormattedValue']",
      firstRow: "@first(outputs('List_accounts')?['body/value'])?['name']",
      outputs: "@outputs('Get_account')",
      body: "@body('Get_account')?['telephone1']",
    });
  });

  it('an expression used as a plain string is a CompileError', () => {
    const f = httpFlow('Plain string', (f, req) => void f.compose('Bad', `id ${String(req.body.id)}`));
    expectProblems(f, [
      {
        path: undefined,
        message:
          'an expression was used as a plain string (toString); use $.text`...` to interpolate expressions into text',
      },
    ]);
  });
});
