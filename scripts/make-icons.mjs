// Draws Kashif's toolbar icon (a magnifying glass over a highlighted line) as PNGs
// in public/icon/, with no image library: a tiny PNG encoder over node:zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size / 128; // design grid is 128×128
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const X = (x + 0.5) / s;
      const Y = (y + 0.5) / s;
      let rgba = [0, 0, 0, 0];
      // rounded square background
      const r = 28;
      const cx = Math.min(Math.max(X, r), 128 - r);
      const cy = Math.min(Math.max(Y, r), 128 - r);
      if (Math.hypot(X - cx, Y - cy) <= r) rgba = [15, 118, 110, 255];
      // highlighted line behind the lens
      if (Y > 70 && Y < 84 && X > 18 && X < 110) rgba = [250, 204, 21, 255];
      // lens ring and handle
      const d = Math.hypot(X - 56, Y - 54);
      if (d > 24 && d < 36) rgba = [255, 255, 255, 255];
      const along = (X - 56 + (Y - 54)) / Math.SQRT2;
      const across = Math.abs(X - 56 - (Y - 54)) / Math.SQRT2;
      if (along > 36 && along < 72 && across < 8) rgba = [255, 255, 255, 255];
      px.set(rgba, (y * size + x) * 4);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
