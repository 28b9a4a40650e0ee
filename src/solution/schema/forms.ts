// Main forms (`<systemform>`), written as [PNP-ES]'s main form with [APK]'s sub-grid control (guide §6).
import type { ControlKind } from './model';
import { descriptions, labels, localizedNames } from './labels';
import { el, textEl, type XmlElement } from './xml';

/** Control class ids by bound column kind (guide §6.4, casing as the real forms write them). */
export const CLASS_ID: Record<ControlKind | 'email' | 'datetime' | 'int' | 'subgrid', string> = {
  text: '{4273EDBD-AC1D-40d3-9FB2-095C621B552D}',
  url: '{71716B6C-711E-476c-8AB8-5D11542BFB47}',
  email: '{ADA2203E-B4CD-49be-9DDF-234642B43B52}',
  memo: '{E0DECE4B-6FC8-4a8f-A065-082708572369}',
  lookup: '{270BD3DB-D9AF-4782-9025-509E298DEC0A}',
  choice: '{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}',
  multichoice: '{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}',
  boolean: '{67FAC785-CD58-4f9f-ABB3-4B7DDC6ED5ED}',
  datetime: '{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}',
  int: '{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}',
  subgrid: '{E7A81278-8635-4D9E-8D4D-59480B391C5B}',
};

export interface FieldCell {
  kind: 'field';
  id: string;
  column: string;
  label: string;
  classId: string;
  readOnly: boolean;
}

export interface SubgridCell {
  kind: 'subgrid';
  id: string;
  name: string;
  label: string;
  /** Logical name of the related table. */
  targetTable: string;
  relationship: string;
  viewId: string;
}

export interface FormModel {
  id: string;
  name: string;
  description: string;
  lang: number;
  tabs: Array<{
    id: string;
    label: string;
    sections: Array<{ id: string; label: string; showLabel: boolean; cells: Array<FieldCell | SubgridCell> }>;
  }>;
}

/** The `<systemform>` element (unpacked: inside `<forms>`; packed: inside `<forms type="main">`). */
export function systemFormNode(f: FormModel): XmlElement {
  return el(
    'systemform',
    {},
    textEl('formid', f.id),
    textEl('IntroducedVersion', '1.0'),
    textEl('FormPresentation', 1),
    textEl('FormActivationState', 1),
    el('form', {}, el('tabs', {}, f.tabs.map((t) => tabNode(t, f.lang)))),
    textEl('IsCustomizable', 1),
    textEl('CanBeDeleted', 1),
    localizedNames(f.name, f.lang),
    descriptions(f.description, f.lang),
  );
}

function tabNode(t: FormModel['tabs'][number], lang: number): XmlElement {
  const sections = t.sections.map((s) =>
    el(
      'section',
      { showlabel: s.showLabel ? 'true' : 'false', showbar: 'false', IsUserDefined: 0, id: s.id },
      labels(s.label, lang),
      el('rows', {}, s.cells.map((c) => el('row', {}, cellNode(c, lang)))),
    ),
  );
  return el(
    'tab',
    { verticallayout: 'true', id: t.id, IsUserDefined: 1 },
    labels(t.label, lang),
    el('columns', {}, el('column', { width: '100%' }, el('sections', {}, sections))),
  );
}

function cellNode(c: FieldCell | SubgridCell, lang: number): XmlElement {
  if (c.kind === 'field') {
    return el(
      'cell',
      { id: c.id },
      labels(c.label, lang),
      el('control', {
        id: c.column,
        classid: c.classId,
        datafieldname: c.column,
        disabled: c.readOnly ? 'true' : undefined,
      }),
    );
  }
  return el(
    'cell',
    { id: c.id, locklevel: 0, colspan: 1, rowspan: 1 },
    labels(c.label, lang),
    el(
      'control',
      { id: c.name, classid: CLASS_ID.subgrid, indicationOfSubgrid: 'true' },
      el(
        'parameters',
        {},
        textEl('TargetEntityType', c.targetTable),
        textEl('RelationshipName', c.relationship),
        textEl('ViewId', c.viewId),
        textEl('ViewIds', c.viewId),
        textEl('EnableViewPicker', 'false'),
      ),
    ),
  );
}
