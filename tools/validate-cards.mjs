// Validates Adaptive Card JSON files with the official parser (npm adaptivecards, pinned) at version 1.5,
// plus the checks the parser does not make (docs/TOOLS.md): "version" is "1.5", the card says its language ("lang": "es")
// and what it says (a non-empty "fallbackText" and "speak"), every Action.Execute has a verb, every TextBlock has text,
// and each card is under the size budget.
// Usage: node tools/validate-cards.mjs [--max-bytes N] FILE_OR_DIR...   Exit code 0 = all valid, 1 = problems.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);

// The UMD bundle expects a DOM even to parse; jsdom provides one.
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.HTMLElement = dom.window.HTMLElement;
globalThis.Node = dom.window.Node;
const AC = require('adaptivecards/dist/adaptivecards.js');

const args = process.argv.slice(2);
let maxBytes = 40 * 1024;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--max-bytes') maxBytes = Number(args[++i]);
  else inputs.push(args[i]);
}
if (inputs.length === 0) {
  console.error('usage: node tools/validate-cards.mjs [--max-bytes N] FILE_OR_DIR...');
  process.exit(2);
}

const files = inputs.flatMap((p) => fs.statSync(p).isDirectory()
  ? fs.readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(p, f))
  : [p]);

// Walks every object in the card, calling visit(node, jsonPath).
function walk(node, jsonPath, visit) {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${jsonPath}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    visit(node, jsonPath);
    for (const [key, child] of Object.entries(node)) walk(child, `${jsonPath}.${key}`, visit);
  }
}

function ownChecks(json, bytes) {
  const problems = [];
  if (json.type !== 'AdaptiveCard') problems.push('root "type" is not "AdaptiveCard"');
  if (json.version !== '1.5') problems.push(`"version" is ${JSON.stringify(json.version)}, expected "1.5"`);
  if (json.lang !== 'es') problems.push(`"lang" is ${JSON.stringify(json.lang)}, expected "es"`);
  for (const key of ['fallbackText', 'speak']) {
    if (!(typeof json[key] === 'string' && json[key].trim())) problems.push(`no "${key}"`);
  }
  if (bytes >= maxBytes) problems.push(`card is ${bytes} bytes, limit ${maxBytes}`);
  walk(json, '$', (node, at) => {
    if (node.type === 'Action.Execute' && !(typeof node.verb === 'string' && node.verb.trim())) {
      problems.push(`${at}: Action.Execute without "verb"`);
    }
    if (node.type === 'Action.Execute' && at.includes('.actions') && !node.fallback) {
      problems.push(`${at}: Action.Execute without an Action.Submit fallback`);
    }
    if (node.type === 'Action.Submit' && at.endsWith('.fallback') && !(node.data && typeof node.data.verb === 'string')) {
      problems.push(`${at}: fallback Action.Submit whose data has no "verb"`);
    }
    if (node.type === 'TextBlock' && !(typeof node.text === 'string' && node.text.trim())) {
      problems.push(`${at}: TextBlock without text`);
    }
  });
  if (json.refresh?.userIds && json.refresh.userIds.length > 60) problems.push('refresh.userIds lists more than 60 users');
  return problems;
}

function parserChecks(json) {
  const problems = [];
  // The parser checks "lang" with a regular expression that has the g flag (adaptivecards 3.0.6,
  // CardElement.langProperty = /^[a-z]{2,3}$/gi), so exec() remembers where the last match ended: after one card with
  // "lang": "es" passes, the next card's "es" is matched from index 2 and refused. Each card is checked on its own, as
  // Teams checks it: start that expression afresh. The check itself is unchanged ("es-MX" is still refused).
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${e.message} (${AC.ValidationEvent[e.event] ?? e.event})`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`validate: ${e.message} (${AC.ValidationEvent[e.event] ?? e.event})`);
  }
  return problems;
}

let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.log(`FAIL ${file}: not JSON (${e.message})`);
    failed++;
    continue;
  }
  const problems = [...ownChecks(json, Buffer.byteLength(text, 'utf8')), ...parserChecks(json)];
  if (problems.length) {
    failed++;
    console.log(`FAIL ${file}`);
    for (const p of problems) console.log(`  - ${p}`);
  } else {
    console.log(`ok   ${file}`);
  }
}
console.log(`${files.length - failed}/${files.length} cards valid`);
process.exit(failed ? 1 : 0);
