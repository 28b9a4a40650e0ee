// Invalid dataverse.yaml: every error names the YAML line (and column) and the field.
import { describe, expect, it } from 'vitest';
import { parseSchema, type Publisher, SchemaError, type SchemaIssue } from '../../../src/solution/schema';
import { PUBLISHER } from './helpers';

const VALID = `introducedVersion: 1.0.0.0
choices:
  - name: cosell_help
    displayName: Help
    options:
      - { code: A, index: 0, label: A }
tables:
  - schemaName: Opportunity
    displayName: Opportunity
    system: true
    columns:
      - schemaName: cosell_Flag
        type: boolean
        displayName: Flag
      - schemaName: cosell_Help
        type: multichoice
        globalChoice: cosell_help
        displayName: Help
forms:
  - table: Opportunity
    name: Partner Center
    tabs:
      - label: Tab
        sections:
          - label: Section
            fields:
              - column: cosell_flag
`;

function issues(yaml: string, publisher: Publisher = PUBLISHER): SchemaIssue[] {
  try {
    parseSchema(yaml, 'dataverse.yaml', publisher);
  } catch (e) {
    if (e instanceof SchemaError) return e.issues;
    throw e;
  }
  throw new Error('expected a SchemaError');
}

const brief = (list: SchemaIssue[]) => list.map((i) => `${i.line}:${i.column} ${i.field}: ${i.message}`);

describe('dataverse.yaml errors', () => {
  it('accepts the valid baseline and applies defaults', () => {
    const s = parseSchema(VALID, 'dataverse.yaml', PUBLISHER);
    expect(s.languageCode).toBe(1033);
    expect(s.tables[0]!.columns.map((c) => c.type)).toEqual(['boolean', 'multichoice']);
  });

  it('reports YAML syntax errors with their line', () => {
    const duplicate = issues(VALID.replace('        displayName: Flag', '        displayName: Flag\n        displayName: Again'));
    expect(duplicate).toEqual([{ line: 15, column: 9, field: '', message: expect.stringMatching(/unique/) }]);
    const unclosed = issues(VALID.replace('displayName: Flag', 'displayName: [Flag'));
    expect(unclosed[0]).toMatchObject({ line: 15, field: '' });
  });

  it('locates a wrong value type at the value, named by its path', () => {
    const yaml = VALID.replace('        displayName: Flag', '        displayName: Flag\n        default: maybe');
    expect(brief(issues(yaml))).toEqual(['15:18 tables[0].columns[0].default: must be boolean']);
  });

  it('locates an unknown field at its key', () => {
    const yaml = VALID.replace('    system: true', '    system: true\n    colour: blue');
    expect(brief(issues(yaml))).toEqual(['11:5 tables[0].colour: is not a known field']);
  });

  it('reports a missing field at the object that lacks it', () => {
    const yaml = VALID.replace('      - schemaName: cosell_Flag\n        type: boolean\n        displayName: Flag\n', '      - schemaName: cosell_Flag\n        type: text\n        displayName: Flag\n');
    expect(brief(issues(yaml))).toEqual(['12:9 tables[0].columns[0].maxLength: is required']);
  });

  it('names the allowed column types when the type is unknown', () => {
    const yaml = VALID.replace('type: boolean', 'type: bool');
    expect(brief(issues(yaml))).toEqual(['13:15 tables[0].columns[0].type: must be one of: boolean, text, memo, choice, multichoice, lookup']);
  });

  it('checks references: global choices, publisher prefix, option indexes, form columns', () => {
    const yaml = VALID.replace('globalChoice: cosell_help', 'globalChoice: cosell_nope')
      .replace('- schemaName: cosell_Flag', '- schemaName: new_Flag')
      .replace('      - { code: A, index: 0, label: A }', '      - { code: A, index: 0, label: A }\n      - { code: B, index: 0, label: B }')
      .replace('- column: cosell_flag', '- column: cosell_other');
    expect(brief(issues(yaml))).toEqual([
      '7:27 choices[0].options[1].index: duplicate option index 0',
      "13:21 tables[0].columns[0].schemaName: must start with the publisher prefix 'cosell_'",
      "18:23 tables[0].columns[1].globalChoice: unknown global choice 'cosell_nope'",
      "28:25 forms[0].tabs[0].sections[0].fields[0].column: 'cosell_other' is not a column declared here: give its 'control' and 'label'",
    ]);
  });

  it('requires the custom-table fields and a known lookup target', () => {
    const yaml = `${VALID.split('forms:')[0]}  - schemaName: cosell_Thing
    displayName: Thing
    columns:
      - { schemaName: cosell_Owner, type: lookup, target: Account, displayName: Owner }
`;
    expect(brief(issues(yaml))).toEqual([
      "19:5 tables[1]: 'primaryName' is required for a custom table",
      "19:5 tables[1]: 'collectionName' is required for a custom table",
      "19:5 tables[1]: 'entitySetName' is required for a custom table",
      "22:59 tables[1].columns[0].target: unknown table 'Account'",
    ]);
  });

  it('formats the error message as file:line:column: field: message', () => {
    try {
      parseSchema(VALID.replace('type: boolean', 'type: bool'), 'solution-template/schema/dataverse.yaml', PUBLISHER);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(
        'solution-template/schema/dataverse.yaml:13:15: tables[0].columns[0].type: must be one of: boolean, text, memo, choice, multichoice, lookup',
      );
    }
  });

  it('rejects a publisher option value prefix outside 10000-99999', () => {
    expect(brief(issues(VALID, { prefix: 'cosell', optionValuePrefix: 620 }))).toEqual([
      'undefined:undefined publisher.optionValuePrefix: must be an integer from 10000 to 99999',
    ]);
  });
});
