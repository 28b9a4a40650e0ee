// The parser's own modules, not the src/expr barrel: that also loads the evaluator, which the build never runs.
import { checkCalls } from '../../expr/catalog';
import { ExpressionError } from '../../expr/errors';
import { parseValue } from '../../expr/parser';
import { referencesIn } from '../../expr/walk';
import { type ActionNode, NESTED_MEMBERS, ancestors, isObject } from '../definition';
import type { DefinitionCheck, Finding } from '../finding';
import { upstreamNames } from '../upstream';
import { declaredVariables } from './variables';

/** Every string value (with its JSON path) of an action's own members, nested actions excluded. */
export function stringsOf(json: unknown): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  collectStrings(json, '', true, out);
  return out;
}

// A plain recursion into one array: the build runs it over every action, and generators cost several times more.
function collectStrings(json: unknown, field: string, top: boolean, out: { field: string; value: string }[]): void {
  if (typeof json === 'string') out.push({ field, value: json });
  else if (Array.isArray(json)) for (let i = 0; i < json.length; i++) collectStrings(json[i], `${field}[${i}]`, false, out);
  else if (isObject(json)) {
    for (const k in json) {
      const v = json[k];
      if (top && (NESTED_MEMBERS.has(k) || k === 'runAfter' || k === 'metadata' || k === 'type' || k === 'kind')) continue;
      if (top && k === 'cases' && isObject(v)) {
        for (const ck in v) collectStrings(v[ck]?.case, `cases.${ck}.case`, false, out);
        continue;
      }
      collectStrings(v, field ? `${field}.${k}` : k, false, out);
    }
  }
}

const ITEM_FIELDS = /^inputs\.(where|select)/;
/** A function name where a reference starts. */
const NAME = /[A-Za-z_]\w*/y;

/** A reference's function as the flow writes it (`iterationIndexes`), not canonically lower-cased: for messages. */
function writtenName(value: string, found: { start: number; fn: string }): string {
  NAME.lastIndex = found.start;
  return NAME.exec(value)?.[0] ?? found.fn;
}

/** Every expression parses, calls documented functions with the right arity, and refers to things that exist upstream. */
export const expressions: DefinitionCheck = (model) => {
  const findings: Finding[] = [];
  const parameters = new Set(Object.keys(model.definition.parameters ?? {}));
  const variables = declaredVariables(model);

  const inspect = (path: string, node: ActionNode | undefined, json: unknown, isTrigger: boolean) => {
    let upstream: Set<string> | undefined;
    for (const { field, value } of stringsOf(json)) {
      const add = (message: string) => findings.push({ check: 'expressions', path, field, message });
      let parsed;
      try {
        parsed = parseValue(value);
      } catch (e) {
        if (e instanceof ExpressionError) add(e.message);
        else throw e;
        continue;
      }
      if (parsed.kind === 'literal') continue;
      for (const e of checkCalls(parsed)) add(e.message);
      for (const found of referencesIn(parsed)) {
        const arg = found.arg;
        if (found.kind === 'action') {
          if (arg === undefined) continue;
          if (isTrigger) add(`${writtenName(value, found)}('${arg}'): a trigger cannot refer to actions`);
          else if (!model.byName.has(arg)) add(`${writtenName(value, found)}('${arg}') refers to an action that does not exist`);
          else if (node && !(upstream ??= upstreamNames(node, model)).has(arg)) {
            add(`${writtenName(value, found)}('${arg}') refers to an action that does not run before '${node.name}' (it is not upstream in runAfter terms)`);
          }
        } else if (found.kind === 'loop') {
          // An Until's own `expression` is evaluated inside its loop.
          const self = node && node.json.type === 'Until' && field.startsWith('expression') ? [node] : [];
          const enclosing = node ? [...self, ...ancestors(node)] : [];
          if (found.fn === 'item' && !(enclosing.some((a) => a.json.type === 'Foreach') || (node && ITEM_FIELDS.test(field)))) {
            add('item() is used outside of a loop, Filter array or Select');
          } else if (found.fn !== 'item' && arg !== undefined) {
            const loop = enclosing.find((a) => a.name === arg);
            if (!loop) add(`${writtenName(value, found)}('${arg}') is used outside of the loop '${arg}'`);
            else if (found.fn === 'items' && loop.json.type !== 'Foreach') add(`items('${arg}'): '${arg}' is not a Foreach loop`);
          }
        } else if (found.kind === 'variable' && arg !== undefined && !variables.has(arg.toLowerCase())) {
          add(`variables('${arg}') refers to a variable that no top-level InitializeVariable declares`);
        } else if (found.kind === 'parameter' && arg !== undefined && !parameters.has(arg)) {
          add(`parameters('${arg}') refers to a parameter the definition does not declare`);
        }
      }
    }
  };

  for (const [name, json] of Object.entries(model.triggers)) inspect(`triggers/${name}`, undefined, json, true);
  for (const a of model.actions) inspect(a.path, a, a.json, false);
  return findings;
};
