import { describe, expect, it } from 'vitest';
import { $ } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('Terminate', () => {
  it('renders a Failed run with its error code and message', () => {
    const c = compile(
      httpFlow('Terminate flow', (f, req) => {
        f.compose('Before', 1);
        f.terminate('Stop', 'Failed', { code: '500', message: $.text`Referral ${req.body.id} failed` });
      }),
    );
    expect(c.actions.Stop).toEqual({
      runAfter: { Before: ['Succeeded'] },
      metadata: c.meta('Stop'),
      type: 'Terminate',
      inputs: { runStatus: 'Failed', runError: { code: '500', message: "Referral @{triggerBody()?['id']} failed" } },
    });
    expect(Object.keys(c.actions.Stop)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(Object.keys(c.actions.Stop.inputs)).toEqual(['runStatus', 'runError']);
  });

  it('renders Succeeded and Cancelled with the status only, and an error with only a message', () => {
    const c = compile(
      httpFlow('Terminate statuses', (f) => {
        f.terminate('Done', 'Succeeded');
        f.terminate('Cancel', 'Cancelled', undefined, { runAfter: [] });
        f.terminate('Fail', 'Failed', { message: 'No referral' }, { runAfter: [] });
      }),
    );
    expect(c.actions.Done.inputs).toEqual({ runStatus: 'Succeeded' });
    expect(c.actions.Cancel).toEqual({
      runAfter: {},
      metadata: c.meta('Cancel'),
      type: 'Terminate',
      inputs: { runStatus: 'Cancelled' },
    });
    expect(c.actions.Fail.inputs).toEqual({ runStatus: 'Failed', runError: { message: 'No referral' } });
  });

  it('an error on a non-Failed termination is a CompileError', () => {
    const f = httpFlow('Terminate bad', (f) => {
      f.scope('Work', (b) => void b.terminate('Stop', 'Succeeded', { code: '200' }));
    });
    expectProblems(f, [{ path: 'Work/Stop', message: 'only a Failed termination carries an error' }]);
  });
});
