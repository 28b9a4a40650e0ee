import { type ActionNode, ancestors } from '../../compile/definition';
import { stringsOf } from '../../compile/checks/expressions';
import { UPDATE_MESSAGES, dataverseTrigger, dataverseWrites, sameTable } from '../facts/dataverse';
import { guards } from '../facts/guards';
import type { LintRule, RuleFinding } from '../rule';

/** The expressions of the conditions (If, Switch, Until) around an action. */
export const enclosingConditions = (node: ActionNode): string[] =>
  ancestors(node)
    .filter((x) => ['If', 'Switch', 'Until'].includes(x.json.type))
    .flatMap((x) => [...stringsOf({ expression: x.json.expression })].map((s) => s.value));

const rule: LintRule = {
  meta: {
    id: 'self-update-loop',
    severity: 'error',
    description: 'A flow triggered by updates of a Dataverse table updates a row of that table, in columns its trigger watches, with no guard.',
    why: 'Its own update fires the trigger again: the flow runs in a loop until throttled (cloud flows have no 16-deep loop guard).',
    fix: 'Leave the written columns out of filteringAttributes, or guard: a trigger condition on modifiedby (the flow\'s account) or on a column it writes, or an enclosing If comparing the column before writing.',
  },
  check(flow) {
    const t = dataverseTrigger(flow);
    if (!t || !UPDATE_MESSAGES.has(t.message)) return [];
    const out: RuleFinding[] = [];
    for (const w of dataverseWrites(flow)) {
      if (!w.update || !sameTable(w.entitySet, t.entity)) continue;
      const hit = t.filteringAttributes ? w.columns.filter((c) => t.filteringAttributes!.includes(c)) : w.columns;
      if (!hit.length) continue;
      if (guards([...t.conditions, t.filterExpression, ...enclosingConditions(w.node)], w.columns)) continue;
      const watched = t.filteringAttributes ? `its filtering attributes (${hit.join(', ')})` : 'columns (the trigger watches every column)';
      out.push({
        path: w.node.path,
        message: `'${w.node.name}' updates '${w.entitySet}', the table whose updates trigger this flow, in ${watched}, with no guard: each run triggers the next`,
      });
    }
    return out;
  },
};
export default rule;
