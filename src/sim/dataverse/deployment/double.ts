// The Dataverse double with what a deployment uses, on the same loopback server: ImportSolutionAsync and
// StageAndUpgradeAsync with their asyncoperations, solutions, workflows (turning a flow on is checked as Dataverse
// checks it), connectionreferences, environment variable definitions and values, RetrieveCurrentOrganization, and
// the Power Automate API's listCallbackUrl. Every request is logged for tests; a bearer token can be required.
import { deriveGuid } from '../../../dsl/names';
import type { Clock } from '../../contracts';
import { DataverseDouble } from '../double';
import { API_PATH, type HttpRequest, type HttpResult, handleRequest } from '../http/handler';
import { Catalog, loadCatalog } from '../metadata/catalog';
import { type ActivationAttempt, FlowActivation } from './activation';
import { listCallbackUrl } from './flow-api';
import { IMPORT_ACTIONS, type ImportAction, type ImportRequest, SolutionImports } from './import';
import { type OrganizationInfo, retrieveCurrentOrganization } from './organization';
import { deploymentTables } from './tables';

export interface DeploymentDoubleOptions {
  clock?: Clock;
  /** GETs of an import's asyncoperation answering "in progress" before it completes (default 2). */
  pollsBeforeDone?: number;
  /** Every import fails with this message (see also failNextImport). */
  failImports?: string;
  /** When set, every request must carry `Authorization: Bearer <token>` (401 otherwise). */
  token?: string;
  /** The token the Power Automate API requires (default: `token`). */
  flowToken?: string;
  /** The organization URL responses name (default https://cosell.crm.dynamics.com). */
  organizationUrl?: string;
  environmentId?: string;
}

/** One request, as the server saw it. */
export interface LoggedRequest {
  method: string;
  /** Path and query, without the origin (`/api/data/v9.2/workflows(…)`). */
  path: string;
  body?: unknown;
}

const clockNow = (): Clock => {
  let t = Date.parse('2025-03-01T09:00:00Z');
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
};

let catalog: Catalog | undefined;
/** The standard catalog plus the deployment tables (read once). */
function deploymentCatalog(): Catalog {
  return (catalog ??= new Catalog([...loadCatalog().tables, ...deploymentTables()]));
}

export class DeploymentDouble {
  readonly dataverse: DataverseDouble;
  readonly organization: OrganizationInfo;
  readonly requests: LoggedRequest[] = [];
  private readonly imports: SolutionImports;
  private readonly activation: FlowActivation;
  private readonly failures: string[] = [];

  constructor(private readonly o: DeploymentDoubleOptions = {}) {
    this.dataverse = new DataverseDouble({
      clock: o.clock ?? clockNow(),
      seed: 'deployment',
      catalog: deploymentCatalog(),
      baseCurrency: false,
      ...(o.organizationUrl ? { organizationUrl: o.organizationUrl } : {}),
    });
    const service = this.dataverse.service;
    this.organization = {
      organizationId: deriveGuid('sim/deployment/organization', 'cosell'),
      environmentId: o.environmentId ?? deriveGuid('sim/deployment/environment', 'cosell'),
      tenantId: deriveGuid('sim/deployment/tenant', 'cosell'),
      uniqueName: 'unq0cosell',
      friendlyName: 'cosell',
    };
    this.imports = new SolutionImports(service, {
      pollsBeforeDone: () => o.pollsBeforeDone ?? 2,
      takeFailure: () => this.failures.shift() ?? o.failImports,
    });
    this.activation = new FlowActivation(service);
    this.dataverse.addRoute((req) => this.route(req));
  }

  start(): Promise<string> {
    return this.dataverse.start();
  }

  stop(): Promise<void> {
    return this.dataverse.stop();
  }

  /** The loopback origin: the environment URL to deploy to, and the Power Automate API base URL. */
  get url(): string {
    return this.dataverse.url;
  }

  /** The next import fails with this message as its asyncoperation's message. */
  failNextImport(message: string): void {
    this.failures.push(message);
  }

  /** Imports posted, in order. */
  importRequests(): ImportRequest[] {
    return [...this.imports.requests];
  }

  /** Every attempt to turn a flow on, in order, with Dataverse's refusal when there was one. */
  activationAttempts(): ActivationAttempt[] {
    return [...this.activation.attempts];
  }

  /** Names of the flows turned on, in the order they were. */
  activated(): string[] {
    return this.activation.attempts.filter((a) => a.ok).map((a) => a.name);
  }

