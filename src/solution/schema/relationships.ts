// 1:N relationships: the one behind each custom lookup ([PRD] cttech_SiteLocation.xml) and the six system
// relationships of a new user-owned table ([PNP-ES] Other/Relationships/*.xml). Each is stored in the file of
// its referenced table; Other/Relationships.xml lists all names, which is also their packed order.
import type { CascadeType, LookupColumn } from './model';
import { descriptions } from './labels';
import { el, textEl, type XmlElement } from './xml';

export interface Relationship {
  name: string;
  /** Schema names (casing as in `<Name>`): the table holding the lookup, and the lookup's target. */
  referencing: string;
  referenced: string;
  /** Physical name of the lookup column. */
  attribute: string;
  /** A custom lookup (full definition with navigation roles) or a system relationship of a new table. */
  custom: boolean;
  cascadeDelete: CascadeType;
  cascadeArchive: CascadeType;
  version: string;
  description: string;
}

/** `<prefix>_<referencing>_<Lookup>_<referenced>`, the maker-portal name ([PRD], [FT-VI]). */
export function defaultRelationshipName(prefix: string, referencing: string, lookup: string, referenced: string): string {
  const strip = (s: string) => (s.startsWith(`${prefix}_`) ? s.slice(prefix.length + 1) : s);
  return `${prefix}_${strip(referencing.toLowerCase())}_${strip(lookup)}_${referenced.toLowerCase()}`;
}

/** The relationship name of a lookup column: its own, or the maker-portal default. */
export function lookupRelationshipName(prefix: string, tableSchemaName: string, col: LookupColumn): string {
  return col.relationship?.name ?? defaultRelationshipName(prefix, tableSchemaName, col.schemaName, col.target);
}

/** The six relationships Dataverse creates for a user-owned custom table. */
export function systemRelationships(tableSchemaName: string): Relationship[] {
  const t = tableSchemaName.toLowerCase();
  const rel = (name: string, referenced: string, attribute: string, description: string): Relationship => ({
    name,
    referencing: tableSchemaName,
    referenced,
    attribute,
    custom: false,
    cascadeDelete: 'NoCascade',
    cascadeArchive: 'NoCascade',
    version: '1.0',
    description,
  });
  return [
    rel(`business_unit_${t}`, 'BusinessUnit', 'OwningBusinessUnit', 'Unique identifier for the business unit that owns the record'),
    rel(`lk_${t}_createdby`, 'SystemUser', 'CreatedBy', 'Unique identifier of the user who created the record.'),
    rel(`lk_${t}_modifiedby`, 'SystemUser', 'ModifiedBy', 'Unique identifier of the user who modified the record.'),
    rel(`owner_${t}`, 'Owner', 'OwnerId', 'Owner Id'),
    rel(`team_${t}`, 'Team', 'OwningTeam', 'Unique identifier for the team that owns the record.'),
    rel(`user_${t}`, 'SystemUser', 'OwningUser', 'Unique identifier for the user that owns the record.'),
  ];
}

export function relationshipNode(r: Relationship, lang: number): XmlElement {
  return el(
    'EntityRelationship',
    { Name: r.name },
    textEl('EntityRelationshipType', 'OneToMany'),
    textEl('IsCustomizable', 1),
    textEl('IntroducedVersion', r.version),
    textEl('IsHierarchical', 0),
    textEl('ReferencingEntityName', r.referencing),
    textEl('ReferencedEntityName', r.referenced),
    textEl('CascadeAssign', 'NoCascade'),
    textEl('CascadeDelete', r.cascadeDelete),
    textEl('CascadeArchive', r.cascadeArchive),
    textEl('CascadeReparent', 'NoCascade'),
    textEl('CascadeShare', 'NoCascade'),
    textEl('CascadeUnshare', 'NoCascade'),
    r.custom && [textEl('CascadeRollupView', 'NoCascade'), textEl('IsValidForAdvancedFind', 1)],
    textEl('ReferencingAttributeName', r.attribute),
    el('RelationshipDescription', {}, descriptions(r.description, lang)),
    r.custom &&
      el(
        'EntityRelationshipRoles',
        {},
        el(
          'EntityRelationshipRole',
          {},
          textEl('NavPaneDisplayOption', 'UseCollectionName'),
          textEl('NavPaneArea', 'Details'),
          textEl('NavPaneOrder', 10000),
          textEl('NavigationPropertyName', r.attribute),
          textEl('RelationshipRoleType', 1),
        ),
        el('EntityRelationshipRole', {}, textEl('NavigationPropertyName', r.name), textEl('RelationshipRoleType', 0)),
      ),
  );
}

/** Relationship names in the order of Other/Relationships.xml (and of the packed `<EntityRelationships>`). */
export function sortRelationships(rels: readonly Relationship[]): Relationship[] {
  const key = (r: Relationship) => r.name.toLowerCase();
  return [...rels].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `Other/Relationships/<Referenced>.xml` contents: relationships grouped by referenced table. */
export function relationshipFiles(rels: readonly Relationship[]): Map<string, Relationship[]> {
  const files = new Map<string, Relationship[]>();
  for (const r of sortRelationships(rels)) files.set(r.referenced, [...(files.get(r.referenced) ?? []), r]);
  return new Map([...files].sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
}
