import { UPDATE_MESSAGES, dataverseTrigger } from '../facts/dataverse';
import type { LintRule } from '../rule';

const rule: LintRule = {
  meta: {
    id: 'dataverse-trigger-unfiltered',
    severity: 'warning',
    description: 'A Dataverse row trigger that fires on updates (message 3, 4, 6 or 7) has neither filtering attributes nor trigger conditions.',
    why: 'Every save of any column starts a run: wasted API calls and runs, throttling, and loops with flows and plugins that write the table.',
    fix: 'Set filteringAttributes to the columns the flow reacts to, and/or trigger conditions that exclude irrelevant changes.',
  },
  check(flow) {
    const t = dataverseTrigger(flow);
    if (!t || !UPDATE_MESSAGES.has(t.message) || t.filteringAttributes || t.conditions.length) return [];
    return [
      {
        path: `triggers/${t.name}`,
        field: 'inputs.parameters.subscriptionRequest/filteringattributes',
        message: `the trigger on '${t.entity}' fires on every update of any column (message ${t.message}): it has no filtering attributes and no trigger conditions`,
      },
    ];
  },
};
export default rule;
