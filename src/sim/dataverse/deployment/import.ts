// ImportSolutionAsync and StageAndUpgradeAsync: the posted zip is read at once, an asyncoperation row answers
// "in progress" for a configurable number of polls, then completes: Succeeded (31 Failed with the import's message
// when the zip, the layering or an injected failure says so). Only a completed import writes the solution's rows:
// the solution, its cloud flows (off, as imported flows are until turned on), connection references (unbound) and
// environment variable definitions. An upgrade keeps flow states, bindings and current values.
import { deriveGuid } from '../../../dsl/names';
import { environmentVariableDefinitionId } from '../environment-variables';
import { errors } from '../errors';
import { API_PATH, type HttpRequest, type HttpResult, JSON_TYPE, parseBody } from '../http/handler';
import type { DataverseService } from '../service';
import { type SolutionPackage, readSolutionPackage } from './solution-package';
import { ASYNC } from './tables';

export const IMPORT_ACTIONS = ['ImportSolutionAsync', 'StageAndUpgradeAsync'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** One posted import, as tests inspect it. */
export interface ImportRequest {
  action: ImportAction;
  asyncOperationId: string;
  importJobId: string;
  overwriteUnmanagedCustomizations: boolean;
  publishWorkflows: boolean;
  /** The zip's unique name, version and kind, when it could be read. */
  solution?: { uniqueName: string; version: string; managed: boolean };
}

interface Pending {
  request: ImportRequest;
  pkg?: SolutionPackage;
  /** Why the job fails: a zip Dataverse refuses, or an injected failure. */
  failure?: string;
  polls: number;
  done: boolean;
}

export interface ImportOptions {
  /** GETs of the asyncoperation that answer "in progress" before it completes. */
  pollsBeforeDone: () => number;
  /** A failure to inject into the next import (taken once), as the job's message. */
  takeFailure: () => string | undefined;
}

const SYSTEM = 'system';
const id = (prefix: string, ...parts: string[]) => deriveGuid(`sim/dataverse/${prefix}`, ...parts);

export class SolutionImports {
  readonly requests: ImportRequest[] = [];
  private readonly pending = new Map<string, Pending>();
  private sequence = 0;

  constructor(
    private readonly service: DataverseService,
    private readonly o: ImportOptions,
  ) {}

  /** POST /ImportSolutionAsync or /StageAndUpgradeAsync. */
  async post(req: HttpRequest, action: ImportAction): Promise<HttpResult> {
    if (req.method.toUpperCase() !== 'POST') throw errors.noResource(`${req.origin}${req.url}`);
    const body = parseObject(req.body);
    for (const p of ['OverwriteUnmanagedCustomizations', 'PublishWorkflows']) {
      if (typeof body[p] !== 'boolean') {
        throw errors.badRequest(`${action}: the parameter '${p}' is required (Edm.Boolean, not nullable).`);
      }
    }
    if (typeof body.CustomizationFile !== 'string' || !body.CustomizationFile) {
      throw errors.badRequest(`${action}: the parameter 'CustomizationFile' is required (Edm.Binary, base64).`);
    }
    const n = String(++this.sequence);
    const asyncOperationId = id('asyncoperation', n);
    const importJobId = typeof body.ImportJobId === 'string' ? body.ImportJobId.toLowerCase() : id('importjob', n);
    const request: ImportRequest = {
      action,
      asyncOperationId,
      importJobId,
      overwriteUnmanagedCustomizations: body.OverwriteUnmanagedCustomizations as boolean,
      publishWorkflows: body.PublishWorkflows as boolean,
    };
    const pending: Pending = { request, polls: 0, done: false };
    try {
      pending.pkg = await readSolutionPackage(Buffer.from(body.CustomizationFile, 'base64'));
      request.solution = { uniqueName: pending.pkg.uniqueName, version: pending.pkg.version, managed: pending.pkg.managed };
    } catch (e) {
      pending.failure = (e as Error).message;
    }
    pending.failure ??= this.o.takeFailure();
    this.requests.push(request);
    this.pending.set(asyncOperationId, pending);
    const t = this.service.tableBySet('asyncoperations');
    this.service.create(t, { asyncoperationid: asyncOperationId, name: action, statecode: ASYNC.state.ready, statuscode: ASYNC.status.waiting }, SYSTEM, 'seed');
    return {
      status: 200,
      headers: { ...JSON_TYPE },
      body: {
        '@odata.context': `${req.origin}${API_PATH}/$metadata#Microsoft.Dynamics.CRM.${action}Response`,
        AsyncOperationId: asyncOperationId,
        ImportJobKey: importJobId,
      },
      events: [],
    };
  }

  /** A GET of asyncoperations(<id>): moves the job one step on; the Web API then answers with the row. */
  poll(asyncOperationId: string): void {
    const p = this.pending.get(asyncOperationId.toLowerCase());
    if (!p || p.done) return;
    p.polls += 1;
    const t = this.service.tableBySet('asyncoperations');
    if (p.polls <= this.o.pollsBeforeDone()) {
      this.service.update(t, asyncOperationId, { statecode: ASYNC.state.locked, statuscode: ASYNC.status.inProgress }, SYSTEM);
      return;
    }
    p.done = true;
    const failure = p.failure ?? this.layeringProblem(p);
    if (failure) {
      this.service.update(
        t,
        asyncOperationId,
        { statecode: ASYNC.state.completed, statuscode: ASYNC.status.failed, message: failure, friendlymessage: failure },
        SYSTEM,
      );
      return;
    }
    this.apply(p.pkg!);
    this.service.update(t, asyncOperationId, { statecode: ASYNC.state.completed, statuscode: ASYNC.status.succeeded }, SYSTEM);
  }

  /** A managed zip cannot update an unmanaged install, nor the reverse. */
  private layeringProblem(p: Pending): string | undefined {
    const pkg = p.pkg!;
    const installed = this.installed(pkg.uniqueName);
    if (!installed || Boolean(installed.ismanaged) === pkg.managed) return undefined;
    return installed.ismanaged
      ? `The solution is already installed on this system as a managed solution and the package to be imported is unmanaged. ${pkg.uniqueName} cannot be updated with an unmanaged package.`
      : `The solution is already installed on this system as an unmanaged solution and the package to be imported is managed. Delete the unmanaged solution ${pkg.uniqueName} before importing it as managed.`;
  }

  private installed(uniqueName: string): Record<string, unknown> | undefined {
    return this.service.store.all('solution').find((s) => String(s.uniquename).toLowerCase() === uniqueName.toLowerCase());
  }

  private apply(pkg: SolutionPackage): void {
    const s = this.service;
    const upsert = (set: string, rowId: string, create: Record<string, unknown>, update: Record<string, unknown>) => {
      const t = s.tableBySet(set);
      if (s.store.has(t.logicalName, rowId)) s.update(t, rowId, update, SYSTEM);
      else s.create(t, { [t.primaryId]: rowId, ...create, ...update }, SYSTEM, 'seed');
    };
    const existing = this.installed(pkg.uniqueName);
    upsert(
      'solutions',
      (existing?.solutionid as string | undefined) ?? id('solution', pkg.uniqueName),
      { uniquename: pkg.uniqueName, ismanaged: pkg.managed },
      { friendlyname: pkg.friendlyName, version: pkg.version },
    );
    for (const e of pkg.environmentVariables) {
      upsert(
        'environmentvariabledefinitions',
        environmentVariableDefinitionId(e.schemaName),
        { schemaname: e.schemaName, type: e.type },
        { displayname: e.displayName, defaultvalue: e.defaultValue },
      );
    }
    for (const r of pkg.connectionReferences) {
      upsert(
        'connectionreferences',
        id('connectionreference', r.logicalName),
        { connectionreferencelogicalname: r.logicalName, connectorid: r.connectorId },
        { connectionreferencedisplayname: r.displayName },
      );
    }
    for (const w of pkg.workflows) {
      upsert(
        'workflows',
        w.id,
        { category: w.category, type: 1, primaryentity: 'none', statecode: 0, statuscode: 1, ismanaged: pkg.managed },
        { name: w.name, clientdata: w.clientdata },
      );
    }
  }
}

function parseObject(text: string): Record<string, unknown> {
  const body = parseBody(text);
  if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  throw errors.badRequest('The request body is not valid JSON.');
}
