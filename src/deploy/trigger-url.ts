// The webhook receiver's HTTP trigger URL, from the Power Automate API: the environment id comes from Dataverse
// (RetrieveCurrentOrganization → Detail.EnvironmentId), then
// POST {flowApi}/providers/Microsoft.ProcessSimple/environments/{env}/flows/{workflowid}/triggers/{trigger}/listCallbackUrl
// ?api-version=2016-11-01 answers { response: { value } } (a solution flow's name there is its workflowid). When it
// cannot be had, the admin is told where the portal shows it.
import type { TokenSource } from './auth';
import type { SolutionFlow } from './solution-zip';
import type { WebApi } from './web-api';

export const FLOW_API_URL = 'https://api.flow.microsoft.com';

export interface TriggerUrlResult {
  url?: string;
  /** Why there is no URL. */
  reason?: string;
  environmentId?: string;
}

export async function environmentId(api: WebApi): Promise<string | undefined> {
  const r = await api.get<{ Detail?: { EnvironmentId?: string } }>(
    "RetrieveCurrentOrganization(AccessType=@p1)?@p1=Microsoft.Dynamics.CRM.EndpointAccessType'Default'",
  );
  return r.Detail?.EnvironmentId || undefined;
}

export async function receiverTriggerUrl(
  api: WebApi,
  receiver: SolutionFlow,
  o: { flowApiUrl: string; flowToken: TokenSource['flow']; fetch?: typeof fetch },
): Promise<TriggerUrlResult> {
  let env: string | undefined;
  try {
    env = await environmentId(api);
  } catch (e) {
    return { reason: `the environment id could not be read (${(e as Error).message})` };
  }
  if (!env) return { reason: 'RetrieveCurrentOrganization gave no EnvironmentId' };
  const trigger = receiver.trigger?.name ?? 'manual';
  const { token, reason } = await o.flowToken();
  if (!token) return { environmentId: env, reason: `no token for the Power Automate API: ${reason}` };
  const url = `${o.flowApiUrl.replace(/\/$/, '')}/providers/Microsoft.ProcessSimple/environments/${encodeURIComponent(env)}/flows/${receiver.id}/triggers/${encodeURIComponent(trigger)}/listCallbackUrl?api-version=2016-11-01`;
  try {
    const res = await (o.fetch ?? fetch)(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    const text = await res.text();
    if (!res.ok) return { environmentId: env, reason: `the Power Automate API answered ${res.status}: ${text.slice(0, 300)}` };
    const value = (JSON.parse(text) as { response?: { value?: string } }).response?.value;
    return value ? { environmentId: env, url: value } : { environmentId: env, reason: 'the Power Automate API answered without a URL' };
  } catch (e) {
    return { environmentId: env, reason: `the Power Automate API could not be reached (${(e as Error).message})` };
  }
}

/** Where the portal shows the URL. */
export function portalTriggerUrlSteps(receiverName: string, solutionName: string, env: string | undefined, receiverId: string, solutionId?: string): string[] {
  const link = env
    ? solutionId
      ? `https://make.powerautomate.com/environments/${env}/solutions/${solutionId}/flows/${receiverId}/details`
      : `https://make.powerautomate.com/environments/${env}/flows/${receiverId}/details`
    : undefined;
  return [
    `Copy it in the portal: make.powerautomate.com → Solutions → ${solutionName} → Cloud flows → "${receiverName}" → Edit → the trigger "When a HTTP request is received" → HTTP POST URL${link ? ` (${link})` : ''}.`,
  ];
}