  /** A solution as already installed (the upgrade path): its row only; import it first for its components. */
  install(solution: { uniqueName: string; version: string; managed: boolean; friendlyName?: string }): void {
    this.dataverse.seed({
      solutions: [
        {
          solutionid: deriveGuid('sim/dataverse/solution', solution.uniqueName),
          uniquename: solution.uniqueName,
          friendlyname: solution.friendlyName ?? solution.uniqueName,
          version: solution.version,
          ismanaged: solution.managed,
        },
      ],
    });
  }

  /** Binds a connection reference as an admin would in the portal. */
  bind(logicalName: string, connectionId: string): void {
    const ref = this.dataverse.rows('connectionreferences', `connectionreferencelogicalname eq '${logicalName}'`)[0];
    if (!ref) throw new Error(`deployment double: no connection reference '${logicalName}'`);
    this.dataverse.update('connectionreferences', ref.connectionreferenceid as string, { connectionid: connectionId }, 'system');
  }

  /** Sets a flow's state directly (a flow someone turned on earlier): it then counts as published. */
  setFlowState(workflowId: string, on: boolean): void {
    this.dataverse.update('workflows', workflowId, on ? { statecode: 1, statuscode: 2 } : { statecode: 0, statuscode: 1 }, 'system');
    if (on) this.activation.markPublished(workflowId);
  }

  private async route(req: HttpRequest): Promise<HttpResult | undefined> {
    const url = new URL(req.url, req.origin);
    this.log(req, url);
    const flowApi = url.pathname.startsWith('/providers/');
    const unauthorized = this.unauthorized(req, flowApi);
    if (unauthorized) return unauthorized;
    if (flowApi) return listCallbackUrl(req, this.dataverse.service, this.organization.environmentId);
    if (!url.pathname.startsWith(`${API_PATH}/`)) return undefined;
    const segments = url.pathname.slice(API_PATH.length + 1).split('/').filter(Boolean).map(decodeURIComponent);
    const [first = ''] = segments;
    if (segments.length !== 1) return undefined;
    if ((IMPORT_ACTIONS as readonly string[]).includes(first)) return this.imports.post(req, first as ImportAction);
    if (/^RetrieveCurrentOrganization\(/.test(first) && req.method.toUpperCase() === 'GET') {
      return retrieveCurrentOrganization(req, this.organization);
    }
    const key = /^(asyncoperations|workflows)\(\{?([0-9a-fA-F-]{36})\}?\)$/.exec(first);
    if (key?.[1] === 'asyncoperations' && req.method.toUpperCase() === 'GET') this.imports.poll(key[2]!);
    if (key?.[1] === 'workflows' && req.method.toUpperCase() === 'PATCH') {
      const body = safeJson(req.body) as Record<string, unknown> | undefined;
      const row = this.dataverse.service.store.get('workflow', key[2]!);
      if (body?.statecode === 1 && row && row.statecode !== 1) {
        this.activation.check(key[2]!);
        const result = handleRequest(this.dataverse.service, req);
        const error = result.status >= 400 ? (result.body as { error?: { message?: string } })?.error?.message : undefined;
        this.activation.record(key[2]!, result.status < 400, error);
        return result;
      }
    }
    return undefined;
  }

  private unauthorized(req: HttpRequest, flowApi: boolean): HttpResult | undefined {
    const expected = flowApi ? (this.o.flowToken ?? this.o.token) : this.o.token;
    if (!expected || req.headers.authorization === `Bearer ${expected}`) return undefined;
    if (flowApi) {
      return {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
        body: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid or has the wrong audience.' } },
        events: [],
      };
    }
    return {
      status: 401,
      headers: {
        'WWW-Authenticate': `Bearer authorization_uri=https://login.microsoftonline.com/${this.organization.tenantId}/oauth2/authorize, resource_id=${req.origin}/`,
      },
      events: [],
    };
  }

  private log(req: HttpRequest, url: URL): void {
    const body = req.body ? safeJson(req.body) : undefined;
    // Keep the log small: a posted zip is only marked.
    if (body && typeof body === 'object' && 'CustomizationFile' in (body as object)) {
      (body as Record<string, unknown>).CustomizationFile = `<${String((body as Record<string, unknown>).CustomizationFile).length} base64 chars>`;
    }
    this.requests.push({ method: req.method.toUpperCase(), path: `${url.pathname}${url.search}`, ...(body === undefined ? {} : { body }) });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
