// Workflow Definition Language expressions: parser, AST, traversal, catalog.

export type { BoolLit, Call, ExprNode, Member, NullLit, NumberLit, ParsedValue, StringLit } from './ast';
export { canonicalName } from './ast';
export { ExpressionError, type ExpressionErrorReason } from './errors';
export { Scanner, type Token, type TokenType } from './scanner';
export { MAX_DEPTH, parseExpression, parseValue } from './parser';
export {
  childrenOf,
  expressionsOf,
  REFERENCE_FUNCTIONS,
  referencesIn,
  walk,
  type ReferenceKind,
  type Visitor,
  type WorkflowReference,
} from './walk';
export { checkCalls, FUNCTIONS, lookupFunction, type FunctionCategory, type FunctionInfo } from './catalog';
