// Choices: global option sets (OptionSets/<name>.xml, [PRD] cttech_fund) and the inline option sets of
// local choice and Yes/No columns ([PNP-ES] sha_Department, sha_FeesPaid).
import type { GlobalChoiceDef, OptionDef } from './model';
import { descriptions, displayNames, labels } from './labels';
import { el, textEl, type XmlElement } from './xml';

export interface ResolvedOption {
  code: string;
  value: number;
  label: string;
  description: string;
}

/** Option value = publisher option value prefix × 10000 + index (e.g. 62018 → 620180000, 620180001, …). */
export function optionValue(optionValuePrefix: number, index: number): number {
  return optionValuePrefix * 10000 + index;
}

export function resolveOptions(options: readonly OptionDef[], optionValuePrefix: number): ResolvedOption[] {
  return options.map((o) => ({
    code: o.code,
    value: optionValue(optionValuePrefix, o.index),
    label: o.label,
    description: o.description ?? '',
  }));
}

/** A global choice: the root of `OptionSets/<name>.xml` and an item of `<optionsets>` (identical element). */
export function globalOptionSetNode(
  choice: GlobalChoiceDef,
  optionValuePrefix: number,
  version: string,
  lang: number,
): XmlElement {
  return el(
    'optionset',
    { Name: choice.name, localizedName: choice.displayName },
    textEl('OptionSetType', 'picklist'),
    textEl('IsGlobal', 1),
    textEl('IntroducedVersion', version),
    textEl('IsCustomizable', 1),
    textEl('ExternalTypeName', ''),
    displayNames(choice.displayName, lang),
    descriptions(choice.description ?? '', lang),
    el(
      'options',
      {},
      resolveOptions(choice.options, optionValuePrefix).map((o) =>
        el(
          'option',
          { value: o.value, ExternalValue: '', IsHidden: 0 },
          labels(o.label, lang),
          descriptions(o.description, lang),
        ),
      ),
    ),
  );
}

/** The inline `<optionset>` of a local choice column, named `<table>_<column>` (logical names). */
export function localPicklistNode(
  name: string,
  displayName: string,
  options: readonly ResolvedOption[],
  version: string,
  lang: number,
): XmlElement {
  return el(
    'optionset',
    { Name: name },
    ...inlineHeader('picklist', displayName, version, lang),
    el(
      'options',
      {},
      options.map((o) =>
        el('option', { value: o.value, ExternalValue: '' }, labels(o.label, lang), descriptions(o.description, lang)),
      ),
    ),
  );
}

/** The inline `<optionset>` of a Yes/No column: value 1 (true label) then 0 (false label). */
export function bitOptionSetNode(
  name: string,
  displayName: string,
  trueLabel: string,
  falseLabel: string,
  version: string,
  lang: number,
): XmlElement {
  return el(
    'optionset',
    { Name: name },
    ...inlineHeader('bit', displayName, version, lang),
    el(
      'options',
      {},
      el('option', { value: 1, ExternalValue: '' }, labels(trueLabel, lang)),
      el('option', { value: 0, ExternalValue: '' }, labels(falseLabel, lang)),
    ),
  );
}

function inlineHeader(type: string, displayName: string, version: string, lang: number): XmlElement[] {
  return [
    textEl('OptionSetType', type),
    textEl('IntroducedVersion', version),
    textEl('IsCustomizable', 1),
    textEl('ExternalTypeName', ''),
    displayNames(displayName, lang),
    descriptions('', lang),
  ];
}
