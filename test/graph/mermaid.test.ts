// `cosell graph`: exact Mermaid for a small flow with each container kind, escaping, and a syntax check.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/compile/definition';
import { mermaidOf } from '../../src/graph/mermaid';
import { escapeLabel } from '../../src/graph/mermaid-text';
import { projectFlow } from '../diff/helpers';
import { mermaidProblems } from './mermaid-check';

const compose = (runAfter: JsonObject = {}) => ({ runAfter, type: 'Compose', inputs: 1 });

/** A small exported-style flow: a scope holding a Foreach, a catch, an If and a Switch. */
const small: JsonObject = {
  triggers: { manual: { type: 'Request', kind: 'Http', inputs: { method: 'POST' } } },
  actions: {
    Init: { runAfter: {}, type: 'InitializeVariable', inputs: { variables: [{ name: 'kind', type: 'string', value: 'a' }] } },
    Try: {
      runAfter: { Init: ['Succeeded'] },
      type: 'Scope',
      actions: {
        Get_items: { runAfter: {}, type: 'Http', inputs: { method: 'GET', uri: 'https://example.com' } },
        Each_item: {
          runAfter: { Get_items: ['Succeeded'] },
          type: 'Foreach',
          foreach: "@body('Get_items')",
          actions: { Append: { runAfter: {}, type: 'AppendToArrayVariable', inputs: { name: 'all', value: '@item()' } } },
        },
      },
    },
    Failed: { runAfter: { Try: ['Failed', 'TimedOut'] }, type: 'Compose', inputs: "@result('Try')" },
    Check: {
      runAfter: { Try: ['Succeeded'] },
      type: 'If',
      expression: { equals: ["@variables('kind')", 'a'] },
      actions: { Yes_step: compose() },
      else: { actions: { No_step: compose() } },
    },
    Route: {
      runAfter: { Check: ['Succeeded'] },
      type: 'Switch',
      expression: "@variables('kind')",
      cases: { Case_a: { case: 'a', actions: { Do_a: compose() } }, Case_2: { case: 2, actions: { Do_2: compose() } } },
      default: { actions: { Otherwise: compose() } },
    },
  },
};

