// Draws images/icon.png (128x128): a plan sheet with a check mark on a dark-blue rounded square.
// A tiny PNG writer (zlib + CRC), 4x4 supersampling for smooth edges. Run: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const S = 4; // samples per pixel per axis

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
};

/** The colour (r, g, b, a) at a point, painter's order: background, sheet, lines, badge, check. */
function paint(x, y) {
  let c = [0, 0, 0, 0];
  if (inRoundRect(x, y, 4, 4, 124, 124, 22)) c = [23, 50, 77, 255];
  // the sheet, with a folded corner
  const inSheet = inRoundRect(x, y, 30, 18, 90, 108, 6) && !(x > 74 && y < 18 + (x - 74));
  if (inSheet) c = [245, 247, 250, 255];
  if (x > 74 && x <= 90 && y >= 18 && y < 34 && y >= 18 + (x - 74) - 0.5 && x <= 90) c = [190, 200, 212, 255];
  // text lines on the sheet
  for (const [ly, len] of [[44, 44], [56, 36], [68, 44], [80, 24]]) {
    if (inSheet && inRoundRect(x, y, 40, ly, 40 + len, ly + 5, 2.5)) c = [120, 138, 160, 255];
  }
  // a green badge with a white check mark
  if ((x - 88) ** 2 + (y - 90) ** 2 <= 26 ** 2) c = [24, 160, 88, 255];
  if ((x - 88) ** 2 + (y - 90) ** 2 <= 26 ** 2 && (distToSegment(x, y, 75, 91, 84, 100) < 4.5 || distToSegment(x, y, 84, 100, 102, 80) < 4.5)) c = [255, 255, 255, 255];
  return c;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const [r, g, b, a] = paint(px + (sx + 0.5) / S, py + (sy + 0.5) / S);
        acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
      }
    const o = py * (N * 4 + 1) + 1 + px * 4;
    const a = acc[3];
    raw[o] = a ? Math.round(acc[0] / a) : 0;
    raw[o + 1] = a ? Math.round(acc[1] / a) : 0;
    raw[o + 2] = a ? Math.round(acc[2] / a) : 0;
    raw[o + 3] = Math.round(a / (S * S));
  }
}

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
