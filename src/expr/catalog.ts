// Catalog of the documented Workflow Definition Language functions, from
// Microsoft's "Reference guide to functions in expressions for workflows in
// Azure Logic Apps and Power Automate", plus call checks (name and arity).

import { canonicalName, type ExprNode, type ParsedValue } from './ast';
import { ExpressionError } from './errors';
import { expressionsOf, walk } from './walk';

export type FunctionCategory =
  | 'string'
  | 'collection'
  | 'logical'
  | 'conversion'
  | 'math'
  | 'datetime'
  | 'workflow'
  | 'uri'
  | 'manipulation';

export interface FunctionInfo {
  /** Documented spelling, e.g. `formatDateTime`. */
  name: string;
  category: FunctionCategory;
  minArgs: number;
  /** `Infinity` for variadic functions. */
  maxArgs: number;
  /** Parameter list as documented; `?` marks optional ones. */
  params: string;
  deprecated?: boolean;
}

const N = Infinity;

// [name, category, min, max, params]
type Row = [string, FunctionCategory, number, number, string];

const ROWS: Row[] = [
  // String functions
  ['chunk', 'string', 2, 2, 'collection, length'],
  ['concat', 'string', 1, N, 'text1, text2, ...'],
  ['endsWith', 'string', 2, 2, 'text, searchText'],
  ['formatNumber', 'string', 2, 3, 'number, format, locale?'],
  ['guid', 'string', 0, 1, 'format?'],
  ['indexOf', 'string', 2, 2, 'text, searchText'],
  ['isFloat', 'string', 1, 2, 'string, locale?'],
  ['isInt', 'string', 1, 1, 'string'],
  ['lastIndexOf', 'string', 2, 2, 'text, searchText'],
  ['length', 'string', 1, 1, 'collection'],
  ['nthIndexOf', 'string', 3, 3, 'text, searchText, occurrence'],
  ['replace', 'string', 3, 3, 'text, oldText, newText'],
  ['slice', 'string', 2, 3, 'text, startIndex, endIndex?'],
  ['split', 'string', 2, 2, 'text, delimiter'],
  ['startsWith', 'string', 2, 2, 'text, searchText'],
  ['substring', 'string', 2, 3, 'text, startIndex, length?'],
  ['toLower', 'string', 1, 1, 'text'],
  ['toUpper', 'string', 1, 1, 'text'],
  ['trim', 'string', 1, 1, 'text'],
  // Collection functions
  ['contains', 'collection', 2, 2, 'collection, value'],
  ['empty', 'collection', 1, 1, 'collection'],
  ['first', 'collection', 1, 1, 'collection'],
  ['intersection', 'collection', 1, N, 'collection1, collection2, ...'],
  ['join', 'collection', 2, 2, 'collection, delimiter'],
  ['last', 'collection', 1, 1, 'collection'],
  ['reverse', 'collection', 1, 1, 'collection'],
  ['skip', 'collection', 2, 2, 'collection, count'],
  ['sort', 'collection', 1, 2, 'collection, sortBy?'],
  ['take', 'collection', 2, 2, 'collection, count'],
  ['union', 'collection', 1, N, 'collection1, collection2, ...'],
  // Logical comparison functions
  ['and', 'logical', 1, N, 'expression1, expression2, ...'],
  ['equals', 'logical', 2, 2, 'object1, object2'],
  ['greater', 'logical', 2, 2, 'value, compareTo'],
  ['greaterOrEquals', 'logical', 2, 2, 'value, compareTo'],
  ['if', 'logical', 3, 3, 'expression, valueIfTrue, valueIfFalse'],
  ['less', 'logical', 2, 2, 'value, compareTo'],
  ['lessOrEquals', 'logical', 2, 2, 'value, compareTo'],
  ['not', 'logical', 1, 1, 'expression'],
  ['or', 'logical', 1, N, 'expression1, expression2, ...'],
  // Conversion functions
  ['array', 'conversion', 1, 1, 'value'],
  ['base64', 'conversion', 1, 1, 'value'],
  ['base64ToBinary', 'conversion', 1, 1, 'value'],
  ['base64ToString', 'conversion', 1, 1, 'value'],
  ['binary', 'conversion', 1, 1, 'value'],
  ['bool', 'conversion', 1, 1, 'value'],
  ['createArray', 'conversion', 1, N, 'object1, object2, ...'],
  ['dataUri', 'conversion', 1, 1, 'value'],
  ['dataUriToBinary', 'conversion', 1, 1, 'value'],
  ['dataUriToString', 'conversion', 1, 1, 'value'],
  ['decimal', 'conversion', 1, 1, 'value'],
  ['decodeBase64', 'conversion', 1, 1, 'value'],
  ['decodeDataUri', 'conversion', 1, 1, 'value'],
  ['decodeUriComponent', 'conversion', 1, 1, 'value'],
  ['encodeUriComponent', 'conversion', 1, 1, 'value'],
  ['float', 'conversion', 1, 2, 'value, locale?'],
  ['int', 'conversion', 1, 1, 'value'],
  ['json', 'conversion', 1, 1, 'value'],
  ['string', 'conversion', 1, 1, 'value'],
  ['uriComponent', 'conversion', 1, 1, 'value'],
  ['uriComponentToBinary', 'conversion', 1, 1, 'value'],
  ['uriComponentToString', 'conversion', 1, 1, 'value'],
  ['xml', 'conversion', 1, 1, 'value'],
  // Math functions
  ['add', 'math', 2, 2, 'summand_1, summand_2'],
  ['div', 'math', 2, 2, 'dividend, divisor'],
  ['max', 'math', 1, N, 'number1, number2, ... | [numbers]'],
  ['min', 'math', 1, N, 'number1, number2, ... | [numbers]'],
  ['mod', 'math', 2, 2, 'dividend, divisor'],
  ['mul', 'math', 2, 2, 'multiplicand1, multiplicand2'],
  ['rand', 'math', 2, 2, 'minValue, maxValue'],
  ['range', 'math', 2, 2, 'startIndex, count'],
  ['sub', 'math', 2, 2, 'minuend, subtrahend'],
  // Date and time functions
  ['addDays', 'datetime', 2, 3, 'timestamp, days, format?'],
  ['addHours', 'datetime', 2, 3, 'timestamp, hours, format?'],
  ['addMinutes', 'datetime', 2, 3, 'timestamp, minutes, format?'],
  ['addSeconds', 'datetime', 2, 3, 'timestamp, seconds, format?'],
  ['addToTime', 'datetime', 3, 4, 'timestamp, interval, timeUnit, format?'],
  ['convertFromUtc', 'datetime', 2, 3, 'timestamp, destinationTimeZone, format?'],
  ['convertTimeZone', 'datetime', 3, 4, 'timestamp, sourceTimeZone, destinationTimeZone, format?'],
  ['convertToUtc', 'datetime', 2, 3, 'timestamp, sourceTimeZone, format?'],
  ['dateDifference', 'datetime', 2, 2, 'startDate, endDate'],
  ['dayOfMonth', 'datetime', 1, 1, 'timestamp'],
  ['dayOfWeek', 'datetime', 1, 1, 'timestamp'],
  ['dayOfYear', 'datetime', 1, 1, 'timestamp'],
  ['formatDateTime', 'datetime', 1, 3, 'timestamp, format?, locale?'],
  ['getFutureTime', 'datetime', 2, 3, 'interval, timeUnit, format?'],
  ['getPastTime', 'datetime', 2, 3, 'interval, timeUnit, format?'],
  ['parseDateTime', 'datetime', 1, 3, 'timestamp, locale?, format?'],
  ['startOfDay', 'datetime', 1, 2, 'timestamp, format?'],
  ['startOfHour', 'datetime', 1, 2, 'timestamp, format?'],
  ['startOfMonth', 'datetime', 1, 2, 'timestamp, format?'],
  ['subtractFromTime', 'datetime', 3, 4, 'timestamp, interval, timeUnit, format?'],
  ['ticks', 'datetime', 1, 1, 'timestamp'],
  ['utcNow', 'datetime', 0, 1, 'format?'],
  // Workflow functions
  ['action', 'workflow', 0, 0, ''],
  ['actionBody', 'workflow', 1, 1, 'actionName'],
  ['actionOutputs', 'workflow', 1, 1, 'actionName'],
  ['actions', 'workflow', 1, 1, 'actionName'],
  ['body', 'workflow', 1, 1, 'actionName'],
  ['formDataMultiValues', 'workflow', 2, 2, 'actionName, key'],
  ['formDataValue', 'workflow', 2, 2, 'actionName, key'],
  ['item', 'workflow', 0, 0, ''],
  ['items', 'workflow', 1, 1, 'loopName'],
  ['iterationIndexes', 'workflow', 1, 1, 'loopName'],
  ['listCallbackUrl', 'workflow', 0, 0, ''],
  ['multipartBody', 'workflow', 2, 2, 'actionName, index'],
  ['outputs', 'workflow', 1, 1, 'actionName'],
  ['parameters', 'workflow', 1, 1, 'parameterName'],
  ['result', 'workflow', 1, 1, 'scopedActionName'],
  ['trigger', 'workflow', 0, 0, ''],
  ['triggerBody', 'workflow', 0, 0, ''],
  ['triggerFormDataMultiValues', 'workflow', 1, 1, 'key'],
  ['triggerFormDataValue', 'workflow', 1, 1, 'key'],
  ['triggerMultipartBody', 'workflow', 1, 1, 'index'],
  ['triggerOutputs', 'workflow', 0, 0, ''],
  ['variables', 'workflow', 1, 1, 'variableName'],
  ['workflow', 'workflow', 0, 0, ''],
  // URI parsing functions
  ['uriHost', 'uri', 1, 1, 'uri'],
  ['uriPath', 'uri', 1, 1, 'uri'],
  ['uriPathAndQuery', 'uri', 1, 1, 'uri'],
  ['uriPort', 'uri', 1, 1, 'uri'],
  ['uriQuery', 'uri', 1, 1, 'uri'],
  ['uriScheme', 'uri', 1, 1, 'uri'],
  // Manipulation functions: JSON & XML
  ['addProperty', 'manipulation', 3, 3, 'object, property, value'],
  ['coalesce', 'manipulation', 1, N, 'object_1, object_2, ...'],
  ['removeProperty', 'manipulation', 2, 2, 'object, property'],
  ['setProperty', 'manipulation', 3, 3, 'object, property, value'],
  ['xpath', 'manipulation', 2, 2, 'xml, xpath'],
];