describe('mermaidOf', () => {
  it('draws the trigger, actions, runAfter edges, containers as subgraphs and branches as labelled edges', () => {
    expect(mermaidOf(small)).toBe(
      [
        'flowchart TD',
        '  t_manual(["manual<br/>Request (Http)"])',
        '  a_Init["Init<br/>InitializeVariable"]',
        '  subgraph a_Try ["Try<br/>Scope"]',
        '    a_Get_items["Get items<br/>Http"]',
        '    subgraph a_Each_item ["Each item<br/>Foreach"]',
        '      a_Append["Append<br/>AppendToArrayVariable"]',
        '    end',
        '  end',
        '  a_Failed["Failed<br/>Compose"]',
        '  subgraph a_Check ["Check<br/>If"]',
        '    d_Check{"condition"}',
        '    a_Yes_step["Yes step<br/>Compose"]',
        '    a_No_step["No step<br/>Compose"]',
        '  end',
        '  subgraph a_Route ["Route<br/>Switch"]',
        '    d_Route{"@variables(\'kind\')"}',
        '    a_Do_a["Do a<br/>Compose"]',
        '    a_Do_2["Do 2<br/>Compose"]',
        '    a_Otherwise["Otherwise<br/>Compose"]',
        '  end',
        '  t_manual --> a_Init',
        '  a_Init --> a_Try',
        '  a_Get_items --> a_Each_item',
        '  a_Try -->|"Failed, TimedOut"| a_Failed',
        '  a_Try --> a_Check',
        '  d_Check -->|"yes"| a_Yes_step',
        '  d_Check -->|"else"| a_No_step',
        '  a_Check --> a_Route',
        '  d_Route -->|"a"| a_Do_a',
        '  d_Route -->|"2"| a_Do_2',
        '  d_Route -->|"default"| a_Otherwise',
        '',
      ].join('\n'),
    );
    expect(mermaidProblems(mermaidOf(small))).toEqual([]);
  });

  it('orders actions by runAfter, not by key order (only parallel branches and switch cases keep the JSON order)', () => {
    // Every object's keys reversed, but a Switch's cases.
    const reverse = (v: unknown, key = ''): unknown => {
      if (Array.isArray(v)) return v.map((x) => reverse(x));
      if (!v || typeof v !== 'object') return v;
      const entries = Object.entries(v).map(([k, x]) => [k, reverse(x, k)] as const);
      return Object.fromEntries(key === 'cases' ? entries : entries.reverse());
    };
    const { Failed, ...rest } = small.actions;
    const sequential = { ...small, actions: rest };
    expect(mermaidOf(reverse(sequential) as JsonObject)).toBe(mermaidOf(sequential));
  });

  it('escapes labels and derives safe, stable ids from any action name', () => {
    const name = 'Say "hi" & <b>#1</b>';
    const odd: JsonObject = {
      triggers: {
        'When a row is added': { type: 'OpenApiConnectionWebhook', inputs: { host: { operationId: 'SubscribeWebhookTrigger' } } },
      },
      actions: {
        [name]: compose(),
        'Prüfe-Eingang': compose({ [name]: ['Succeeded'] }),
        end: compose({ 'Prüfe-Eingang': ['Skipped'] }),
        Route: {
          runAfter: { end: ['Succeeded'] },
          type: 'Switch',
          expression: "@triggerBody()?['x']",
          cases: { Case_q: { case: 'say "yes"', actions: { Q: compose() } } },
        },
      },
    };
    const text = mermaidOf(odd);
    expect(escapeLabel(name)).toBe('Say #34;hi#34; #38; #60;b#62;#35;1#60;/b#62;');
    expect(text).toContain(`["${escapeLabel(name)}<br/>Compose"]`);
    expect(text).toContain('(["When a row is added<br/>OpenApiConnectionWebhook · SubscribeWebhookTrigger"])');
    expect(text).toContain('-->|"say #34;yes#34;"| a_Q');
    expect(text).toContain('-->|"Skipped"| a_end');
    const ids = [...text.matchAll(/^\s*(?:subgraph )?(\S+?)(?:\[|\(\[|\{| \[)/gm)].map((m) => m[1]!);
    expect(ids.every((id) => /^[A-Za-z0-9_]+$/.test(id))).toBe(true);
    expect(ids).toContain('a_Pr_fe_Eingang_' + ids.find((id) => id.startsWith('a_Pr_fe_Eingang_'))!.slice(-6));
    expect(mermaidOf(odd)).toBe(text);
    expect(mermaidProblems(text)).toEqual([]);
  });

  it('produces a well-formed chart for the project flow', async () => {
    const doc = await projectFlow('partner-center-to-dynamics.flow.ts');
    const text = mermaidOf(doc.json.properties.definition);
    expect(mermaidProblems(text)).toEqual([]);
    for (const name of ['Answer_Partner_Center', 'Route_by_event', 'Synchronize_the_referral', 'Synchronize_Microsoft_updates'])
      expect(text).toContain(`a_${name}`);
  });
});

describe('mermaidProblems (the check itself)', () => {
  it('catches unbalanced subgraphs, duplicate ids and dangling edges', () => {
    expect(mermaidProblems('flowchart TD\n  subgraph a_X ["X"]\n  a_Y["Y"]\n  a_Y["Y"]\n  a_Y --> a_Z\n')).toEqual([
      'id a_Y declared twice',
      '1 subgraph(s) not closed',
      'edge to undeclared a_Z',
    ]);
    expect(mermaidProblems('flowchart TD\n  a_X["a "quote""]\n')).toEqual(['unrecognised line: a_X["a "quote""]']);
  });
});
