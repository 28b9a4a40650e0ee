// The connector icon's pixels are exactly the per-pixel coverage formula (the renderer skips pixels it need not
// compute, and must not change a byte of the zips): checked against that formula on awkward shapes.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { connectorModels } from '../../connector';
import type { IconShape } from '../../connector/model/connector';
import { iconPng } from '../../src/solution/connectors/icon';

/** The reference: every pixel, every shape, the most any covers. */
function referenceRows(brandColor: string, shapes: readonly IconShape[], size: number): Buffer {
  const bg = [1, 3, 5].map((i) => parseInt(brandColor.slice(i, i + 2), 16));
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const [x, y] = [(col + 0.5) / size - 0.5, (row + 0.5) / size - 0.5];
      let best = 0;
      for (const s of shapes) {
        const d = Math.hypot(x - s.x, y - s.y);
        const edge = s.kind === 'disc' ? s.r - d : (s.width ?? 0.05) / 2 - Math.abs(d - s.r);
        best = Math.max(best, Math.min(1, Math.max(0, edge / (1 / size) + 0.5)));
      }
      for (let c = 0; c < 3; c++)
        raw[row * (1 + size * 3) + 1 + col * 3 + c] = Math.round(bg[c]! + (255 - bg[c]!) * best);
    }
  }
  return raw;
}

/** The filtered rows of a PNG (its IDAT inflated). */
function rowsOf(png: Buffer): Buffer {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  return inflateSync(Buffer.concat(idat));
}

describe('connector icon', () => {
  const cases: [string, IconShape[], number][] = [
    ...connectorModels.map((m): [string, IconShape[], number] => [m.identity.logicalName, [...m.icon], 160]),
    // Edges on pixel centres and pixel borders, shapes off the canvas and overlapping.
    [
      'edges',
      [
        { kind: 'ring', x: 0.5 / 32, y: 0, r: 4 / 32, width: 2 / 32 },
        { kind: 'disc', x: -0.5, y: 0.5, r: 0.25 },
      ],
      32,
    ],
    [
      'thin',
      [
        { kind: 'ring', x: 0.1, y: -0.05, r: 0.3, width: 0.001 },
        { kind: 'ring', x: 0, y: 0, r: 0.01, width: 0.3 },
      ],
      64,
    ],
    [
      'odd',
      [
        { kind: 'ring', x: 0, y: 0, r: 0.2, width: -0.01 },
        { kind: 'disc', x: 0.7, y: 0, r: -0.001 },
      ],
      33,
    ],
    [
      'nan',
      [
        { kind: 'disc', x: 0, y: 0, r: 0.2 },
        { kind: 'ring', x: NaN, y: 0, r: 0.1 },
      ],
      16,
    ],
  ];
  it.each(cases)('%s: every pixel as the coverage formula gives it', (_, shapes, size) => {
    expect(rowsOf(iconPng('#0078d4', shapes, size)).equals(referenceRows('#0078d4', shapes, size))).toBe(true);
  });
});
