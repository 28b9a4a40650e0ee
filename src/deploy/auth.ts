// Sign-in for the Dataverse Web API (scope `<environment>/.default`) and the Power Automate API
// (`https://service.flow.microsoft.com/.default`, only for the receiver's trigger URL):
// - a bearer token obtained elsewhere (--access-token / COSELL_ACCESS_TOKEN; COSELL_FLOW_ACCESS_TOKEN for the
//   Power Automate API), e.g. from a pipeline's own sign-in step;
// - client credentials (@azure/msal-node ConfidentialClientApplication) for pipelines: an app registration with a
//   secret, added to the environment as an application user with a security role;
// - device code (PublicClientApplication.acquireTokenByDeviceCode) for an admin at a terminal: an app registration
//   with "Allow public client flows" and the Dynamics CRM user_impersonation permission.
import { ConfidentialClientApplication, PublicClientApplication, type AccountInfo } from '@azure/msal-node';
import { DeployError } from './errors';

export type AuthMode = 'device-code' | 'client-credentials' | 'access-token';

export const FLOW_SCOPE = 'https://service.flow.microsoft.com/.default';

export interface AuthOptions {
  auth?: string;
  tenantId?: string;
  clientId?: string;
  accessToken?: string;
  env: NodeJS.ProcessEnv;
  /** Where the device code message goes. */
  print: (line: string) => void;
}

export interface TokenSource {
  mode: AuthMode;
  /** For the progress line: `client credentials (app 1234…, tenant contoso.onmicrosoft.com)`. */
  describe: string;
  /** A token for the environment's Web API; signs in on first use. */
  dataverse(): Promise<string>;
  /** A token for the Power Automate API, or why there is none. */
  flow(): Promise<{ token?: string; reason?: string }>;
}

const APP_HELP =
  'Register an app in Microsoft Entra ID (App registrations), add it to the environment as an application user with a security role (Power Platform admin center → Environments → Settings → Application users)';

function accessTokenSource(token: string, flowToken: string | undefined): TokenSource {
  return {
    mode: 'access-token',
    describe: 'a bearer token given with --access-token / COSELL_ACCESS_TOKEN',
    dataverse: async () => token,
    flow: async () =>
      flowToken ? { token: flowToken } : { reason: 'no COSELL_FLOW_ACCESS_TOKEN (a token for https://service.flow.microsoft.com) was given' },
  };
}

const signInFailed = (what: string, e: unknown, next: string[]) =>
  new DeployError(`sign-in (${what}) failed: ${(e as Error)?.message ?? String(e)}`, next);

function clientCredentialsSource(environment: string, tenantId: string, clientId: string, secret: string): TokenSource {
  const app = new ConfidentialClientApplication({
    auth: { clientId, clientSecret: secret, authority: `https://login.microsoftonline.com/${tenantId}` },
  });
  const acquire = async (scope: string) => {
    const r = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (!r?.accessToken) throw new Error('no access token returned');
    return r.accessToken;
  };
  return {
    mode: 'client-credentials',
    describe: `client credentials (app ${clientId}, tenant ${tenantId})`,
    dataverse: () =>
      acquire(`${environment}/.default`).catch((e) => {
        throw signInFailed('client credentials', e, [
          'Check COSELL_TENANT_ID, COSELL_CLIENT_ID and COSELL_CLIENT_SECRET (an expired secret is a common cause).',
          `${APP_HELP}.`,
        ]);
      }),
    flow: () => acquire(FLOW_SCOPE).then((token) => ({ token }), (e: Error) => ({ reason: e.message })),
  };
}

function deviceCodeSource(environment: string, tenantId: string, clientId: string, print: (line: string) => void): TokenSource {
  const app = new PublicClientApplication({ auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId}` } });
  let account: AccountInfo | null = null;
  const silent = async (scope: string) => {
    if (!account) throw new Error('not signed in');
    const r = await app.acquireTokenSilent({ account, scopes: [scope] });
    return r.accessToken;
  };
  return {
    mode: 'device-code',
    describe: `device code (app ${clientId}, tenant ${tenantId})`,
    dataverse: async () => {
      if (account) return silent(`${environment}/.default`);
      try {
        const r = await app.acquireTokenByDeviceCode({
          scopes: [`${environment}/.default`],
          deviceCodeCallback: (response) => print(response.message),
        });
        if (!r?.accessToken) throw new Error('no access token returned');
        account = r.account;
        return r.accessToken;
      } catch (e) {
        throw signInFailed('device code', e, [
          'Sign in again with a user who is a System Administrator of the environment.',
          `Check --client-id / COSELL_CLIENT_ID: the app registration needs "Allow public client flows" = Yes and the Dynamics CRM user_impersonation permission; --tenant-id / COSELL_TENANT_ID names your tenant.`,
        ]);
      }
    },
    flow: () => silent(FLOW_SCOPE).then((token) => ({ token }), (e: Error) => ({ reason: e.message })),
  };
}

/** Picks the sign-in from the options and COSELL_* variables; a missing setting fails before anything is changed. */
export function resolveAuth(environment: string, o: AuthOptions): TokenSource {
  const token = o.accessToken ?? o.env.COSELL_ACCESS_TOKEN;
  if (token && !o.auth) return accessTokenSource(token, o.env.COSELL_FLOW_ACCESS_TOKEN);
  const tenantId = o.tenantId ?? o.env.COSELL_TENANT_ID;
  const clientId = o.clientId ?? o.env.COSELL_CLIENT_ID;
  const secret = o.env.COSELL_CLIENT_SECRET;
  const mode = o.auth ?? (secret ? 'client-credentials' : 'device-code');
  if (mode === 'client-credentials') {
    const missing = [!tenantId && 'COSELL_TENANT_ID (or --tenant-id)', !clientId && 'COSELL_CLIENT_ID (or --client-id)', !secret && 'COSELL_CLIENT_SECRET'].filter(Boolean);
    if (missing.length) {
      throw new DeployError(`client credentials sign-in needs ${missing.join(', ')}`, [
        `${APP_HELP}, create a client secret, and set COSELL_TENANT_ID, COSELL_CLIENT_ID and COSELL_CLIENT_SECRET (pipeline secrets).`,
      ]);
    }
    return clientCredentialsSource(environment, tenantId!, clientId!, secret!);
  }
  if (mode === 'device-code') {
    if (!clientId) {
      throw new DeployError('device code sign-in needs the client id of an app registration (--client-id or COSELL_CLIENT_ID)', [
        'Register an app in Microsoft Entra ID with "Allow public client flows" = Yes and the Dynamics CRM user_impersonation delegated permission, then pass its id with --client-id (and your tenant with --tenant-id).',
        'Or pass a token you already have with --access-token / COSELL_ACCESS_TOKEN.',
      ]);
    }
    return deviceCodeSource(environment, tenantId ?? 'organizations', clientId, o.print);
  }
  if (mode === 'access-token') {
    if (!token) throw new DeployError('--auth access-token needs --access-token or COSELL_ACCESS_TOKEN', ['Pass the bearer token, or use --auth device-code.']);
    return accessTokenSource(token, o.env.COSELL_FLOW_ACCESS_TOKEN);
  }
  throw new DeployError(`unknown --auth '${mode}'`, ['Use --auth device-code or --auth client-credentials.']);
}
