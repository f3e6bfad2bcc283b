/**
 * Draws the Morgenscan app icons (a sun rising over the horizon) into public/icons/.
 * Run with `npx tsx scripts/make-icons.ts` after changing the design; the PNGs are committed.
 * Plain Node (zlib) so the build needs no image library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT_DIR = join('public', 'icons');

/** Kept in step with THEME_COLOUR in src/pwa/build-config.ts (the accent of src/ui/styles/theme.css). */
const BACKGROUND = [0x15, 0x42, 0x73] as const;
const SUN = [0xff, 0xc6, 0x29] as const;
const GROUND = [0xff, 0xff, 0xff] as const;

/** The design lives in a 512-unit square; everything stays inside the maskable safe circle (r = 204.8). */
const UNITS = 512;
const CORNER_RADIUS = 96;
const HORIZON_Y = 300;
const SUN_RADIUS = 96;
const RAY_ANGLES = [162, 126, 90, 54, 18];
const RAY_FROM = 124;
const RAY_TO = 172;
const RAY_WIDTH = 26;
const BARS = [
  { x1: 96, x2: 416, y: 335, width: 26 },
  { x1: 160, x2: 352, y: 383, width: 26 },
];

type Rgb = readonly [number, number, number];

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), UNITS - r);
  const cy = Math.min(Math.max(y, r), UNITS - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** Colour of one point of the design, or null where it is transparent. */
function colourAt(x: number, y: number, fullBleed: boolean): Rgb | null {
  if (!fullBleed && !insideRoundedSquare(x, y)) return null;
  for (const bar of BARS) {
    if (distanceToSegment(x, y, bar.x1, bar.y, bar.x2, bar.y) <= bar.width / 2) return GROUND;
  }
  if (y <= HORIZON_Y && Math.hypot(x - UNITS / 2, y - HORIZON_Y) <= SUN_RADIUS) return SUN;
  for (const degrees of RAY_ANGLES) {
    const a = (degrees * Math.PI) / 180;
    const ax = UNITS / 2 + Math.cos(a) * RAY_FROM;
    const ay = HORIZON_Y - Math.sin(a) * RAY_FROM;
    const bx = UNITS / 2 + Math.cos(a) * RAY_TO;
    const by = HORIZON_Y - Math.sin(a) * RAY_TO;
    if (distanceToSegment(x, y, ax, ay, bx, by) <= RAY_WIDTH / 2) return SUN;
  }
  return BACKGROUND;
}

/** RGBA pixels, 4×4 supersampled for smooth edges. */
function render(size: number, fullBleed: boolean): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  const scale = UNITS / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale, fullBleed);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
      }
      pixels[at + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function hex(colour: Rgb): string {
  return `#${colour.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function svg(): string {
  const rays = RAY_ANGLES.map((degrees) => {
    const a = (degrees * Math.PI) / 180;
    const point = (radius: number) =>
      `${(UNITS / 2 + Math.cos(a) * radius).toFixed(1)} ${(HORIZON_Y - Math.sin(a) * radius).toFixed(1)}`;
    return `<path d="M${point(RAY_FROM)} L${point(RAY_TO)}"/>`;
  }).join('');
  const bars = BARS.map((bar) => `<path d="M${bar.x1} ${bar.y} H${bar.x2}" stroke-width="${bar.width}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${UNITS} ${UNITS}" role="img">`,
    '<title>Morgenscan</title>',
    `<rect width="${UNITS}" height="${UNITS}" rx="${CORNER_RADIUS}" fill="${hex(BACKGROUND)}"/>`,
    `<path d="M${UNITS / 2 - SUN_RADIUS} ${HORIZON_Y} A${SUN_RADIUS} ${SUN_RADIUS} 0 0 1 ${UNITS / 2 + SUN_RADIUS} ${HORIZON_Y} Z" fill="${hex(SUN)}"/>`,
    `<g stroke="${hex(SUN)}" stroke-width="${RAY_WIDTH}" stroke-linecap="round">${rays}</g>`,
    `<g stroke="${hex(GROUND)}" stroke-linecap="round">${bars}</g>`,
    '</svg>\n',
  ].join('');
}

mkdirSync(OUT_DIR, { recursive: true });
const icons = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  // iOS ignores the manifest icons and rounds the corners itself.
  { file: 'apple-touch-icon-180.png', size: 180, fullBleed: true },
];
for (const icon of icons) {
  writeFileSync(join(OUT_DIR, icon.file), encodePng(icon.size, render(icon.size, icon.fullBleed)));
}
writeFileSync(join(OUT_DIR, 'icon.svg'), svg());
console.log(`Wrote ${icons.length + 1} icons to ${OUT_DIR}/`);
