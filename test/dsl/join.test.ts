import { describe, expect, it } from 'vitest';
import { compile, httpFlow } from './helpers';

describe('Join', () => {
  it('renders from and joinWith, and its output is the body', () => {
    const c = compile(
      httpFlow('Join flow', (f, req) => {
        const names = f.select('Names', req.body.items, (item) => item.name);
        const joined = f.join('Joined names', names.body, ', ');
        f.compose('Message', joined.output);
      }),
    );
    expect(c.actions.Joined_names).toEqual({
      runAfter: { Names: ['Succeeded'] },
      metadata: c.meta('Joined_names'),
      type: 'Join',
      inputs: { from: "@body('Names')", joinWith: ', ' },
    });
    expect(Object.keys(c.actions.Joined_names)).toEqual(['runAfter', 'metadata', 'type', 'inputs']);
    expect(c.actions.Message.inputs).toBe("@body('Joined_names')");
  });

  it('joins a literal array with a separator that looks like an expression, escaped', () => {
    const c = compile(httpFlow('Join literal', (f) => void f.join('Joined', ['a', 'b'], '@;')));
    expect(c.actions.Joined.inputs).toEqual({ from: ['a', 'b'], joinWith: '@@;' });
  });
});
