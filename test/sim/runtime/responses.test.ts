// Response: the run's answer to its caller.
import { describe, expect, it } from 'vitest';
import { Simulator } from '../../../src/sim/runtime';
import { action, compose, runOnce, workflow } from './helpers';

describe('Response', () => {
  it('records status, headers and body as the run’s response', async () => {
    const { run } = await runOnce(
      { Answer: { type: 'Response', kind: 'Http', inputs: { statusCode: "@triggerBody()?['code']", headers: { 'x-n': 1 }, body: { ok: true } }, runAfter: {} } },
      { code: 201 },
    );
    expect(run.response).toEqual({ statusCode: 201, headers: { 'x-n': '1' }, body: { ok: true } });
    expect(action(run, 'Answer').outputs).toEqual(run.response);
  });

  it('answers only once: a second Response fails', async () => {
    const { run } = await runOnce({
      First: { type: 'Response', inputs: { statusCode: 200 }, runAfter: {} },
      Second: { type: 'Response', inputs: { statusCode: 500 }, runAfter: { First: ['Succeeded'] } },
    });
    expect(run.response?.statusCode).toBe(200);
    expect(action(run, 'Second')).toMatchObject({ status: 'Failed', error: { code: 'ResponseAlreadySent' } });
  });

  it('a caller gets the response as soon as it is sent, while the run goes on', async () => {
    const sim = new Simulator();
    sim.load(
      workflow({
        Answer: { type: 'Response', inputs: { statusCode: 202, body: 'accepted' }, runAfter: {} },
        Later: { type: 'Wait', inputs: { interval: { count: 1, unit: 'Hour' } }, runAfter: { Answer: ['Succeeded'] } },
      }),
      { name: 'Test' },
    );
    const invocation = sim.invoke('Test', { body: {} });
    const response = await invocation.response;
    expect(response).toEqual({ statusCode: 202, headers: {}, body: 'accepted' });
    const run = (await invocation.run)!;
    expect(action(run, 'Later').status).toBe('Succeeded');
  });

  it('a flow whose Response is skipped answers 502 NoResponse; one without a Response answers 202', async () => {
    const sim = new Simulator();
    sim.load(workflow({ Boom: compose('@div(1, 0)'), Answer: { type: 'Response', inputs: { statusCode: 200 }, runAfter: { Boom: ['Succeeded'] } } }), { name: 'Skips' });
    sim.load(workflow({ Only: compose(1) }), { name: 'Silent' });
    expect((await sim.invoke('Skips').response).statusCode).toBe(502);
    expect((await sim.invoke('Silent').response).statusCode).toBe(202);
    await sim.idle();
  });
});
