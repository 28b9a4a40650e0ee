// What component producers add to the package: files, root components and sections of customizations.xml.
import type { ConnectorComponents, RootComponent, SchemaComponents, SolutionFile } from './components';
import type { SolutionConfig } from './config';

/** Sections of the packed customizations.xml a producer may fill (inner XML, merged in producer order). */
export type CustomizationSection = 'Entities' | 'EntityRelationships' | 'optionsets' | 'Connectors';

export interface PackageParts {
  rootComponents: RootComponent[];
  files: SolutionFile[];
  sections: Partial<Record<CustomizationSection, string>>;
}

export interface ProducerContext {
  /** The project root. */
  root: string;
  /** solution.yaml's path, for located errors (see `parseLocated` in yaml-locate.ts). */
  configFile: string;
}

/** Produces the Dataverse schema components (tables, columns, option sets, form) from solution.yaml. */
export type SchemaProducer = (config: SolutionConfig, context: ProducerContext) => SchemaComponents | Promise<SchemaComponents>;

/** Produces the custom connectors (RootComponent 372, `<Connectors>`, `Connector/` files). */
export type ConnectorProducer = (config: SolutionConfig, context: ProducerContext) => ConnectorComponents | Promise<ConnectorComponents>;

/** Produces any other components: files, root components and customizations.xml sections. */
export type PartsProducer = (config: SolutionConfig, context: ProducerContext) => PackageParts | Promise<PackageParts>;

export const noParts = (): PackageParts => ({ rootComponents: [], files: [], sections: {} });

export function fromSchema(schema: SchemaComponents): PackageParts {
  return {
    rootComponents: schema.rootComponents,
    files: schema.files,
    sections: { Entities: schema.entitiesXml, optionsets: schema.optionSetsXml, EntityRelationships: schema.relationshipsXml ?? '' },
  };
}

export function fromConnectors(connectors: ConnectorComponents): PackageParts {
  return { rootComponents: connectors.rootComponents, files: connectors.files, sections: { Connectors: connectors.connectorsXml } };
}

/** Concatenates parts in order; sections join with a newline. */
export function mergeParts(list: PackageParts[]): PackageParts {
  const out = noParts();
  for (const p of list) {
    out.rootComponents.push(...p.rootComponents);
    out.files.push(...p.files);
    for (const [k, v] of Object.entries(p.sections) as [CustomizationSection, string][]) {
      if (v?.trim()) out.sections[k] = out.sections[k] ? `${out.sections[k]}\n${v}` : v;
    }
  }
  return out;
}
