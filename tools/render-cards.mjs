// Renders Adaptive Card JSON files to PNG with the official renderer (adaptivecards, pinned) and a Teams-light
// host config in headless Chromium (Debian's /usr/bin/chromium through puppeteer-core; no browser download).
// Usage: node tools/render-cards.mjs CARDS_DIR OUT_DIR [name ...]   (names without .json; default: all)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const [cardsDir, outDir, ...names] = process.argv.slice(2);
if (!cardsDir || !outDir) {
  console.error('usage: node tools/render-cards.mjs CARDS_DIR OUT_DIR [name ...]');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const hostConfig = fs.readFileSync(path.join(here, 'teams-light-hostconfig.json'), 'utf8');
const wanted = names.length ? names : fs.readdirSync(cardsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
fs.mkdirSync(outDir, { recursive: true });

// Teams renders TextBlock markdown (bold, links, lists); the renderer needs a processor for that.
const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>
  body { margin: 0; background: #F5F5F5; font-family: 'Segoe UI', system-ui, sans-serif; }
  #frame { width: 600px; margin: 16px; background: #fff; border-radius: 6px; box-shadow: 0 2px 4px rgba(0,0,0,.14); overflow: hidden; }
  .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #fff; padding: 6px 16px; font-weight: 600; font-size: 14px; font-family: inherit; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #fff; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; border-color: #C4314B; }
  .ac-input { font-family: inherit; font-size: 14px; }
  .ac-textInput, .ac-multichoiceInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px; box-sizing: border-box; width: 100%; }
  .ac-textInput.ac-multiline { height: 64px; }
  .ac-textRun, p { margin: 0; }
  ul { margin: 0; padding-left: 20px; }
  a { color: #5B5FC7; }
</style>
<script src="${pathToFileURL(path.join(root, 'node_modules/adaptivecards/dist/adaptivecards.min.js'))}"></script>
</head><body><div id="frame"></div></body></html>`;

const pageFile = path.join(outDir, '.render.html');
fs.writeFileSync(pageFile, page);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 640, height: 800, deviceScaleFactor: 1.5 });
  for (const name of wanted) {
    const card = JSON.parse(fs.readFileSync(path.join(cardsDir, `${name}.json`), 'utf8'));
    await tab.goto(pathToFileURL(pageFile).href);
    await tab.evaluate((cardJson, hostConfigJson) => {
      const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const inline = (s) => escape(s)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '<a href="$2">$1</a>');
      AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
        const lines = text.split('\n');
        result.outputHtml = lines.every((l) => l.startsWith('- '))
          ? `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`
          : lines.map((l) => `<p>${inline(l)}</p>`).join('');
        result.didProcess = true;
      };
      const adaptiveCard = new AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfigJson));
      adaptiveCard.parse(cardJson);
      document.getElementById('frame').appendChild(adaptiveCard.render());
    }, card, hostConfig);
    const frame = await tab.$('#frame');
    const out = path.join(outDir, `${name}.png`);
    await frame.screenshot({ path: out });
    console.log(out);
  }
} finally {
  await browser.close();
  fs.rmSync(pageFile, { force: true });
}
