// Builds every schema component from a validated DataverseSchema: packed XML fragments, unpacked files, roots.
import type { RootComponent, SchemaComponents, SolutionFile } from '../components';
import { columnNode, type ColumnContext, primaryNameNode } from './columns';
import { type EntityModel, emptyRibbonDiff, packedEntity, unpackedEntity } from './entity';
import { resolveForm } from './form-model';
import { systemFormNode } from './forms';
import type { Publisher } from './load';
import type { DataverseSchema, TableDef } from './model';
import { globalOptionSetNode } from './optionset';
import {
  lookupRelationshipName,
  type Relationship,
  relationshipFiles,
  relationshipNode,
  sortRelationships,
  systemRelationships,
} from './relationships';
import { primaryKeyName, systemColumnNodes } from './system-columns';
import { tableViews } from './views';
import { el, printAll, unpackedDocument, type XmlElement } from './xml';

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function assembleSchema(schema: DataverseSchema, publisher: Publisher): SchemaComponents {
  const lang = schema.languageCode;
  const entities = schema.tables.map((t) => entityModel(t, schema, publisher)).sort(byKey((e) => e.schemaName.toLowerCase()));
  const relationships = sortRelationships(schema.tables.flatMap((t) => tableRelationships(t, schema, publisher.prefix)));
  const optionSets = [...schema.choices]
    .sort(byKey((c) => c.name))
    .map((c) => ({ name: c.name, node: globalOptionSetNode(c, publisher.optionValuePrefix, schema.introducedVersion, lang) }));

  const files: SolutionFile[] = [];
  const add = (unpackedPath: string, root: XmlElement) => files.push({ unpackedPath, content: unpackedDocument(root) });
  for (const e of entities) {
    const dir = `Entities/${e.schemaName}`;
    add(`${dir}/Entity.xml`, unpackedEntity(e));
    for (const f of e.forms) add(`${dir}/FormXml/main/${f.id}.xml`, el('forms', {}, f.node));
    for (const v of e.views) add(`${dir}/SavedQueries/${v.id}.xml`, el('savedqueries', {}, v.node));
    if (e.ribbon) add(`${dir}/RibbonDiff.xml`, e.ribbon);
  }
  for (const [referenced, rels] of relationshipFiles(relationships)) {
    add(`Other/Relationships/${referenced}.xml`, el('EntityRelationships', {}, rels.map((r) => relationshipNode(r, lang))));
  }
  if (relationships.length) {
    add('Other/Relationships.xml', el('EntityRelationships', {}, relationships.map((r) => el('EntityRelationship', { Name: r.name }))));
  }
  for (const o of optionSets) add(`OptionSets/${o.name}.xml`, o.node);

  const roots: RootComponent[] = [
    ...schema.tables.map((t) => ({ type: 1, schemaName: t.schemaName.toLowerCase(), behavior: t.system ? 2 : 0 }) as const),
    ...schema.choices.map((c) => ({ type: 9, schemaName: c.name, behavior: 0 }) as const),
  ];
  return {
    rootComponents: roots.sort((a, b) => a.type - b.type || byKey<RootComponent>((r) => r.schemaName ?? '')(a, b)),
    entitiesXml: printAll(entities.map(packedEntity)),
    optionSetsXml: printAll(optionSets.map((o) => o.node)),
    relationshipsXml: printAll(relationships.map((r) => relationshipNode(r, lang))),
    files: files.sort(byKey((f) => f.unpackedPath)),
  };
}

function entityModel(t: TableDef, schema: DataverseSchema, publisher: Publisher): EntityModel {
  const lang = schema.languageCode;
  const ctx: ColumnContext = {
    table: t.schemaName.toLowerCase(),
    version: schema.introducedVersion,
    lang,
    optionValuePrefix: publisher.optionValuePrefix,
    choices: new Map(schema.choices.map((c) => [c.name, c])),
  };
  const attributes: Array<[string, XmlElement]> = t.columns.map((c) => [c.schemaName, columnNode(c, ctx)]);
  const forms = schema.forms
    .filter((f) => f.table.toLowerCase() === ctx.table)
    .map((f) => resolveForm(f, schema, publisher.prefix))
    .map((f) => ({ id: f.id, node: systemFormNode(f) }))
    .sort(byKey((f) => f.id));
  const base = { schemaName: t.schemaName, displayName: t.displayName, attributes, forms, lang };
  if (t.system) return { ...base, system: true, views: [] };
  attributes.push([t.primaryName!.schemaName, primaryNameNode(t.primaryName!, ctx)]);
  attributes.push(...systemColumnNodes({ schemaName: t.schemaName, displayName: t.displayName, lang }));
  return {
    ...base,
    system: false,
    collectionName: t.collectionName,
    entitySetName: t.entitySetName,
    description: t.description,
    views: tableViews({
      logicalName: ctx.table,
      entitySetName: t.entitySetName!,
      collectionName: t.collectionName!,
      primaryKey: primaryKeyName(t.schemaName).toLowerCase(),
      primaryName: t.primaryName!.schemaName.toLowerCase(),
      columns: t.viewColumns ?? [],
      lang,
    }),
    ribbon: emptyRibbonDiff(),
  };
}

/** The relationships of a table's lookups, plus the system relationships of a custom table. */
function tableRelationships(t: TableDef, schema: DataverseSchema, prefix: string): Relationship[] {
  const schemaNameOf = (name: string) => schema.tables.find((x) => x.schemaName.toLowerCase() === name.toLowerCase())!.schemaName;
  const lookups = t.columns.flatMap((c) =>
    c.type !== 'lookup'
      ? []
      : [
          {
            name: lookupRelationshipName(prefix, t.schemaName, c),
            referencing: t.schemaName,
            referenced: schemaNameOf(c.target),
            attribute: c.schemaName,
            custom: true,
            cascadeDelete: c.relationship?.cascadeDelete ?? 'RemoveLink',
            cascadeArchive: c.relationship?.cascadeArchive ?? 'RemoveLink',
            version: schema.introducedVersion,
            description: '',
          } satisfies Relationship,
        ],
  );
  return t.system ? lookups : [...lookups, ...systemRelationships(t.schemaName)];
}
