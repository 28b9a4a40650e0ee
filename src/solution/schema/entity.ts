// The `<Entity>` of a table: the unpacked Entity.xml (with `<FormXml />`, `<SavedQueries />`, `<RibbonDiffXml />`
// placeholders) and the packed element of customizations.xml (placeholders filled), guide §1 and §3.
import { entityProperties } from './entity-properties';
import { descriptions, localizedCollectionNames, localizedNames } from './labels';
import type { View } from './views';
import { el, textEl, type XmlElement } from './xml';

export interface EntityModel {
  schemaName: string;
  displayName: string;
  /** A system table shipped as a shell (root behaviour 2): `<entity>` holds only `<attributes>`. */
  system: boolean;
  collectionName?: string;
  entitySetName?: string;
  description?: string;
  /** `<attribute>` elements keyed by physical name; sorted case-insensitively here. */
  attributes: Array<[string, XmlElement]>;
  /** Main forms (`<systemform>` elements). */
  forms: Array<{ id: string; node: XmlElement }>;
  views: View[];
  /** The `<RibbonDiffXml>` root, when the table carries one. */
  ribbon?: XmlElement;
  lang: number;
}

/** The element of `Entities/<SchemaName>/Entity.xml` (before the document wrapper). */
export function unpackedEntity(e: EntityModel): XmlElement {
  return el('Entity', {}, nameNode(e), entityInfo(e), el('FormXml'), el('SavedQueries'), el('RibbonDiffXml'));
}

/** The `<Entity>` of the packed customizations.xml: forms, views and ribbon inlined. */
export function packedEntity(e: EntityModel): XmlElement {
  const forms = e.forms.length ? el('FormXml', {}, el('forms', { type: 'main' }, e.forms.map((f) => f.node))) : el('FormXml');
  const views = e.views.length ? el('SavedQueries', {}, el('savedqueries', {}, e.views.map((v) => v.node))) : el('SavedQueries');
  return el('Entity', {}, nameNode(e), entityInfo(e), forms, views, e.ribbon ?? el('RibbonDiffXml'));
}

/** An empty ribbon diff, as a new table exports it ([PNP-ES] RibbonDiff.xml). */
export function emptyRibbonDiff(): XmlElement {
  return el(
    'RibbonDiffXml',
    {},
    el('CustomActions'),
    el('Templates', {}, textEl('RibbonTemplates', '', { Id: 'Mscrm.Templates' })),
    el('CommandDefinitions'),
    el('RuleDefinitions', {}, el('TabDisplayRules'), el('DisplayRules'), el('EnableRules')),
    el('LocLabels'),
  );
}

function nameNode(e: EntityModel): XmlElement {
  return textEl('Name', e.schemaName, { LocalizedName: e.displayName, OriginalName: e.system ? '' : e.displayName });
}

function entityInfo(e: EntityModel): XmlElement {
  const key = (name: string) => name.toLowerCase();
  const attributes = [...e.attributes]
    .sort(([a], [b]) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map(([, node]) => node);
  const attrs = el('attributes', {}, attributes);
  if (e.system) return el('EntityInfo', {}, el('entity', { Name: e.schemaName }, attrs));
  return el(
    'EntityInfo',
    {},
    el(
      'entity',
      { Name: e.schemaName },
      localizedNames(e.displayName, e.lang),
      localizedCollectionNames(e.collectionName!, e.lang),
      descriptions(e.description ?? '', e.lang),
      attrs,
      entityProperties(e.entitySetName!),
    ),
  );
}
