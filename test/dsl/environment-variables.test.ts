import { describe, expect, it } from 'vitest';
import { $, env } from '../../src/dsl';
import { compile, expectProblems, httpFlow } from './helpers';

describe('environment variables', () => {
  it('are read as parameters named "Display (schema)" and declared with metadata.schemaName', () => {
    const c = compile(
      httpFlow('Env flow', (f) => {
        f.compose('Column', env.string('cosell_dealvaluecolumn'));
        f.compose('Text', $.text`column ${env.string('cosell_dealvaluecolumn')}`);
        f.compose('Flag', $.equals(env.boolean('cosell_showcheckmark'), true));
        f.compose('Sizes', { page: env.number('cosell_pagesize'), probability: env.number('cosell_probability') });
        f.compose('Mapping', env.json<{ a: number }>('cosell_mapping').a);
      }),
    );
    expect(c.actions.Column.inputs).toBe("@parameters('Deal Value Column (cosell_dealvaluecolumn)')");
    expect(c.actions.Text.inputs).toBe("column @{parameters('Deal Value Column (cosell_dealvaluecolumn)')}");
    expect(c.actions.Flag.inputs).toBe("@equals(parameters('Show Checkmark (cosell_showcheckmark)'), true)");
    expect(c.actions.Sizes.inputs).toEqual({
      page: "@parameters('Page Size (cosell_pagesize)')",
      probability: "@parameters('Probability (cosell_probability)')",
    });
    expect(c.actions.Mapping.inputs).toBe("@parameters('Mapping (cosell_mapping)')?['a']");
    expect(c.definition.parameters).toEqual({
      $authentication: { defaultValue: {}, type: 'SecureObject' },
      'Deal Value Column (cosell_dealvaluecolumn)': {
        defaultValue: 'estimatedvalue',
        type: 'String',
        metadata: {
          schemaName: 'cosell_dealvaluecolumn',
          description: 'Logical name of the opportunity column that holds the deal value.',
        },
      },
      'Mapping (cosell_mapping)': {
        defaultValue: { a: 1 },
        type: 'Object',
        metadata: { schemaName: 'cosell_mapping' },
      },
      'Page Size (cosell_pagesize)': { defaultValue: 50, type: 'Int', metadata: { schemaName: 'cosell_pagesize' } },
      'Probability (cosell_probability)': {
        defaultValue: 0.25,
        type: 'Float',
        metadata: { schemaName: 'cosell_probability' },
      },
      'Show Checkmark (cosell_showcheckmark)': {
        defaultValue: true,
        type: 'Bool',
        metadata: { schemaName: 'cosell_showcheckmark' },
      },
    });
    // $connections/$authentication first, then the environment variables sorted by parameter name.
    expect(Object.keys(c.definition.parameters)).toEqual([
      '$authentication',
      'Deal Value Column (cosell_dealvaluecolumn)',
      'Mapping (cosell_mapping)',
      'Page Size (cosell_pagesize)',
      'Probability (cosell_probability)',
      'Show Checkmark (cosell_showcheckmark)',
    ]);
    expect(Object.keys(c.definition.parameters['Deal Value Column (cosell_dealvaluecolumn)'])).toEqual([
      'defaultValue',
      'type',
      'metadata',
    ]);
  });

  it('declares only the environment variables the flow reads, after $connections when connectors are used', () => {
    const c = compile(
      httpFlow('Env with connector', (f) => {
        f.dataverse.deleteRow(
          'Delete',
          { logicalName: 'account', setName: 'accounts', primaryId: 'accountid' },
          env.string('cosell_dealvaluecolumn'),
        );
      }),
    );
    expect(Object.keys(c.definition.parameters)).toEqual([
      '$connections',
      '$authentication',
      'Deal Value Column (cosell_dealvaluecolumn)',
    ]);
  });

  it('reading a variable with another type than solution.yaml declares is a CompileError', () => {
    const f = httpFlow('Env type mismatch', (f) => {
      f.compose('Before', 1);
      f.compose('Column', env.number('cosell_dealvaluecolumn'));
    });
    expectProblems(f, [
      {
        path: 'Column',
        message:
          "environment variable 'cosell_dealvaluecolumn' is String in solution.yaml but read as Number in flow code",
      },
    ]);
  });

  it('reading an undeclared variable is a CompileError', () => {
    const f = httpFlow(
      'Env undeclared',
      (f) => void f.compose('Missing', $.text`x ${env.string('cosell_nosuchvariable')}`),
    );
    expectProblems(f, [
      { path: 'Missing', message: "environment variable 'cosell_nosuchvariable' is not declared in solution.yaml" },
    ]);
  });
});
