// Reads dataverse.yaml: YAML syntax, then shapes (yaml-schema.ts as ajv standalone code, see validators-codegen.ts),
// then references (validate.ts); every error is reported with its YAML line and field path, all at once.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { fieldPath, Locator, type PathSegment, SchemaError, type SchemaIssue } from './errors';
import type { DataverseSchema } from './model';
import { validateSchema } from './validate';
import validateShape from './yaml-validator';

export interface Publisher {
  prefix: string;
  optionValuePrefix: number;
}

/** The last schema read, by path, text and publisher: a build reads it for the package and the field-mapping page. */
let lastRead: { key: string; schema: DataverseSchema } | undefined;

/** The schema of a dataverse.yaml; callers only read it. */
export function loadSchema(file: string, publisher: Publisher): DataverseSchema {
  const text = readFileSync(file, 'utf8');
  const key = JSON.stringify([file, text, publisher]);
  if (lastRead?.key !== key) lastRead = { key, schema: parseSchema(text, file, publisher) };
  return lastRead.schema;
}

/** Parses and validates the YAML text; `file` is only used in messages. */
export function parseSchema(text: string, file: string, publisher: Publisher): DataverseSchema {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw new SchemaError(
      file,
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { line, column: col, field: '', message: e.message };
      }),
    );
  }
  const data: unknown = doc.toJS();
  const at = new Locator(doc, lines);
  if (!validateShape(data)) throw new SchemaError(file, sortIssues(shapeIssues(validateShape.errors ?? [], at)));
  const schema = withDefaults(data as Partial<DataverseSchema>);
  const issues = validateSchema(schema, publisher, at);
  if (issues.length) throw new SchemaError(file, sortIssues(issues));
  return schema;
}

function withDefaults(s: Partial<DataverseSchema>): DataverseSchema {
  return {
    introducedVersion: s.introducedVersion!,
    languageCode: s.languageCode ?? 1033,
    choices: s.choices ?? [],
    tables: s.tables!,
    forms: s.forms ?? [],
  };
}

function shapeIssues(errors: readonly ErrorObject[], at: Locator): SchemaIssue[] {
  // A failed `oneOf` (column or subgrid) also reports each branch's `required`: keep the summary only.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of errors) {
    if (e.keyword === 'required' && oneOfPaths.has(e.instancePath) && e.schemaPath.includes('/oneOf/')) continue;
    const path = pointer(e.instancePath);
    const issue = describe(e, path, at);
    const key = `${issue.field}\u0000${issue.message}`;
    if (!seen.has(key)) out.push(issue), seen.add(key);
  }
  return out;
}

function describe(e: ErrorObject, path: PathSegment[], at: Locator): SchemaIssue {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      // Located at the parent object's line, named by the missing field's own path.
      return { ...at.issue(path, 'is required'), field: fieldPath([...path, String(p.missingProperty)]) };
    case 'additionalProperties':
      return at.issue([...path, String(p.additionalProperty)], 'is not a known field', true);
    case 'enum':
      return at.issue(path, `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`);
    case 'discriminator':
      return at.issue([...path, 'type'], 'must be one of: boolean, text, memo, choice, multichoice, lookup');
    case 'oneOf':
      return at.issue(path, "needs exactly one of 'column' or 'subgrid'");
    default:
      return at.issue(path, e.message ?? 'is invalid');
  }
}

function pointer(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function sortIssues(issues: SchemaIssue[]): SchemaIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
