// Draws the app's icons into public/: a white "W" on the brand blue. The PNGs (and the PNG inside
// favicon.ico) are rasterised here with anti-aliasing and written with node:zlib, so no image
// tool or package is needed; icon.svg is the same drawing as a vector. Run after changing it:
//   node scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BRAND = [0x24, 0x59, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
/** The "W" on a 0..1 square: a polyline drawn with round joins. */
const W_POINTS = [
  [0.22, 0.29],
  [0.36, 0.71],
  [0.5, 0.4],
  [0.64, 0.71],
  [0.78, 0.29],
];
const STROKE = 0.1;

const OUT = path.join(import.meta.dirname, "..", "public");

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Coverage (0..1) of a rounded square of the given corner radius at a point, antialiased by one pixel. */
function roundedSquareCoverage(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  const outside = Math.hypot(x - cx, y - cy) - radius;
  return Math.max(0, Math.min(1, 0.5 - outside));
}

/**
 * RGBA pixels of the icon. `inset` shrinks the W towards the centre (maskable icons keep their
 * drawing inside the middle 80%); `radius` rounds the background (0: square, full bleed).
 */
function drawIcon(size, { radius = 0.22, inset = 0 } = {}) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 1 - 2 * inset;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const background = radius > 0 ? roundedSquareCoverage(px, py, size, radius * size) : 1;
      // The W in unit coordinates of the (inset) drawing area.
      const ux = ((px / size) - inset) / scale;
      const uy = ((py / size) - inset) / scale;
      let d = Infinity;
      for (let i = 0; i < W_POINTS.length - 1; i++) d = Math.min(d, distanceToSegment(ux, uy, W_POINTS[i], W_POINTS[i + 1]));
      const stroke = Math.max(0, Math.min(1, (STROKE / 2 - d) * size * scale + 0.5));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(BRAND[c] * (1 - stroke) + WHITE[c] * stroke);
      pixels[o + 3] = Math.round(255 * background);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** An .ico holding PNG images (supported by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

function svg() {
  const points = W_POINTS.map(([x, y]) => `${x * 512},${y * 512}`).join(" ");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${0.22 * 512}" fill="rgb(${BRAND.join(",")})"/>
  <polyline points="${points}" fill="none" stroke="#fff" stroke-width="${STROKE * 512}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
}

mkdirSync(OUT, { recursive: true });
const files = {
  "icon-192.png": png(192, drawIcon(192)),
  "icon-512.png": png(512, drawIcon(512)),
  // Android crops maskable icons to a circle or squircle: full-bleed background, W in the safe zone.
  "icon-maskable-512.png": png(512, drawIcon(512, { radius: 0, inset: 0.12 })),
  // iOS rounds the corners itself and shows transparency as black.
  "apple-touch-icon.png": png(180, drawIcon(180, { radius: 0 })),
  "favicon.ico": ico([16, 32, 48].map((size) => ({ size, data: png(size, drawIcon(size)) }))),
  "icon.svg": Buffer.from(svg()),
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(path.join(OUT, name), data);
  console.log(`public/${name} (${data.length} bytes)`);
}
