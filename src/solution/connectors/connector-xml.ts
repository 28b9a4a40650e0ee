// The `<Connector>` element of customizations.xml (packed), and its split-out unpacked file Connectors/<name>.xml.
// Element order and the absolute `/Connector/...` file references follow real exports (solution-format.md §3.4).
import type { ConnectorModel } from '../../../connector/model/connector';

export const ICON_EXTENSION = 'Png';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The packed file name of one of the connector's parts, e.g. `cosell_5Fpartnercenterref_openapidefinition.json`. */
export const connectorFileName = (
  model: ConnectorModel,
  part: 'openapidefinition' | 'connectionparameters' | 'policytemplateinstances' | 'iconblob',
) => `${model.identity.logicalName}_${part}.${part === 'iconblob' ? ICON_EXTENSION : 'json'}`;

function children(model: ConnectorModel, indent: string): string {
  const file = (part: Parameters<typeof connectorFileName>[1]) => `/Connector/${connectorFileName(model, part)}`;
  return [
    `<connectorid>${model.identity.connectorId}</connectorid>`,
    `<description>${escapeXml(model.description)}</description>`,
    `<displayname>${escapeXml(model.title)}</displayname>`,
    `<iconbrandcolor>${escapeXml(model.brandColor)}</iconbrandcolor>`,
    `<name>${model.identity.logicalName}</name>`,
    '<connectortype>1</connectortype>',
    `<openapidefinition>${file('openapidefinition')}</openapidefinition>`,
    `<connectionparameters>${file('connectionparameters')}</connectionparameters>`,
    `<policytemplateinstances>${file('policytemplateinstances')}</policytemplateinstances>`,
    `<iconblob>${file('iconblob')}</iconblob>`,
  ]
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/** The element as it sits inside `<Connectors>` in the packed customizations.xml (4-space indent). */
export function connectorElement(model: ConnectorModel): string {
  return `    <Connector>\n${children(model, '      ')}\n    </Connector>`;
}

/** The unpacked `Connectors/<name>.xml` (pac solution unpack layout). */
export function connectorFile(model: ConnectorModel): string {
  return `\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<Connector xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${children(model, '  ')}\n</Connector>`;
}
