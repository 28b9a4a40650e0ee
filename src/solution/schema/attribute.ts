// The `<attribute>` element: the fixed common sequence every exported column has (guide §4.1), with the
// type-specific tail (§4.2) between `IsLocalizable` and `displaynames`.
import { descriptions, displayNames } from './labels';
import { el, textEl, type XmlElement } from './xml';

const VALID_FOR_FORM = 'ValidForAdvancedFind|ValidForForm|ValidForGrid';

export interface AttributeSpec {
  physicalName: string;
  type: string;
  requiredLevel: 'none' | 'recommended' | 'required' | 'systemrequired';
  /** Omitted for the few system columns that have none (OwningTeam, OwningUser, time-zone columns). */
  displayMask?: string;
  /** Omitted for lookups (2025 exports) — `auto` otherwise. */
  imeMode?: string;
  validForUpdate: boolean;
  validForCreate: boolean;
  isCustomField: boolean;
  audit: boolean;
  isLogical?: boolean;
  introducedVersion: string;
  canModifyRequirementLevel?: boolean;
  searchable?: boolean;
  filterable?: boolean;
  retrievable?: boolean;
  tail: XmlElement[];
  displayName: string;
  description: string;
  lang: number;
}

export const DEFAULT_DISPLAY_MASK = VALID_FOR_FORM;

const bit = (b: boolean | undefined) => (b ? 1 : 0);

export function attributeNode(a: AttributeSpec): XmlElement {
  const logical = a.physicalName.toLowerCase();
  return el(
    'attribute',
    { PhysicalName: a.physicalName },
    textEl('Type', a.type),
    textEl('Name', logical),
    textEl('LogicalName', logical),
    textEl('RequiredLevel', a.requiredLevel),
    a.displayMask !== undefined && textEl('DisplayMask', a.displayMask),
    a.imeMode !== undefined && textEl('ImeMode', a.imeMode),
    textEl('ValidForUpdateApi', bit(a.validForUpdate)),
    textEl('ValidForReadApi', 1),
    textEl('ValidForCreateApi', bit(a.validForCreate)),
    textEl('IsCustomField', bit(a.isCustomField)),
    textEl('IsAuditEnabled', bit(a.audit)),
    a.isLogical && textEl('IsLogical', 1),
    textEl('IsSecured', 0),
    textEl('IntroducedVersion', a.introducedVersion),
    textEl('IsCustomizable', 1),
    textEl('IsRenameable', 1),
    textEl('CanModifySearchSettings', 1),
    textEl('CanModifyRequirementLevelSettings', a.canModifyRequirementLevel === false ? 0 : 1),
    textEl('CanModifyAdditionalSettings', 1),
    textEl('SourceType', 0),
    textEl('IsGlobalFilterEnabled', 0),
    textEl('IsSortableEnabled', 0),
    textEl('CanModifyGlobalFilterSettings', 1),
    textEl('CanModifyIsSortableSettings', 1),
    textEl('IsDataSourceSecret', 0),
    textEl('AutoNumberFormat', ''),
    textEl('IsSearchable', bit(a.searchable)),
    textEl('IsFilterable', bit(a.filterable)),
    textEl('IsRetrievable', bit(a.retrievable)),
    textEl('IsLocalizable', 0),
    a.tail,
    displayNames(a.displayName, a.lang),
    descriptions(a.description, a.lang),
  );
}

/** `<LookupStyle>single</LookupStyle><LookupTypes />`: the target comes from the relationship, not the column. */
export const lookupTail = (): XmlElement[] => [textEl('LookupStyle', 'single'), el('LookupTypes')];
