#!/usr/bin/env node
// Validates a Teams app manifest offline: the manifest.json itself, or an appPackage.zip.
//   node tools/validate-manifest.mjs <manifest.json | appPackage.zip>
// Prints one JSON object on stdout ({ file, schema, errors }) and exits 0 when valid, 1 when not,
// 2 on usage errors. Schema checks use @microsoft/app-manifest's AppManifestUtils with the schema
// bundled in the npm package, so nothing is fetched from the network (docs/TOOLS.md).
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");

const ICON_SIZES = { color: 192, outline: 32 };

const input = process.argv[2];
if (!input || process.argv.length > 3) {
  console.error("Uso / usage: node tools/validate-manifest.mjs <manifest.json | appPackage.zip>");
  process.exit(2);
}

let files;
try {
  files = input.toLowerCase().endsWith(".zip") ? readZip(input) : readFolderOf(input);
} catch (e) {
  console.error(`No se pudo leer / cannot read ${input}: ${e.message}`);
  process.exit(2);
}
const errors = [];
let schema = null;

const manifestText = files.get("manifest.json");
if (manifestText === undefined) {
  errors.push("manifest.json is missing (it must sit at the package root)");
} else {
  let manifest = null;
  try {
    manifest = JSON.parse(manifestText.toString("utf8"));
  } catch (e) {
    errors.push(`manifest.json is not valid JSON: ${e.message}`);
  }
  if (manifest) {
    schema = manifest.$schema ?? null;
    errors.push(...(await schemaErrors(manifest)));
    errors.push(...placeholderErrors(manifestText.toString("utf8")));
    errors.push(...iconErrors(manifest, files));
  }
}

console.log(JSON.stringify({ file: input, schema, errors }, null, 2));
process.exit(errors.length === 0 ? 0 : 1);

async function schemaErrors(manifest) {
  // Refuse a schema that is not bundled: validateAgainstSchema would silently go to the network.
  const bundled = bundledSchemaPath(manifest.$schema);
  if (!bundled) {
    return [`$schema ${JSON.stringify(manifest.$schema)} is not bundled with @microsoft/app-manifest; use https://developer.microsoft.com/json-schemas/teams/v1.NN/MicrosoftTeams.schema.json`];
  }
  return (await AppManifestUtils.validateAgainstSchema(manifest)).map((e) => `schema: ${e}`);
}

function bundledSchemaPath(schemaUrl) {
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/[^?#]+)$/i.exec(schemaUrl ?? "");
  if (!match) return null;
  const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(packageRoot, "build", match[1]);
  return existsSync(file) ? file : null;
}

function placeholderErrors(text) {
  const left = [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])];
  return left.map((p) => `placeholder ${p} was not filled`);
}

function iconErrors(manifest, files) {
  const problems = [];
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[kind];
    if (!name) continue; // the schema already reports it
    const png = files.get(name);
    if (!png) {
      problems.push(`icon ${kind} "${name}" is not in the package`);
      continue;
    }
    const dims = pngSize(png);
    if (!dims) problems.push(`icon ${kind} "${name}" is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`icon ${kind} "${name}" is ${dims.width}x${dims.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}

function pngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature) || buffer.toString("latin1", 12, 16) !== "IHDR") {
    return null;
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function readFolderOf(manifestPath) {
  const dir = path.dirname(manifestPath);
  const files = new Map();
  files.set("manifest.json", readFileSync(manifestPath));
  for (const name of ["color.png", "outline.png"]) {
    const file = path.join(dir, name);
    if (existsSync(file)) files.set(name, readFileSync(file));
  }
  return files;
}

// Minimal ZIP reader (stored and deflated entries), enough for an app package: no extra npm package.
function readZip(zipPath) {
  const zip = readFileSync(zipPath);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${zipPath} is not a ZIP file`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error("corrupt ZIP central directory");
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`ZIP entry ${name} uses unsupported compression method ${method}`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
