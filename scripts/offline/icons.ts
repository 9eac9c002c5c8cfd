import { deflateSync } from 'node:zlib';

/**
 * The app's install icons, drawn here as PNG so the build fetches nothing: a 5 × 5 grid of
 * tiles on the accent colour (the tile map: one state, one tile), with a few tiles highlighted.
 */
export function iconPng(size: number): Buffer {
  const bg = [0x1f, 0x5f, 0xa8];
  const tile = [0xdb, 0xe7, 0xf3];
  const hi = [0xf2, 0xa9, 0x00];
  const HIGHLIGHT = new Set([6, 8, 12, 16, 18]);
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const cell = size / 6.5;
  const gap = cell * 0.18;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let c = bg;
      const gx = (x - cell * 0.75) / cell;
      const gy = (y - cell * 0.75) / cell;
      const i = Math.floor(gx);
      const j = Math.floor(gy);
      const inTile = i >= 0 && i < 5 && j >= 0 && j < 5 && (gx - i) * cell < cell - gap && (gy - j) * cell < cell - gap;
      if (inTile) c = HIGHLIGHT.has(j * 5 + i) ? hi : tile;
      raw.set(c, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
