// Compose, Query, Select, Join and ParseJson on small hand-written workflows.
import { describe, expect, it } from 'vitest';
import { action, compose, runOnce } from './helpers';

describe('Compose', () => {
  it('outputs its evaluated inputs, objects and expressions alike', async () => {
    const { run } = await runOnce(
      {
        Sum: compose('@add(triggerBody()?[\'n\'], 1)'),
        Shape: compose({ total: "@outputs('Sum')", label: "n=@{outputs('Sum')}" }, { Sum: ['Succeeded'] }),
      },
      { n: 41 },
    );
    expect(run.status).toBe('Succeeded');
    expect(action(run, 'Sum').outputs).toBe(42);
    expect(action(run, 'Shape').outputs).toEqual({ total: 42, label: 'n=42' });
  });

  it('fails with InvalidTemplate when an expression fails', async () => {
    const { run } = await runOnce({ Bad: compose("@int('x')") });
    const bad = action(run, 'Bad');
    expect(bad.status).toBe('Failed');
    expect(bad.error?.code).toBe('InvalidTemplate');
    expect(bad.error?.message).toMatch(/^Unable to process template language expressions in action 'Bad' inputs/);
    expect(run.status).toBe('Failed');
  });
});

describe('Query, Select, Join', () => {
  const people = [
    { name: 'Ada', age: 36 },
    { name: 'Alan', age: 41 },
    { name: 'Grace', age: 85 },
  ];

  it('Query keeps the items whose where is true', async () => {
    const { run } = await runOnce(
      { Old: { type: 'Query', inputs: { from: "@triggerBody()?['people']", where: "@greater(item()?['age'], 40)" }, runAfter: {} } },
      { people },
    );
    expect(action(run, 'Old').outputs).toEqual({ body: [people[1], people[2]] });
  });

  it('Select maps items through its template, Join joins text', async () => {
    const { run } = await runOnce(
      {
        Names: { type: 'Select', inputs: { from: "@triggerBody()?['people']", select: { who: "@toUpper(item()?['name'])" } }, runAfter: {} },
        Plain: { type: 'Select', inputs: { from: "@triggerBody()?['people']", select: "@item()?['name']" }, runAfter: {} },
        Joined: { type: 'Join', inputs: { from: "@body('Plain')", joinWith: ', ' }, runAfter: { Plain: ['Succeeded'] } },
      },
      { people },
    );
    expect(action(run, 'Names').outputs).toEqual({ body: [{ who: 'ADA' }, { who: 'ALAN' }, { who: 'GRACE' }] });
    expect(action(run, 'Joined').outputs).toEqual({ body: 'Ada, Alan, Grace' });
  });

  it('fails when from is not an array', async () => {
    const { run } = await runOnce({ Q: { type: 'Query', inputs: { from: "@triggerBody()", where: '@true' }, runAfter: {} } }, { a: 1 });
    expect(action(run, 'Q').status).toBe('Failed');
    expect(action(run, 'Q').error?.message).toMatch(/'from' property value in the 'query' action inputs is of type 'Object'/);
  });
});

describe('ParseJson', () => {
  const schema = {
    type: 'object',
    properties: { id: { type: 'string' }, count: { type: 'integer' } },
    required: ['id'],
  };
  const parse = (content: unknown) => ({ P: { type: 'ParseJson', inputs: { content, schema }, runAfter: {} } });

  it('parses text content and exposes body', async () => {
    const { run } = await runOnce({ ...parse('{"id": "a", "count": 2}'), Use: compose("@body('P')?['count']", { P: ['Succeeded'] }) });
    expect(action(run, 'P').outputs).toEqual({ body: { id: 'a', count: 2 } });
    expect(action(run, 'Use').outputs).toBe(2);
  });

  it('fails with ValidationFailed when the content does not match the schema', async () => {
    const { run } = await runOnce(parse('@triggerBody()'), { count: 'two' });
    const p = action(run, 'P');
    expect(p.status).toBe('Failed');
    expect(p.error).toEqual({ code: 'ValidationFailed', message: 'The schema validation failed.' });
    const errors = (p.outputs as { errors: Array<{ errorType: string }> }).errors.map((e) => e.errorType).sort();
    expect(errors).toEqual(['required', 'type']);
  });

  it('fails on content that is not JSON', async () => {
    const { run } = await runOnce(parse('{not json'));
    expect(action(run, 'P').error?.code).toBe('InvalidJSON');
  });
});
