#!/usr/bin/env node
// Draws the Teams app icons into manifest/: color.png (192×192, full colour) and outline.png
// (32×32, white on transparent). The PNGs are committed; this script only reproduces them.
//   node tools/draw-icons.mjs [--preview DIR]   (--preview also writes 8× enlargements to DIR)
// Motif: a calendar page (the Programa Anual's sessions and deadlines) with a checkmark (the
// Commission's approvals), in the magenta family electoral institutes in Mexico use.
// No npm dependency: shapes are signed-distance tests, 4×4 supersampled, PNG written with zlib.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const previewIndex = process.argv.indexOf("--preview");
const previewDir = previewIndex > 0 ? process.argv[previewIndex + 1] : null;

const MAGENTA = [138, 28, 92]; // #8A1C5C, the manifest's accentColor
const PLUM = [92, 20, 70];
const WHITE = [255, 255, 255];
const PAPER = [250, 244, 248];
const RING = [232, 206, 222];

// --- shapes: each is (x, y) => inside? in the icon's own coordinates ----------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const segment = (ax, ay, bx, by, halfWidth) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= halfWidth * halfWidth;
};
const polyline = (points, halfWidth) => {
  const parts = points.slice(1).map((p, i) => segment(points[i][0], points[i][1], p[0], p[1], halfWidth));
  return (x, y) => parts.some((inside) => inside(x, y));
};
const ring = (outer, inner) => (x, y) => outer(x, y) && !inner(x, y);
const verticalGradient = (top, bottom, height) => (x, y) =>
  top.map((c, i) => Math.round(c + ((bottom[i] - c) * y) / height));

// --- rasteriser: layers painted in order, each { shape, color: rgb | (x, y) => rgb } ------------
function render(size, layers, samples = 4) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0]; // premultiplied
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples, y = py + (sy + 0.5) / samples;
          let color = null;
          for (const layer of layers) {
            if (layer.shape(x, y)) color = typeof layer.color === "function" ? layer.color(x, y) : layer.color;
          }
          if (color) {
            acc[0] += color[0]; acc[1] += color[1]; acc[2] += color[2]; acc[3] += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      const covered = acc[3];
      if (covered > 0) {
        rgba[o] = Math.round(acc[0] / covered);
        rgba[o + 1] = Math.round(acc[1] / covered);
        rgba[o + 2] = Math.round(acc[2] / covered);
        rgba[o + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

function drawColor() {
  const s = 192;
  return render(s, [
    { shape: () => true, color: verticalGradient(MAGENTA, PLUM, s) },
    { shape: roundRect(40, 48, 152, 156, 14), color: PAPER }, // the page
    { shape: roundRect(40, 48, 152, 82, 14), color: PLUM }, // header band…
    { shape: roundRect(40, 68, 152, 82, 0), color: PLUM }, // …square at the bottom
    { shape: roundRect(66, 34, 78, 62, 6), color: RING }, // binder rings
    { shape: roundRect(114, 34, 126, 62, 6), color: RING },
    { shape: polyline([[70, 118], [88, 136], [124, 98]], 8), color: MAGENTA }, // the checkmark
  ]);
}

function drawOutline() {
  const s = 32;
  const page = roundRect(4, 7, 28, 29, 3);
  const inside = roundRect(6, 9, 26, 27, 1.5);
  return render(s, [
    { shape: ring(page, inside), color: WHITE },
    { shape: roundRect(4, 7, 28, 13, 3), color: WHITE }, // header band
    { shape: roundRect(4, 10, 28, 13, 0), color: WHITE },
    { shape: roundRect(9, 4, 12, 10, 1.5), color: WHITE }, // rings
    { shape: roundRect(20, 4, 23, 10, 1.5), color: WHITE },
    { shape: polyline([[10.5, 20], [14, 23.5], [21.5, 16]], 1.4), color: WHITE },
  ], 8);
}

// --- PNG (RGBA, 8 bits, no interlace, filter 0 on every row) -----------------------------------
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
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
function enlarge(size, rgba, factor, backdrop) {
  const big = Buffer.alloc(size * factor * size * factor * 4);
  for (let y = 0; y < size * factor; y++) {
    for (let x = 0; x < size * factor; x++) {
      const s = ((Math.floor(y / factor) * size) + Math.floor(x / factor)) * 4, d = (y * size * factor + x) * 4;
      const a = rgba[s + 3] / 255;
      for (let i = 0; i < 3; i++) big[d + i] = Math.round(rgba[s + i] * a + backdrop[i] * (1 - a));
      big[d + 3] = 255;
    }
  }
  return big;
}

const icons = [
  { name: "color.png", size: 192, rgba: drawColor() },
  { name: "outline.png", size: 32, rgba: drawOutline() },
];
for (const icon of icons) {
  writeFileSync(path.join(root, "manifest", icon.name), png(icon.size, icon.rgba));
  if (previewDir) {
    mkdirSync(previewDir, { recursive: true });
    const factor = icon.size === 32 ? 8 : 2;
    // The outline is previewed on Teams' dark purple so white-on-transparent is visible.
    writeFileSync(path.join(previewDir, icon.name), png(icon.size * factor, enlarge(icon.size, icon.rgba, factor, [70, 71, 117])));
  }
}
console.error(`wrote ${icons.map((i) => `manifest/${i.name}`).join(", ")}`);
