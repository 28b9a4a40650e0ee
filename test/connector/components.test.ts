// The solution's connector components: RootComponents 372, the <Connector> entries, the Connector/ files.
import { inflateSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import { connectorComponents, customConnectorOf } from '../../src/solution/connectors/components';
import { crc32 } from '../../src/solution/connectors/icon';
import { connectorIdOf } from '../../src/solution/names';

const settings = { clientId: '6a1f3c2e-0b7d-4e59-9c1a-2f8e4d6b7a90', tenantId: 'contoso.onmicrosoft.com' };
const text = (c: string | Buffer) => (typeof c === 'string' ? c : c.toString('utf8'));

/** Decodes a PNG of colour type 2 (RGB, 8 bits, filter 0 rows), checking every chunk's CRC. */
function decodePng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Record<string, Buffer[]> = {};
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    (chunks[type] ??= []).push(data);
    at += 12 + length;
  }
  expect(Object.keys(chunks)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks.IHDR![0]!;
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const raw = inflateSync(Buffer.concat(chunks.IDAT!));
  expect(raw.length).toBe(height * (1 + width * 3));
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (1 + width * 3) + 1 + x * 3, y * (1 + width * 3) + 4 + x * 3)] };
}

describe('connector components', async () => {
  const components = await connectorComponents(settings);
  const file = (path: string) => components.files.find((f) => f.unpackedPath === path);

  it('adds each connector as a RootComponent 372 with its derived id and schema name', () => {
    expect(components.rootComponents).toEqual([
      { type: 372, id: `{${connectorIdOf('cosell_5Fpartnercenterref')}}`, schemaName: 'cosell_5Fpartnercenterref', behavior: 0 },
      {
        type: 372,
        id: `{${connectorIdOf('cosell_5Fpartnercenterevents')}}`,
        schemaName: 'cosell_5Fpartnercenterevents',
        behavior: 0,
      },
    ]);
    for (const r of components.rootComponents) expect(r.schemaName!.length).toBeLessThanOrEqual(30);
  });

  it('writes one <Connector> per connector, referring to the packed Connector/ files', () => {
    const xml = new XMLParser().parse(`<Connectors>${components.connectorsXml}</Connectors>`).Connectors.Connector;
    expect(xml).toHaveLength(2);
    expect(xml[0]).toEqual({
      connectorid: connectorIdOf('cosell_5Fpartnercenterref'),
      description: connectorModels[0]!.description,
      displayname: 'Partner Center Referrals (co-sell sync)',
      iconbrandcolor: '#0078d4',
      name: 'cosell_5Fpartnercenterref',
      connectortype: 1,
      openapidefinition: '/Connector/cosell_5Fpartnercenterref_openapidefinition.json',
      connectionparameters: '/Connector/cosell_5Fpartnercenterref_connectionparameters.json',
      policytemplateinstances: '/Connector/cosell_5Fpartnercenterref_policytemplateinstances.json',
      iconblob: '/Connector/cosell_5Fpartnercenterref_iconblob.Png',
    });
    const packed = components.files.flatMap((f) => (f.packedPath ? [`/${f.packedPath}`] : []));
    for (const c of xml)
      for (const key of ['openapidefinition', 'connectionparameters', 'policytemplateinstances', 'iconblob'])
        expect(packed).toContain(c[key]);
  });

  it('lays out the unpacked Connectors/ folder as pac solution unpack does', () => {
    expect(components.files.map((f) => `${f.unpackedPath} -> ${f.packedPath ?? '(customizations.xml)'}`).slice(0, 5)).toEqual([
      'Connectors/cosell_5Fpartnercenterref.xml -> (customizations.xml)',
      'Connectors/cosell_5Fpartnercenterref_openapidefinition.json -> Connector/cosell_5Fpartnercenterref_openapidefinition.json',
      'Connectors/cosell_5Fpartnercenterref_connectionparameters.json -> Connector/cosell_5Fpartnercenterref_connectionparameters.json',
      'Connectors/cosell_5Fpartnercenterref_policytemplateinstances.json -> Connector/cosell_5Fpartnercenterref_policytemplateinstances.json',
      'Connectors/cosell_5Fpartnercenterref_iconblob.Png -> Connector/cosell_5Fpartnercenterref_iconblob.Png',
    ]);
    const unpacked = new XMLParser({ ignoreAttributes: false }).parse(
      text(file('Connectors/cosell_5Fpartnercenterevents.xml')!.content),
    );
    expect(unpacked.Connector['@_xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(unpacked.Connector.name).toBe('cosell_5Fpartnercenterevents');
  });

  it('puts the configured client id and tenant in the connection parameters, and no secret', () => {
    const params = JSON.parse(text(file('Connectors/cosell_5Fpartnercenterref_connectionparameters.json')!.content));
    expect(params.token.oAuthSettings).toMatchObject({
      identityProvider: 'aad',
      clientId: settings.clientId,
      redirectMode: 'Global',
      customParameters: {
        tenantId: { value: 'contoso.onmicrosoft.com' },
        resourceUri: { value: 'https://api.partner.microsoft.com' },
      },
    });
    expect(params.token.oAuthSettings.clientSecret).toBeUndefined();
    const events = JSON.parse(text(file('Connectors/cosell_5Fpartnercenterevents_connectionparameters.json')!.content));
    expect(events.token.oAuthSettings.customParameters.resourceUri.value).toBe('https://api.partnercenter.microsoft.com');
  });

  it('ships the swagger and the policies (routing and paging for Referrals, none for Events)', () => {
    const swagger = JSON.parse(text(file('Connectors/cosell_5Fpartnercenterref_openapidefinition.json')!.content));
    expect(swagger.swagger).toBe('2.0');
    const policies = JSON.parse(text(file('Connectors/cosell_5Fpartnercenterref_policytemplateinstances.json')!.content));
    expect(policies.map((p: { templateId: string }) => p.templateId)).toEqual([
      'updatenextlink',
      'updatenextlink',
      'routerequesttoendpoint',
      'setqueryparameter',
    ]);
    expect(JSON.parse(text(file('Connectors/cosell_5Fpartnercenterevents_policytemplateinstances.json')!.content))).toEqual([]);
  });

  it('draws a valid PNG icon: brand colour background, white shapes', () => {
    const icon = decodePng(file('Connectors/cosell_5Fpartnercenterevents_iconblob.Png')!.content as Buffer);
    expect([icon.width, icon.height]).toEqual([160, 160]);
    expect(icon.pixel(0, 0)).toEqual([0x00, 0x78, 0xd4]);
    expect(icon.pixel(80, 80)).toEqual([255, 255, 255]); // the events icon's centre disc
  });

  it('is byte-for-byte deterministic', async () => {
    const again = await connectorComponents(settings);
    expect(again.connectorsXml).toBe(components.connectorsXml);
    expect(again.files.map((f) => Buffer.from(f.content).toString('base64'))).toEqual(
      components.files.map((f) => Buffer.from(f.content).toString('base64')),
    );
  });

  it('tells packaging which connector a connection reference binds to', () => {
    const model = connectorModels[1]!;
    expect(customConnectorOf(model.identity.api.name)).toEqual({
      connectorId: connectorIdOf(model.identity.logicalName),
      logicalName: 'cosell_5Fpartnercenterevents',
      displayName: 'Partner Center Events (co-sell sync)',
    });
    expect(customConnectorOf('shared_commondataserviceforapps')).toBeUndefined();
  });
});
