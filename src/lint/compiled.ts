// Lint inside `cosell build`: the compiled flows, located at their TS lines, as build problems.
import type { JsonObject } from '../compile/definition';
import type { CompiledFlow } from '../compile/compile-flow';
import type { Problem } from '../compile/problem';
import type { Flow } from '../dsl';
import { lintWorkflows } from './engine';
import { type LintFinding, active } from './finding';
import { lintFlow } from './flow';
import { flowSources } from './sources';

export function lintCompiled(compiled: readonly CompiledFlow[], files: ReadonlyArray<{ file: string; flow: Flow }> = []): LintFinding[] {
  const fileOf = new Map<Flow, string>();
  for (const f of files) if (!fileOf.has(f.flow)) fileOf.set(f.flow, f.file);
  const flows = compiled.map((c) =>
    lintFlow({
      name: c.flow.displayName,
      workflowId: c.workflowId.toLowerCase(),
      properties: c.clientdata.properties as JsonObject,
      origin: { file: fileOf.get(c.flow) ?? c.flow.source?.replace(/:\d+$/, '') ?? c.flow.displayName },
      sources: flowSources(c.flow),
      // compileFlow ran the build's checks on these very properties, and fails on any finding.
      checked: true,
    }),
  );
  return lintWorkflows(flows, { locateSuppressed: false });
}

export const problemOf = (f: LintFinding): Problem => ({
  file: f.file,
  flow: f.flow,
  ...(f.path !== undefined ? { path: f.path } : {}),
  ...(f.field !== undefined ? { field: f.field } : {}),
  ...(f.source !== undefined ? { source: f.source } : {}),
  message: `${f.message} [${f.rule}]`,
});

/** Unsuppressed findings as build problems: errors fail the build, the rest are printed. */
export function lintProblems(compiled: readonly CompiledFlow[], files: ReadonlyArray<{ file: string; flow: Flow }> = []) {
  const findings = active(lintCompiled(compiled, files));
  return {
    errors: findings.filter((f) => f.severity === 'error').map(problemOf),
    warnings: findings.filter((f) => f.severity !== 'error').map((f) => ({ severity: f.severity, problem: problemOf(f) })),
  };
}
