// Assembles one generated flow module with ts-morph (imports, declarations, default export), drops what
// it does not use, and formats it with prettier.
import prettier from 'prettier';
import { Project, type SourceFile, SyntaxKind, VariableDeclarationKind } from 'ts-morph';

export interface ModuleParts {
  /** Comment lines at the top (without `//`). */
  header: string[];
  /** Import path of the DSL (`../../src/dsl`). */
  dsl: string;
  /** Default imports of other generated flows: identifier -> module. */
  flows: Array<{ id: string; module: string }>;
  /** Module-level constants: `const <id> = <init>`, with an optional leading comment. */
  constants: Array<{ id: string; init: string; type?: string; comment?: string }>;
  /** The default-exported expression. */
  exported: string;
}

/** Names the generated code may take from the DSL (types marked). */
const DSL_NAMES: Record<string, 'value' | 'type'> = {
  $: 'value',
  flow: 'value',
  childFlow: 'value',
  manual: 'value',
  input: 'value',
  http: 'value',
  recurrence: 'value',
  dataverseRow: 'value',
  rawTrigger: 'value',
  env: 'value',
  s: 'value',
  table: 'value',
  operation: 'value',
  dataverseApi: 'value',
  ConnectorApi: 'type',
};

const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
let counter = 0;

/** Identifiers used as references (not as the declared name itself, nor as a property name). */
function referenced(file: SourceFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
    const parent = id.getParent();
    if (parent?.isKind(SyntaxKind.PropertyAccessExpression) && parent.getNameNode() === id) continue;
    if (parent?.isKind(SyntaxKind.PropertyAssignment) && parent.getNameNode() === id) continue;
    if (parent?.isKind(SyntaxKind.VariableDeclaration) && parent.getNameNode() === id) continue;
    if (parent?.isKind(SyntaxKind.ImportSpecifier) || parent?.isKind(SyntaxKind.ImportClause)) continue;
    counts.set(id.getText(), (counts.get(id.getText()) ?? 0) + 1);
  }
  return counts;
}

/** Unused `const x = <call>` inside the flow become plain statements; unused module constants go. */
function dropUnused(file: SourceFile): void {
  for (;;) {
    const uses = referenced(file);
    let changed = false;
    for (const decl of file.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
      if (decl.wasForgotten() || uses.has(decl.getName())) continue;
      const statement = decl.getVariableStatementOrThrow();
      if (statement.getParent()?.isKind(SyntaxKind.SourceFile)) statement.remove();
      else statement.replaceWithText(`${decl.getInitializerOrThrow().getText()};`);
      changed = true;
      break;
    }
    if (!changed) return;
  }
}

export async function writeModule(parts: ModuleParts): Promise<string> {
  const file = project.createSourceFile(`/generated-${counter++}.ts`, '', { overwrite: true });
  for (const c of parts.constants) {
    file.addVariableStatement({
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: c.id, type: c.type, initializer: c.init }],
      leadingTrivia: c.comment ? `// ${c.comment}\n` : undefined,
    });
  }
  file.addStatements(`export default ${parts.exported};`);
  dropUnused(file);
  const uses = referenced(file);
  const names = Object.keys(DSL_NAMES).filter((n) => uses.has(n));
  file.insertImportDeclaration(0, {
    moduleSpecifier: parts.dsl,
    namedImports: names.map((n) => ({ name: n, isTypeOnly: DSL_NAMES[n] === 'type' })),
  });
  parts.flows
    .filter((f) => uses.has(f.id))
    .forEach((f, i) => file.insertImportDeclaration(1 + i, { moduleSpecifier: f.module, defaultImport: f.id }));
  const text = `${parts.header.map((l) => `// ${l}`.trimEnd()).join('\n')}\n${file.getFullText()}`;
  project.removeSourceFile(file);
  return prettier.format(text, { parser: 'typescript', singleQuote: true, printWidth: 120, trailingComma: 'all' });
}
