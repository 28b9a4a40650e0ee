// Partner Center -> Dynamics 365: the opportunity, account, contact and lead columns, and the solution rows.
import { type ExprNode, NODE } from '../../dsl';
import { type Context } from './context';
import { columnCell, conditionText, ruleCell, sourcesCell } from './cells';
import type { EnvModule, Inputs, MappingModule } from './inputs';
import { code, glossaryLines, table } from './markdown';
import { type Member, membersOf } from './members';
import { sourcesOf, pathText } from './paths';
import type { Glossary } from './short-form';

const HEADERS = ['Dynamics 365 column', 'Partner Center field(s)', 'Rule'];

const keyText = (k: Member['key']) => (typeof k === 'string' ? k : k.k === 'param' ? `[${k.schemaName}]` : JSON.stringify(k));

function rowsTable(tableName: string, members: Member[], ctx: Context, note?: (m: Member) => string | undefined): string[] {
  const glossary: Glossary = new Map();
  const rows = members.map((m) => {
    const rule = ruleCell(m.value, ctx, glossary, typeof m.key === 'string' ? { table: tableName, key: m.key } : undefined, m.when);
    const extra = note?.(m);
    return [columnCell(tableName, m.key, ctx), sourcesCell(m.value, 'partnerCenter', ctx), extra ? `${rule} (${extra})` : rule];
  });
  return [...table(HEADERS, rows), ...glossaryLines(glossary)];
}

const objectMembers = (e: unknown): Member[] => {
  const members = membersOf((e as { [NODE]: ExprNode })[NODE]);
  if (!members) throw new Error('the mapping builder did not build an object');
  return members;
};

/** "Matched on: same e-mail address (`customerProfile.team[].email`)". */
function matchLine(filter: unknown, ctx: Context): string {
  const node = (filter as { [NODE]: ExprNode })[NODE];
  const fields = sourcesOf(node, ctx.symbols).partnerCenter.map((p) => code(pathText(p)));
  return `An existing record is matched on: ${ctx.made(node)?.description ?? 'the filter'} (${fields.join(', ')}).`;
}

export function toDynamicsSection(m: MappingModule, env: EnvModule, i: Inputs, ctx: Context): string[] {
  const description = (result: object) => ctx.made((result as { [NODE]?: ExprNode })[NODE] ?? result)?.description;
  const context = {
    referral: i.referral,
    dealValueColumn: env.dealValueColumn,
    showCheckMark: env.showCheckMark,
    linkBase: env.referralLinkBase,
    audit: i.audit,
  };
  const created = m.opportunityColumns({ ...context, links: { accountId: i.accountId, contactId: i.contactId, currencyId: i.currencyId } });
  const updated = objectMembers(m.opportunityColumns(context));
  const onUpdate = new Set(updated.map((x) => keyText(x.key)));
  const account = m.newAccount(i.referral.customerProfile, env.countryCodeColumn);
  const contact = m.newContact(i.member, i.accountId);
  const lead = m.leadColumns(i.referral);
  const solution = m.solutionOfRow(i.solutionRow);
  const leadWhen = conditionText(m.isLeadReferral(i.referral)[NODE], ctx, new Map());
  const solutionRows = Object.entries(solution).map(([key, value]) => {
    const node = (value as { [NODE]: ExprNode })[NODE];
    return [sourcesCell(node, 'dynamics', ctx), code(`details.requirements.solutions[].${key}`), 'same value'];
  });
  return [
    '## Partner Center → Dynamics 365',
    '',
    '### Opportunity',
    '',
    description(created) ?? '',
    '',
    ...rowsTable('opportunity', objectMembers(created), ctx, (x) => (onUpdate.has(keyText(x.key)) ? undefined : 'new opportunity only')),
    '',
    '### Account',
    '',
    `${description(account) ?? ''} ${matchLine(m.accountFilter(i.referral.customerProfile), ctx)}`,
    '',
    ...rowsTable('account', objectMembers(account), ctx),
    '',
    '### Contact',
    '',
    `${description(contact) ?? ''} ${matchLine(m.contactFilter(i.member), ctx)}`,
    '',
    ...rowsTable('contact', objectMembers(contact), ctx),
    '',
    '### Lead',
    '',
    `${description(lead) ?? ''} A referral is a lead when ${leadWhen}.`,
    '',
    ...rowsTable('lead', objectMembers(lead), ctx),
    '',
    '### Solutions',
    '',
    description(solution) ?? '',
    '',
    ...table(['Dynamics 365 column', 'Partner Center field', 'Rule'], solutionRows),
  ];
}
