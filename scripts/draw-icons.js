#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-{16,32,64,80}.png) from a few vector shapes, with no
// dependencies: shapes are sampled on a sub-pixel grid and written as RGBA PNGs with node's zlib.
//   node scripts/draw-icons.js          write the PNGs
//   node scripts/draw-icons.js --check  exit 1 if the committed PNGs differ from what this draws
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ICON_SIZES = [16, 32, 64, 80];
const ASSETS_DIR = path.join(__dirname, "..", "assets");
const SUBSAMPLES = 8; // 8×8 samples a pixel: smooth edges even at 16 px

const BRAND_BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const GOLD = [255, 200, 61];

// The picture in unit coordinates (0..1, y down), topmost shape last: a blue tile, three rising
// bars (the indicators) and a tick (the check).
const SHAPES = [
  { color: BRAND_BLUE, inside: roundedRect(0.04, 0.04, 0.96, 0.96, 0.2) },
  { color: WHITE, inside: roundedRect(0.22, 0.62, 0.36, 0.8, 0.02) },
  { color: WHITE, inside: roundedRect(0.43, 0.5, 0.57, 0.8, 0.02) },
  { color: WHITE, inside: roundedRect(0.64, 0.34, 0.78, 0.8, 0.02) },
  {
    color: GOLD,
    inside: polyline(
      [
        [0.2, 0.3],
        [0.33, 0.43],
        [0.58, 0.17],
      ],
      0.095,
    ),
  },
];

function roundedRect(x0, y0, x1, y1, radius) {
  return (x, y) => {
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= radius * radius;
  };
}

function polyline(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      if (distanceToSegment(x, y, points[i - 1], points[i]) <= half) return true;
    }
    return false;
  };
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** RGBA pixels (size × size × 4 bytes, straight alpha) of the icon at one size. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          const top = topmostShapeAt(x, y);
          if (!top) continue;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += top.color[c];
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

function topmostShapeAt(x, y) {
  for (let i = SHAPES.length - 1; i >= 0; i--) if (SHAPES[i].inside(x, y)) return SHAPES[i];
  return null;
}

/** A PNG file (colour type 6, 8 bits, no interlace, filter 0 on every row) of RGBA pixels. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// zlib.crc32 needs Node 22, so the PNG checksum is computed here.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The pixels stored in one of our PNGs (the subset encodePng writes), or null if it is not one. */
function readOwnPng(file) {
  const bytes = fs.readFileSync(file);
  const width = bytes.readUInt32BE(16);
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("ascii", at + 4, at + 8) === "IDAT")
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const rows = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(width * width * 4);
  for (let y = 0; y < width; y++) {
    if (rows[y * stride] !== 0) return null;
    rows.copy(pixels, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return pixels;
}

function iconPath(size) {
  return path.join(ASSETS_DIR, `icon-${size}.png`);
}

function main() {
  const check = process.argv.includes("--check");
  const stale = [];
  for (const size of ICON_SIZES) {
    const pixels = drawIcon(size);
    const file = iconPath(size);
    if (check) {
      // Compare pixels, not bytes: another zlib may compress the same rows differently.
      const stored = fs.existsSync(file) ? readOwnPng(file) : null;
      if (!stored || !stored.equals(pixels)) stale.push(path.relative(process.cwd(), file));
    } else {
      fs.mkdirSync(ASSETS_DIR, { recursive: true });
      fs.writeFileSync(file, encodePng(size, pixels));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (stale.length > 0) {
    console.error(`Icons out of date: ${stale.join(", ")}. Run: node scripts/draw-icons.js`);
    process.exit(1);
  }
  if (check) console.log(`icons up to date (${ICON_SIZES.join(", ")} px)`);
}

main();
