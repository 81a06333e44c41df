/**
 * Draws Chipscreen's add-in icons (a chip with pins and a check mark) and writes them as PNGs into
 * assets/ at the sizes the manifest declares. Run with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed, so the build does not need this script.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (row by row) as a PNG. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const CLEAR: Rgba = [0, 0, 0, 0];
const PIN: Rgba = [96, 110, 128, 255];
const BODY: Rgba = [16, 92, 158, 255];
const CHECK: Rgba = [255, 255, 255, 255];

/** The icon in unit coordinates (0..1): pins around a rounded body, a white check mark inside. */
function shade(u: number, v: number): Rgba {
  const inBody = u >= 0.2 && u <= 0.8 && v >= 0.2 && v <= 0.8;
  if (inBody) {
    // Check mark: two strokes, from (0.32,0.52) to (0.45,0.65) and on to (0.7,0.36).
    const stroke = 0.055;
    const near = (ax: number, ay: number, bx: number, by: number) => {
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(u - (ax + t * dx), v - (ay + t * dy)) <= stroke;
    };
    return near(0.32, 0.52, 0.45, 0.65) || near(0.45, 0.65, 0.7, 0.36) ? CHECK : BODY;
  }
  const pinBand = (w: number) => [0.3, 0.5, 0.7].some((c) => Math.abs(w - c) <= 0.045);
  const onSide = (w: number) => (w >= 0.06 && w < 0.2) || (w > 0.8 && w <= 0.94);
  if ((onSide(u) && pinBand(v)) || (onSide(v) && pinBand(u))) return PIN;
  return CLEAR;
}

/** Supersampled 4×4 per pixel so small sizes stay legible. */
export function iconPng(size: number): Buffer {
  const n = 4;
  return encodePng(size, (x, y) => {
    const sum = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = shade((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        const a = c[3] / 255;
        sum[0] = (sum[0] ?? 0) + c[0] * a;
        sum[1] = (sum[1] ?? 0) + c[1] * a;
        sum[2] = (sum[2] ?? 0) + c[2] * a;
        sum[3] = (sum[3] ?? 0) + a;
      }
    }
    const alpha = sum[3] ?? 0;
    if (alpha === 0) return CLEAR;
    return [
      Math.round((sum[0] ?? 0) / alpha),
      Math.round((sum[1] ?? 0) / alpha),
      Math.round((sum[2] ?? 0) / alpha),
      Math.round((alpha / (n * n)) * 255),
    ];
  });
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}
