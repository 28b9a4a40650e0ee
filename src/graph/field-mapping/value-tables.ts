// The value tables: referral status <-> opportunity state, "How can Microsoft help?" option values, referral
// visibility, and the country code rule.
import { type ExprNode, NODE } from '../../dsl';
import { MicrosoftHelp, ReferralVisibility } from '../../solution/schema/options';
import { ruleCell, variableColumn } from './cells';
import type { Context } from './context';
import type { EnvModule, Inputs, MappingModule } from './inputs';
import { code, table } from './markdown';

/** `inProgress` -> `In Progress`. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
const nameOf = (values: Record<string, number>, value: number) => {
  const key = Object.entries(values).find(([, v]) => v === value)?.[0];
  return key ? `${code(String(value))} ${words(key)}` : code(String(value));
};

export function valueTablesSection(m: MappingModule, env: EnvModule, i: Inputs, ctx: Context): string[] {
  const state = m.OpportunityState as Record<string, number>;
  const status = m.OpportunityStatus as Record<string, number>;
  const toDynamics = Object.entries(m.dynamicsStatusOfReferral).map(([key, s]) => [
    code(key),
    nameOf(state, s!.statecode),
    nameOf(status, s!.statuscode),
    s!.text,
  ]);
  const won = m.opportunityClose(i.referral, i.opportunityId, true);
  const lost = m.opportunityClose(i.referral, i.opportunityId, false);
  const subject = ruleCell(won.OpportunityClose.subject[NODE], ctx, new Map());
  const stateOf = (key: string) => {
    const code0 = Number(key.replace('h', ''));
    const open = code0 === state.open ? (key.endsWith('h') ? ', On Hold' : ', not On Hold') : '';
    return `${nameOf(state, code0)}${open}`;
  };
  const toPartnerCenter = Object.entries(m.referralTransitions).map(([key, t]) => {
    const [opportunityKey, referralStatus] = key.split('/') as [string, string];
    return [stateOf(opportunityKey), code(referralStatus), code(`${t.status}/${t.substatus}`)];
  });
  const helpLabels = ctx.names.options('opportunity', 'cosell_microsofthelp');
  const help = Object.entries(MicrosoftHelp).map(([key, value]) => [
    code(key),
    code(String(value)),
    helpLabels.find((o) => o.value === value)?.label ?? '',
  ]);
  const visibilityLabels = ctx.names.options('opportunity', 'cosell_referralvisibility');
  const visibility = Object.entries(ReferralVisibility).map(([key, value]) => [
    code(key),
    code(String(value)),
    visibilityLabels.find((o) => o.value === value)?.label ?? '',
  ]);
  const countryColumn = env.countryCodeColumn.schemaName;
  const describe = (e: { [NODE]: ExprNode }) => ctx.made(e[NODE])?.description ?? '';
  return [
    '## Value tables',
    '',
    '### Status: Partner Center → Dynamics 365',
    '',
    `A referral's \`status/substatus\` sets the opportunity's \`statecode\` and \`statuscode\`; the text is what the audit trail shows. A referral that closes the deal closes the opportunity as won (Status ${code(String(won.Status))}) or lost (Status ${code(String(lost.Status))}), with the subject ${subject}.`,
    '',
    ...table(['Referral status/substatus', 'statecode', 'statuscode', 'Text'], toDynamics),
    '',
    '### Status: Dynamics 365 → Partner Center',
    '',
    'The opportunity\'s state and the referral\'s current status give the status and substatus sent; any other combination sends no status.',
    '',
    ...table(['Opportunity state', 'Referral status', 'Sent status/substatus'], toPartnerCenter),
    '',
    '### How can Microsoft help? (`inviteContext.assistanceRequestCode`)',
    '',
    `${ctx.names.columnDescription('opportunity', 'cosell_microsofthelp') ?? ''} Partner Center → Dynamics 365: ${describe(m.helpOptionOf(i.referral.inviteContext.assistanceRequestCode))}. Dynamics 365 → Partner Center: ${describe(m.helpCodeOf(i.opportunity.cosell_microsofthelp))}.`,
    '',
    ...table(['assistanceRequestCode', 'Option value', 'Label'], help),
    '',
    '### Referral visibility (`consent.consentToShareReferralWithMicrosoftSellers`)',
    '',
    ctx.names.columnDescription('opportunity', 'cosell_referralvisibility') ?? '',
    '',
    ...table(['Option', 'Value', 'Label'], visibility),
    '',
    '### Country (`customerProfile.address.country`)',
    '',
    `The customer's country is in ${variableColumn(countryColumn, ctx)} of the account. Partner Center → Dynamics 365: ${describe(m.countryCode(i.referral.customerProfile.address.country))}. Dynamics 365 → Partner Center: the value must be ${describe(m.isCountryCode(i.account.address1_country))}.`,
  ];
}
