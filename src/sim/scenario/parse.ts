// Reads a scenario file: YAML (with node ranges for lines), the ajv schema, then the checks a schema cannot
// express (references defined before use, refs defined once). Every problem names the file, line and field.
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import { type YamlPath, fieldName, parseLocated, pointerToPath } from '../../solution/yaml-locate';
import { type Path, referencesIn } from './refs';
import { STEP_SCHEMAS, scenarioSchema } from './schema';
import type { Expectations, Json, Scenario, Step, StepKind, WebhookSetup } from './types';

export interface ScenarioIssue {
  line?: number;
  field?: string;
  message: string;
}

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((i) => `${file}${i.line ? `:${i.line}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Names every scenario can use without defining them. */
export const PREDEFINED_REFS = ['receiverUrl'];

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(scenarioSchema as object);
const STEP_KINDS = Object.keys(STEP_SCHEMAS);

function describe(e: ErrorObject): { path: YamlPath; key?: string; message: string } {
  const path = pointerToPath(e.instancePath);
  const p = e.params as Record<string, any>;
  const got = () => (e.data === undefined ? '' : ` (got ${JSON.stringify(e.data)})`);
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  const isStep = path.length === 2 && path[0] === 'steps';
  switch (e.keyword) {
    case 'required':
      return { path, message: `missing required key '${p.missingProperty}'` };
    case 'additionalProperties':
      return isStep
        ? { path, key: p.additionalProperty, message: `unknown step '${p.additionalProperty}' (steps: ${STEP_KINDS.join(', ')})` }
        : { path, key: p.additionalProperty, message: `unknown key '${p.additionalProperty}'` };
    case 'minProperties':
    case 'maxProperties':
      return isStep
        ? { path, message: `a step is an object with exactly one key, its kind (e.g. 'dataverse.create')` }
        : { path, message: `must have ${e.keyword === 'minProperties' ? 'at least' : 'at most'} ${p.limit} key(s)` };
    case 'enum':
      return { path, message: `must be one of ${p.allowedValues.join(', ')}${got()}` };
    case 'pattern':
      return { path, message: `must be ${description ?? `like ${p.pattern}`}${got()}` };
    case 'anyOf':
      return { path, message: `must be ${description ?? 'one of the allowed forms'}${got()}` };
    case 'type':
      return { path, message: `must be ${p.type}${got()}` };
    default:
      return { path, message: `${e.message ?? 'is invalid'}${got()}` };
  }
}

/** Schema errors, without the noise of each anyOf branch (the anyOf error itself explains the forms). */
function schemaIssues(errors: ErrorObject[], at: (path: YamlPath, key?: string) => ScenarioIssue): ScenarioIssue[] {
  return errors
    .filter((e) => !/\/anyOf\/\d+\//.test(e.schemaPath))
    .map((e) => {
      const d = describe(e);
      return { ...at(d.path, d.key), message: d.message };
    });
}

function webhookSetup(raw: Json): WebhookSetup {
  if (raw === undefined) return { register: 'auto' };
  if (typeof raw === 'string') return { register: raw as WebhookSetup['register'] };
  return { register: 'auto', ...raw };
}

/** Walks values in file order, checking each `$name` is defined earlier (refs of rows and steps). */
function referenceIssues(data: Record<string, Json>, at: (path: Path) => ScenarioIssue): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const defined = new Map<string, Path>(PREDEFINED_REFS.map((n) => [n, []]));
  const define = (name: unknown, path: Path) => {
    if (typeof name !== 'string') return;
    const before = defined.get(name);
    if (before) {
      const line = at(before).line;
      issues.push({ ...at(path), message: `ref '${name}' is already defined${line ? ` at line ${line}` : ' (predefined)'}` });
    } else defined.set(name, path);
  };
  const use = (value: unknown, path: Path) => {
    for (const r of referencesIn(value, path)) {
      if (!defined.has(r.name)) {
        issues.push({ ...at(r.path), message: `unknown reference $${r.name} (defined before this point: ${[...defined.keys()].map((k) => `$${k}`).join(', ')})` });
      }
    }
  };
  for (const r of referencesIn(data.settings, ['settings'])) {
    issues.push({ ...at(r.path), message: `settings apply when the flows load, before any reference exists: $${r.name} cannot be used here` });
  }
  for (const [set, rows] of Object.entries((data.dataverse ?? {}) as Record<string, Json[]>)) {
    rows.forEach((row, i) => {
      const { ref, ...rest } = row as Record<string, unknown>;
      use(rest, ['dataverse', set, i]);
      define(ref, ['dataverse', set, i, 'ref']);
    });
  }
  ((data.partnerCenter?.referrals ?? []) as Json[]).forEach((row, i) => {
    const { ref, ...rest } = row as Record<string, unknown>;
    use(rest, ['partnerCenter', 'referrals', i]);
    define(ref, ['partnerCenter', 'referrals', i, 'ref']);
  });
  if (typeof data.partnerCenter?.webhook === 'object') use(data.partnerCenter.webhook, ['partnerCenter', 'webhook']);
  (data.steps as Record<string, Json>[]).forEach((step, i) => {
    const [kind, args] = Object.entries(step)[0]!;
    const path = ['steps', i, kind];
    if (args && typeof args === 'object' && !Array.isArray(args)) {
      const { ref, microsoftRef, ...rest } = args as Record<string, unknown>;
      use(rest, path);
      define(ref, [...path, 'ref']);
      define(microsoftRef, [...path, 'microsoftRef']);
    } else use(args, path);
  });
  use(data.expect, ['expect']);
  return issues;
}

export function parseScenario(text: string, file: string): Scenario {
  const yaml = parseLocated(text);
  if (yaml.doc.errors.length) {
    throw new ScenarioError(
      file,
      yaml.doc.errors.map((e) => ({ line: e.linePos?.[0]?.line, message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') })),
    );
  }
  const data = (yaml.doc.toJS() ?? {}) as Record<string, Json>;
  const at = (path: YamlPath, key?: string): ScenarioIssue => {
    const line = yaml.lineOf(path, key);
    const field = fieldName(key === undefined ? path : [...path, key]);
    return { ...(line ? { line } : {}), ...(field ? { field } : {}), message: '' };
  };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ScenarioError(file, [{ line: 1, message: 'a scenario is a YAML mapping' }]);
  if (!validate(data)) {
    const issues = schemaIssues(validate.errors ?? [], at).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new ScenarioError(file, issues);
  }
  const issues = referenceIssues(data, (path) => at(path));
  if (issues.length) throw new ScenarioError(file, issues);

  const steps = (data.steps as Record<string, Json>[]).map((step, index) => {
    const [kind, args] = Object.entries(step)[0]!;
    const line = yaml.lineOf(['steps', index]);
    return { kind: kind as StepKind, args, index, ...(line ? { line } : {}) } as Step;
  });
  return {
    file,
    name: data.name,
    ...(data.description ? { description: data.description } : {}),
    ...(data.flows ? { flows: data.flows } : {}),
    ...(data.start ? { start: data.start } : {}),
    ...(data.syncUser ? { syncUser: data.syncUser } : {}),
    settings: data.settings ?? {},
    dataverse: data.dataverse ?? {},
    partnerCenter: { referrals: data.partnerCenter?.referrals ?? [], webhook: webhookSetup(data.partnerCenter?.webhook) },
    steps,
    expect: (data.expect ?? {}) as Expectations,
    lineOf: (path) => yaml.lineOf(path),
  };
}

export function readScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ScenarioError(file, [{ message: `cannot read the file: ${(e as Error).message}` }]);
  }
  return parseScenario(text, file);
}
