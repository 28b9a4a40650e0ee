// The option values flows use (src/solution/schema/options.ts) are generated from the same YAML as the schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSolutionConfig } from '../../../src/solution/config';
import { loadSchema } from '../../../src/solution/schema';
import { renderOptionsModule } from '../../../src/solution/schema/options-codegen';
import { OPTIONS_TS } from '../../../src/solution/schema/paths';
import { MicrosoftHelp, MicrosoftHelpByValue, ReferralVisibility, ReferralVisibilityByValue, SolutionType } from '../../../src/solution/schema/options';
import { attr, file, findAll, project, ROOT, root, SCHEMA_YAML } from './helpers';

describe('option values for flows', () => {
  it('options.ts is up to date with dataverse.yaml and the publisher prefix of solution.yaml', () => {
    const { publisher } = loadSolutionConfig(path.join(ROOT, 'solution-template/solution.yaml'));
    expect(publisher.optionValuePrefix).toBe(62018);
    const expected = renderOptionsModule(loadSchema(SCHEMA_YAML, publisher), publisher);
    // Refresh with: npx tsx src/solution/schema/options-codegen.ts
    expect(readFileSync(OPTIONS_TS, 'utf8')).toBe(expected);
  });

  it('keys "How can Microsoft help?" by the seven Partner Center assistanceRequestCode values', () => {
    expect(Object.keys(MicrosoftHelp).sort()).toEqual(
      [
        'Unknown',
        'GeneralOrOther',
        'CustomerTechnicalArchitecture',
        'ProofOfConceptOrDemo',
        'QuotesOrLicensing',
        'PostSalesCustomerSuccess',
        'WorkloadSpecificValueProposition',
      ].sort(),
    );
    expect(MicrosoftHelp.ProofOfConceptOrDemo).toBe(620180003);
    expect(MicrosoftHelpByValue[620180003]).toBe('ProofOfConceptOrDemo');
    for (const [code, value] of Object.entries(MicrosoftHelp)) expect(MicrosoftHelpByValue[value]).toBe(code);
  });

  it('agrees with the option values in the generated option set and columns', () => {
    const c = project();
    const global = findAll(root(file(c, 'OptionSets/cosell_microsofthelp.xml')), 'option').map((o) => Number(attr(o, 'value')));
    expect(global).toEqual(Object.values(MicrosoftHelp));
    const visibility = findAll(root(file(c, 'Entities/Opportunity/Entity.xml')), 'optionset')
      .find((o) => attr(o, 'Name') === 'opportunity_cosell_referralvisibility')!;
    expect(findAll(visibility, 'option').map((o) => Number(attr(o, 'value')))).toEqual([ReferralVisibility.Hidden, ReferralVisibility.Visible]);
    expect(ReferralVisibilityByValue[620180001]).toBe('Visible');
    expect(SolutionType).toEqual({ Partner: 620180000, Microsoft: 620180001 });
  });
});
