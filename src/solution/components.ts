// What a producer of solution components (flows, connectors, Dataverse schema) hands to the packager.

/** A root component as `solution.xml` lists it: `<RootComponent type=".." schemaName|id=".." behavior=".." />`. */
export interface RootComponent {
  /** Dataverse component type code (1 Entity, 2 Attribute, 9 OptionSet, 29 Workflow, 371 Connector, 380 EnvironmentVariableDefinition, 10xxx ...). */
  type: number;
  schemaName?: string;
  id?: string;
  /** 0 include subcomponents, 1 do not include subcomponents, 2 include as shell only. */
  behavior: 0 | 1 | 2;
}

/** A file of the solution, by its path in the unpacked tree (`pac solution unpack` layout). */
export interface SolutionFile {
  /** Forward-slash path in the unpacked tree, e.g. `Entities/opportunity/Entity.xml`. */
  unpackedPath: string;
  /** Forward-slash path in the packed zip, or undefined when the content is merged into customizations.xml. */
  packedPath?: string;
  content: string | Buffer;
}

/** Dataverse schema (tables, columns, option sets, forms) the solution adds. */
export interface SchemaComponents {
  rootComponents: RootComponent[];
  /** Inner XML of `<Entities>` in the packed customizations.xml (one `<Entity>` per table). */
  entitiesXml: string;
  /** Inner XML of `<optionsets>` in the packed customizations.xml (global option sets). */
  optionSetsXml: string;
  /** Inner XML of the top-level `<EntityRelationships>` in the packed customizations.xml (1:N relationships). */
  relationshipsXml?: string;
  /** Files of the unpacked tree (Entities/<name>/Entity.xml, FormXml, OptionSets/*.xml...). */
  files: SolutionFile[];
}

/** Custom connectors the solution ships (the Connector/ folder and customizations.xml's `<Connectors>`). */
export interface ConnectorComponents {
  rootComponents: RootComponent[];
  /** Inner XML of `<Connectors>` in customizations.xml (one `<Connector>` per custom connector). */
  connectorsXml: string;
  /** `Connector/<name>_openapidefinition.json`, `_connectionparameters.json`, `_policytemplateinstances.json`, `_iconblob.*`. */
  files: SolutionFile[];
}
