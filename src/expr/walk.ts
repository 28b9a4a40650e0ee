// Traversal of expression ASTs and extraction of workflow references.

import { canonicalName, type ExprNode, type ParsedValue } from './ast';

/** Return `false` to skip the children of `node`. */
export type Visitor = (node: ExprNode, parent: ExprNode | undefined) => void | false;

/** Children in source order. */
export function childrenOf(node: ExprNode): ExprNode[] {
  if (node.type === 'call') return node.args;
  if (node.type === 'member') return [node.object, node.property];
  return [];
}

/** Pre-order, source-order traversal (iterative, so deep trees are safe). */
export function walk(node: ExprNode, visit: Visitor): void {
  // Two parallel stacks rather than a pair per node: the build walks every expression of every flow.
  const nodes: ExprNode[] = [node];
  const parents: (ExprNode | undefined)[] = [undefined];
  while (nodes.length > 0) {
    const current = nodes.pop()!;
    const parent = parents.pop();
    if (visit(current, parent) === false) continue;
    if (current.type === 'call') {
      for (let i = current.args.length - 1; i >= 0; i--) {
        nodes.push(current.args[i]!);
        parents.push(current);
      }
    } else if (current.type === 'member') {
      nodes.push(current.property, current.object);
      parents.push(current, current);
    }
  }
}

/** The expression nodes of a parsed string value, in source order. */
export function expressionsOf(value: ParsedValue): ExprNode[] {
  if (value.kind === 'expression') return [value.expr];
  if (value.kind === 'template') return value.parts.filter((p): p is ExprNode => typeof p !== 'string');
  return [];
}

export type ReferenceKind = 'action' | 'trigger' | 'loop' | 'variable' | 'parameter';

export interface WorkflowReference {
  /** Lowercased function name, e.g. `body`, `triggeroutputs`, `items`. */
  fn: string;
  kind: ReferenceKind;
  /** First argument when it is a string literal (action, loop, variable... name). */
  arg?: string;
  /** Span of the call. */
  start: number;
  end: number;
}

/** Functions whose calls refer to other parts of the workflow. */
export const REFERENCE_FUNCTIONS: Readonly<Record<string, ReferenceKind>> = {
  // First argument names an action (or a scope, for result).
  action: 'action',
  actions: 'action',
  actionbody: 'action',
  actionoutputs: 'action',
  body: 'action',
  outputs: 'action',
  result: 'action',
  formdatavalue: 'action',
  formdatamultivalues: 'action',
  multipartbody: 'action',
  // The trigger.
  trigger: 'trigger',
  triggerbody: 'trigger',
  triggeroutputs: 'trigger',
  triggerformdatavalue: 'trigger',
  triggerformdatamultivalues: 'trigger',
  triggermultipartbody: 'trigger',
  // First argument names a loop (item() means the innermost one).
  items: 'loop',
  item: 'loop',
  iterationindexes: 'loop',
  variables: 'variable',
  parameters: 'parameter',
};

/** Workflow references (action, trigger, loop, variable, parameter) in source order. */
export function referencesIn(input: ExprNode | ParsedValue): WorkflowReference[] {
  const roots = 'kind' in input ? expressionsOf(input) : [input];
  const found: WorkflowReference[] = [];
  for (const root of roots) {
    walk(root, (node) => {
      if (node.type !== 'call') return;
      const fn = canonicalName(node);
      const kind = REFERENCE_FUNCTIONS[fn];
      if (!kind) return;
      const first = node.args[0];
      // trigger* functions take keys/indexes, not names of workflow elements.
      const named = kind !== 'trigger' && first?.type === 'string';
      found.push({ fn, kind, ...(named ? { arg: first.value } : {}), start: node.start, end: node.end });
    });
  }
  return found;
}
