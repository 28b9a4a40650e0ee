// Dynamics 365 -> Partner Center: the new referral's fields, and the JSON Patch operations of an update.
import { type ExprNode, NODE } from '../../dsl';
import { conditionText, ruleCell, sourcesCell } from './cells';
import type { Context } from './context';
import type { EnvModule, Inputs, MappingModule } from './inputs';
import { code, glossaryLines, table } from './markdown';
import { conditionalObject, membersOf, plainMembers } from './members';
import type { Glossary } from './short-form';

interface Field {
  path: string;
  value: ExprNode;
  when?: ExprNode;
}

/** Leaves of the referral body: object-building expressions opened up, unless a described builder made them. */
function fieldsOf(path: string, value: ExprNode, ctx: Context, when?: ExprNode): Field[] {
  if (ctx.made(value)) return [{ path, value, when }];
  const conditional = conditionalObject(value);
  const members = conditional?.members ?? membersOf(value);
  if (!members || !members.length) return [{ path, value, when }];
  return members.flatMap((m) =>
    typeof m.key === 'string' ? fieldsOf(`${path}.${m.key}`, m.value, ctx, m.when ?? conditional?.when ?? when) : [],
  );
}

/** `if(when, createArray(<operation>), json('[]'))` parts of the patch: each operation and when it is sent. */
function operationsOf(n: ExprNode): { path: string; value: ExprNode; when: ExprNode }[] {
  const found: { path: string; value: ExprNode; when: ExprNode }[] = [];
  const walk = (x: ExprNode) => {
    if (x.k !== 'call') return;
    const [when, yes] = x.args;
    if (x.fn === 'if' && when && yes?.k === 'call' && yes.fn === 'createArray' && yes.args.length === 1) {
      const members = membersOf(yes.args[0]!);
      const path = members?.find((m) => m.key === 'path')?.value;
      const value = members?.find((m) => m.key === 'value')?.value;
      if (path?.k === 'lit' && value) return void found.push({ path: String(path.v), value, when });
    }
    x.args.forEach(walk);
  };
  walk(n);
  return found;
}

export function toPartnerCenterSection(m: MappingModule, env: EnvModule, i: Inputs, ctx: Context): string[] {
  const referral = m.newReferral({
    row: i.opportunity,
    account: i.account,
    contact: i.contact,
    currencyCode: i.currency.isocurrencycode,
    solutions: i.solutions,
    dealValueColumn: env.dealValueColumn,
    countryColumn: env.countryCodeColumn,
  });
  const glossary: Glossary = new Map();
  const fields = plainMembers(referral as unknown as Record<string, unknown>).flatMap((f) => fieldsOf(f.path, f.value, ctx));
  const rows = fields.map((f) => [code(f.path), sourcesCell(f.value, 'dynamics', ctx), ruleCell(f.value, ctx, glossary, undefined, f.when)]);
  const patch = m.patchOperations(i.opportunity, i.referral, env.dealValueColumn);
  const patchGlossary: Glossary = new Map();
  const operations = operationsOf(patch[NODE]).map((o) => [
    code(o.path),
    sourcesCell(o.value, 'dynamics', ctx),
    ruleCell(o.value, ctx, patchGlossary),
    conditionText(o.when, ctx, patchGlossary),
  ]);
  return [
    '## Dynamics 365 → Partner Center',
    '',
    '### New referral',
    '',
    ctx.made(referral)?.description ?? '',
    '',
    ...table(['Partner Center field', 'Dynamics 365 column(s)', 'Rule'], rows),
    ...glossaryLines(glossary),
    '',
    '### Updates (JSON Patch)',
    '',
    ctx.made(patch[NODE])?.description ?? '',
    '',
    ...table(['Path', 'Dynamics 365 column(s)', 'Value', 'Sent when'], operations),
    ...glossaryLines(patchGlossary),
  ];
}
