// A connector icon drawn from shapes: white discs and rings on the brand colour, as a PNG (RGB, 8 bits).
// Deterministic bytes for the same input, so the solution zip is reproducible.
import { deflateSync } from 'node:zlib';
import type { IconShape } from '../../../connector/model/connector';

export const ICON_SIZE = 160;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** How much of the pixel centred at (x, y) (unit coordinates, centre 0) the shapes cover, 0..1. */
function coverage(shapes: readonly IconShape[], x: number, y: number, pixel: number): number {
  let best = 0;
  for (const s of shapes) {
    const d = Math.hypot(x - s.x, y - s.y);
    const edge = s.kind === 'disc' ? s.r - d : (s.width ?? 0.05) / 2 - Math.abs(d - s.r);
    best = Math.max(best, Math.min(1, Math.max(0, edge / pixel + 0.5)));
  }
  return best;
}

/** Rendered icons by colour, shapes and size: a pure function of them, and the slowest part of a connector. */
const rendered = new Map<string, Buffer>();

export function iconPng(brandColor: string, shapes: readonly IconShape[], size = ICON_SIZE): Buffer {
  const key = JSON.stringify([brandColor, shapes, size]);
  let png = rendered.get(key);
  if (!png) {
    png = renderIcon(brandColor, shapes, size);
    if (rendered.size >= 64) rendered.clear();
    rendered.set(key, png);
  }
  return Buffer.from(png);
}

function renderIcon(brandColor: string, shapes: readonly IconShape[], size: number): Buffer {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(brandColor);
  if (!m) throw new Error(`icon colour '${brandColor}' is not #rrggbb`);
  const bg = [1, 2, 3].map((i) => parseInt(m[i]!, 16));
  const raw = Buffer.alloc(size * (1 + size * 3));
  const pixel = 1 / size;
  for (let row = 0; row < size; row++) {
    const offset = row * (1 + size * 3); // each scanline starts with filter type 0 (none)
    for (let col = 0; col < size; col++) {
      const a = coverage(shapes, (col + 0.5) / size - 0.5, (row + 0.5) / size - 0.5, pixel);
      for (let c = 0; c < 3; c++) raw[offset + 1 + col * 3 + c] = Math.round(bg[c]! + (255 - bg[c]!) * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
