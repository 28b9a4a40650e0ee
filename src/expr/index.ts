// Workflow Definition Language expressions: parser, AST, traversal, catalog, evaluator.

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

// Evaluation.
export { EvaluationError, type EvaluationErrorReason } from './errors';
export { compileParsed, compileValue, evaluateJson, evaluateValue, type Compiled } from './evaluate';
export { contextFromJson, type EvaluationContext, type LoopFrame, type RunRecord } from './context';
export { Decimal } from './decimal';
export { Float, isContent, isObject, toJson, toText, typeName, type Content, type JsonObject, type TypeName, type Value } from './values';
export { JsonSyntaxError, parseJson } from './json';
