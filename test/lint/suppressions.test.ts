// Inline suppressions: the directive syntax, what a directive covers, and how suppressed findings are reported.
import { describe, expect, it } from 'vitest';
import { lintWorkflows, parseDirectives } from '../../src/lint';
import { covers } from '../../src/lint/suppressions';
import { clone, inlineFlow, lintFixture, readFixture } from './helpers';

describe('cosell-lint-disable directives', () => {
  it('parse rule ids and the reason after the colon, several per description', () => {
    const text = 'Creates the order.\ncosell-lint-disable external-call-no-retry, external-call-no-error-path: not idempotent\ncosell-lint-disable secret-literal';
    expect(parseDirectives(text, 'Call')).toEqual([
      { path: 'Call', rules: ['external-call-no-retry', 'external-call-no-error-path'], reason: 'not idempotent', text: 'cosell-lint-disable external-call-no-retry, external-call-no-error-path: not idempotent' },
      { path: 'Call', rules: ['secret-literal'], reason: '', text: 'cosell-lint-disable secret-literal' },
    ]);
    expect(parseDirectives('cosell-lint-disable because I said so', 'X')[0]!.rules).toEqual([]);
    expect(parseDirectives('no directive here', 'X')).toEqual([]);
  });

  it("cover their own action; the trigger's also covers the trigger and flow-level findings", () => {
    const [onAction] = parseDirectives('cosell-lint-disable a: why not', 'Try/Call');
    const [onTrigger] = parseDirectives('cosell-lint-disable a: why not', 'triggers/manual');
    expect([covers(onAction!, 'Try/Call'), covers(onAction!, 'Try'), covers(onAction!, 'Try/Call/Inner')]).toEqual([true, false, false]);
    expect(['triggers/manual', 'connectionReferences/x', 'parameters/p', undefined, 'Call'].map((p) => covers(onTrigger!, p))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('suppressed findings', () => {
  it('stay in the output, marked with the reason, and no longer count', async () => {
    const findings = await lintFixture('suppression', 'good');
    const retry = findings.filter((f) => f.rule === 'external-call-no-retry');
    expect(retry).toHaveLength(1);
    expect(retry[0]!.suppressed).toEqual({ reason: 'the endpoint is not idempotent, a retry would create a second order' });
    expect(findings.filter((f) => f.rule === 'suppression')).toEqual([]);
  });

  it('a directive without a reason suppresses nothing', async () => {
    const findings = await lintFixture('suppression', 'bad');
    const retry = findings.find((f) => f.rule === 'external-call-no-retry' && f.path === 'Call_once');
    expect(retry).toBeDefined();
    expect(retry!.suppressed).toBeUndefined();
  });

  it("a directive in the trigger's description suppresses a connection-reference finding", async () => {
    const [flow] = await readFixture('embedded-connection', 'bad');
    const json = clone({ properties: flow!.properties });
    json.properties.definition.triggers.manual.description =
      'cosell-lint-disable embedded-connection: the run-only user must use their own connections (the flow reads their mailbox)';
    const findings = lintWorkflows([inlineFlow('f', json)]).filter((f) => f.rule === 'embedded-connection');
    const byPath = Object.fromEntries(findings.map((f) => [f.path, Boolean(f.suppressed)]));
    // Flow-level findings are covered; the action's ($connections on Query_sql) is not.
    expect(byPath).toEqual({ 'connectionReferences/shared_commondataserviceforapps': true, 'connectionReferences/shared_office365': true, Query_sql: false });
  });
});