/** Documented as deprecated in favour of another function. */
const DEPRECATED = new Set(['decodebase64']);

const BY_NAME: ReadonlyMap<string, FunctionInfo> = new Map(
  ROWS.map(([name, category, minArgs, maxArgs, params]): [string, FunctionInfo] => [
    name.toLowerCase(),
    { name, category, minArgs, maxArgs, params, ...(DEPRECATED.has(name.toLowerCase()) ? { deprecated: true } : {}) },
  ]),
);

/** Every documented function, in catalog order. */
export const FUNCTIONS: readonly FunctionInfo[] = [...BY_NAME.values()];

/** Case-insensitive lookup. */
export function lookupFunction(name: string): FunctionInfo | undefined {
  return BY_NAME.get(canonicalName(name));
}

function expectedCount({ minArgs: min, maxArgs: max }: FunctionInfo): string {
  const plural = (n: number) => `${n} parameter${n === 1 ? '' : 's'}`;
  if (max === 0) return 'no parameters';
  if (min === max) return `exactly ${plural(min)}`;
  if (max === Infinity) return `at least ${plural(min)}`;
  return `between ${min} and ${max} parameters`;
}

/** Unknown functions and wrong argument counts, located by position, in source order. */
export function checkCalls(input: ExprNode | ParsedValue): ExpressionError[] {
  const roots = 'kind' in input ? expressionsOf(input) : [input];
  const errors: ExpressionError[] = [];
  for (const root of roots) {
    walk(root, (node) => {
      if (node.type !== 'call') return;
      const info = lookupFunction(node.name);
      if (!info) {
        errors.push(
          new ExpressionError(
            `The template language function '${node.name}' at position ${node.start} is not defined or not valid.`,
            node.start,
            'UnknownFunction',
          ),
        );
      } else if (node.args.length < info.minArgs || node.args.length > info.maxArgs) {
        errors.push(
          new ExpressionError(
            `The template language function '${info.name}' at position ${node.start} expects ${expectedCount(info)} ` +
              `(${info.name}(${info.params})) but was invoked with ${node.args.length}.`,
            node.start,
            'WrongArity',
          ),
        );
      }
    });
  }
  return errors;
}
