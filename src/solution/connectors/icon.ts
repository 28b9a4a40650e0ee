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

/** How much of the pixel centred at (x, y) (unit coordinates, centre 0) a shape covers, 0..1. */
function shapeCoverage(s: IconShape, x: number, y: number, pixel: number): number {
  const d = Math.hypot(x - s.x, y - s.y);
  const edge = s.kind === 'disc' ? s.r - d : (s.width ?? 0.05) / 2 - Math.abs(d - s.r);
  return Math.min(1, Math.max(0, edge / pixel + 0.5));
}

/** How much of the pixel the shapes cover: the most any of them does. */
function coverage(shapes: readonly IconShape[], x: number, y: number, pixel: number): number {
  let best = 0;
  for (const s of shapes) best = Math.max(best, shapeCoverage(s, x, y, pixel));
  return best;
}

/**
 * Columns of a row whose pixel centres lie strictly between radii `inner` and `outer` (pixels) of the point
 * (`cx`, `dy` rows away): up to two [from, to] spans.
 */
function annulus(cx: number, dy: number, inner: number, outer: number, size: number): [number, number][] {
  if (dy >= outer) return [];
  const wo = Math.sqrt(outer * outer - dy * dy);
  const spans: [number, number][] = [
    [Math.max(0, Math.floor(cx - wo) + 1), Math.min(size - 1, Math.ceil(cx + wo) - 1)],
  ];
  if (inner > 0 && dy < inner) {
    const wi = Math.sqrt(inner * inner - dy * dy);
    spans.push([Math.max(0, Math.floor(cx + wi) + 1), spans[0]![1]]);
    spans[0]![1] = Math.min(size - 1, Math.ceil(cx - wi) - 1);
  }
  return spans.filter(([from, to]) => from <= to);
}

/**
 * Coverage of one row, as `coverage` gives it pixel by pixel, for finite shapes (NaN would not compare). A shape
 * covers none of a pixel whose centre is half a pixel or more outside its ring (a disc: a ring from -∞ to r) and
 * all of one half a pixel or more inside; the exact formula runs only between, with a pixel of margin for rounding.
 */
function rowCoverage(
  shapes: readonly IconShape[],
  row: number,
  size: number,
  pixel: number,
  cover: Float64Array,
): void {
  cover.fill(0);
  const y = (row + 0.5) / size - 0.5;
  const rings = shapes.map((s) => {
    const [inner, outer] =
      s.kind === 'disc'
        ? [-Infinity, s.r * size]
        : [(s.r - (s.width ?? 0.05) / 2) * size, (s.r + (s.width ?? 0.05) / 2) * size];
    return { s, inner, outer, cx: (s.x + 0.5) * size - 0.5, dy: Math.abs(row - ((s.y + 0.5) * size - 0.5)) };
  });
  for (const r of rings)
    for (const [from, to] of annulus(r.cx, r.dy, r.inner + 1.5, r.outer - 1.5, size)) cover.fill(1, from, to + 1);
  for (const r of rings) {
    for (const [from, to] of annulus(r.cx, r.dy, r.inner - 1.5, r.outer + 1.5, size)) {
      for (let col = from; col <= to; col++) {
        if (cover[col] === 1) continue; // nothing covers more
        cover[col] = Math.max(cover[col]!, shapeCoverage(r.s, (col + 0.5) / size - 0.5, y, pixel));
      }
    }
  }
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
  const finite = shapes.every((s) => [s.x, s.y, s.r, s.width ?? 0.05].every(Number.isFinite));
  const cover = new Float64Array(size);
  const background = Buffer.alloc(size * 3, Buffer.from(bg));
  for (let row = 0; row < size; row++) {
    const offset = row * (1 + size * 3); // each scanline starts with filter type 0 (none)
    background.copy(raw, offset + 1);
    if (finite) rowCoverage(shapes, row, size, pixel, cover);
    for (let col = 0; col < size; col++) {
      const a = finite ? cover[col]! : coverage(shapes, (col + 0.5) / size - 0.5, (row + 0.5) / size - 0.5, pixel);
      if (a === 0) continue; // the background, as the formula gives
      for (let c = 0; c < 3; c++)
        raw[offset + 1 + col * 3 + c] = a === 1 ? 255 : Math.round(bg[c]! + (255 - bg[c]!) * a);
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
