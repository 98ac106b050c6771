// Drives the Agents Playground's web UI in headless Chromium (puppeteer-core, the Debian browser) through the
// end-to-end story and saves PNGs for the README. Started by scripts/playground-screenshots.sh, which starts the
// built bot and the Playground (tenant Bot.Tests/EndToEnd/agentsplayground.yml) first.
//
// Usage: node tools/playground-screenshots.mjs --playground http://127.0.0.1:PORT --member-playground http://127.0.0.1:PORT2
//        --out docs/img/playground [--chromium /usr/bin/chromium] [--reminder-timeout 100]
//
// What the current user (Alex Wilber, the Secretario Técnico) does, he does in the web UI: types messages (a question,
// a follow-up, «sesiones») and fills and sends the request form. Megan Bowen, the Presidenta, has a second Playground
// whose current user she is (tools/agentsplayground-member.yml): in its web UI she asks «mis pendientes» and clicks
// Aprobar on her ballot. Adele Vance's vote is an adaptiveCard/action invoke sent as her through the first
// Playground's HTTP API; the UI shows the commission's card being replaced. Messages to the group chat go through the
// API too, with the @mention Teams requires.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import WebSocket from 'ws';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = args.playground ?? 'http://127.0.0.1:56150';
const memberBase = args['member-playground'];
const out = args.out ?? 'docs/img/playground';
const chromium = args.chromium ?? '/usr/bin/chromium';
const reminderTimeout = Number(args['reminder-timeout'] ?? 100) * 1000;
const PERSONAL = 'programabot-e2e-personal';
const COMMISSION = 'programabot-e2e-comision';
const COMMISSION_NAME = 'Comisión de Seguimiento';

if (!fs.existsSync(chromium)) {
  console.error(`Chromium is missing at ${chromium}: install it with 'sudo apt-get install chromium' (Debian package).`);
  process.exit(2);
}
if (!memberBase) {
  console.error('--member-playground is required (Megan Bowen\'s Playground, started by scripts/playground-screenshots.sh).');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

// --- the Playground's API and stream -----------------------------------------------------------------------------
const frames = [];
const ws = new WebSocket(base.replace(/^http/, 'ws') + '/_ws_conversation/v1/conversations/stream');
ws.on('message', data => frames.push(JSON.parse(data.toString())));
await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });

async function api(method, route, body) {
  const response = await fetch(base + route, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function frame(match, timeout = 20000, what = 'a frame') {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = frames.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
}

const card = f => f.message?.attachments?.find(a => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const findAction = (node, verb) => {
  if (Array.isArray(node)) { for (const n of node) { const a = findAction(n, verb); if (a) return a; } return null; }
  if (node && typeof node === 'object') {
    if (node.type === 'Action.Execute' && node.verb === verb) return node;
    for (const v of Object.values(node)) { const a = findAction(v, verb); if (a) return a; }
  }
  return null;
};
const execute = (verb, data, trigger = 'manual') => ({ action: { type: 'Action.Execute', verb, data }, trigger });
const invoke = (user, conversation, replyToId, value) =>
  api('POST', '/_conversation/v1/invoke', { name: 'adaptiveCard/action', from: { id: user }, conversation: { id: conversation }, replyToId, value });

async function sendWithMention(user, conversation, text) {
  const { config } = await api('GET', '/_internal/v1/config');
  const mention = `<at>${config.bot.name}</at>`;
  return api('POST', `/_conversation/v1/conversations/${conversation}/messages`,
    { from: { id: user }, text: `${mention} ${text}`, textFormat: 'plain', mentions: [{ mentioned: { id: config.bot.id }, text: mention }] });
}

// --- the browser ---------------------------------------------------------------------------------------------------
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'programabot-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--lang=es-MX'],
});
const saved = [];
let failed = false;

/** What a person does in one Playground's web UI. */
function ui(page) {
  const editor = '[contenteditable="true"][role="textbox"]';
  return {
    page,
    waitForText: (text, timeout = 20000) =>
      page.waitForFunction(t => document.body.innerText.includes(t), { timeout, polling: 250 }, text),
    async type(text) {
      await page.click(editor);
      await page.keyboard.type(text, { delay: 5 });
      await page.keyboard.press('Enter');
    },
    async openChat(name) {
      const item = await page.$(`[role="treeitem"][aria-label^="${name}"]`);
      if (!item) throw new Error(`No chat named ${name} in the Playground's list`);
      await item.click();
      await sleep(800);
    },
    /** Scrolls the (last) element whose own text starts with `text` to the top of the message list. */
    async scrollTo(text) {
      const found = await page.$$(`xpath/.//*[starts-with(normalize-space(text()), ${JSON.stringify(text)})]`);
      if (found.length) await found[found.length - 1].evaluate(e => e.scrollIntoView({ block: 'start' }));
      await sleep(300);
    },
    /** Clicks the last button titled `title` (a card's action). */
    async click(title) {
      const buttons = await page.$$(`xpath/.//button[.//*[normalize-space(text())=${JSON.stringify(title)}] or normalize-space(text())=${JSON.stringify(title)}]`);
      if (!buttons.length) throw new Error(`No button «${title}»`);
      await buttons[buttons.length - 1].click();
    },
    async shot(name) {
      await sleep(700); // let the message list settle
      const file = path.join(out, name + '.png');
      await page.screenshot({ path: file });
      saved.push(file);
      console.log('saved ' + file);
    },
    async closeLogPanel() {
      const closeLog = await page.$('button[aria-label="Close"], button[title="Close"]');
      const [logClose] = await page.$$('xpath/.//*[normalize-space(text())="Log Panel"]/following::button[2]');
      if (logClose) await logClose.click(); else if (closeLog) await closeLog.click();
    },
  };
}

try {
  const alexPage = await browser.newPage();
  await alexPage.setViewport({ width: 1366, height: 900, deviceScaleFactor: 1 });
  await alexPage.goto(base + '/', { waitUntil: 'networkidle0' });
  const alex = ui(alexPage);

  // 1. Opening the Playground installs the app in the personal chat: the welcome and the help card with its buttons.
  //    The bot is added to the commission's chat too.
  await alex.waitForText('Gracias por agregarme', 30000);
  await alex.closeLogPanel();
  await api('POST', `/_debug/conversation/${COMMISSION}/installation`, {});
  await frame(f => f.actionConversationId === COMMISSION && f.message?.text?.includes('Gracias por agregarme'), 20000, 'the welcome in the commission chat');
  await alex.waitForText('Próxima sesión');
  await alex.shot('01-welcome');

  // 2. A question about the programme, then a follow-up that only makes sense after it.
  await alex.type('¿cuándo es la sesión ordinaria III?');
  await alex.waitForText('Fuente: Programa Anual de Trabajo 2021');
  await alex.shot('02-answer');
  await alex.type('¿y la cuarta?');
  await frame(f => f.actionConversationId === PERSONAL && (f.message?.text ?? '').includes('Ordinaria IV'), 20000, 'the answer to the follow-up');
  await alex.waitForText('Ordinaria IV');
  await alex.shot('03-follow-up');

  // 3. The sessions card.
  await alex.type('sesiones');
  await frame(f => f.actionConversationId === PERSONAL && card(f)?.fallbackText?.includes('Sesión Ordinaria IV'), 20000, 'the sessions card');
  await alex.waitForText('Sesiones ordinarias');
  await alex.shot('04-sessions-card');

  // 4. The Secretario Técnico fills in the form in the UI and sends it.
  await alex.type('nueva solicitud modificacion-metas');
  await alex.waitForText('Enviar a la Comisión');
  await fillForm(alexPage);
  await alex.shot('05-request-form');
  await alex.click('Enviar a la Comisión');
  await alex.waitForText('Solicitud enviada a la Comisión');
  await alex.shot('06-request-sent');

  // 5. The commission's chat: the request card with its tally, nobody has voted.
  const posted = await frame(f => f.actionConversationId === COMMISSION && card(f)?.refresh, 20000, 'the request card');
  await alex.openChat(COMMISSION_NAME);
  await alex.waitForText('Votar o cambiar mi voto');
  await alex.scrollTo('Modificación de metas · Solicitud');
  await alex.shot('07-approval-card');

  // 6. Megan Bowen, in her own Teams (the second Playground): «mis pendientes», then Aprobar on her ballot.
  const meganPage = await browser.newPage();
  // Taller than Alex's: her copy of the card, with the ballot and its buttons, fits on one screen.
  await meganPage.setViewport({ width: 1366, height: 1300, deviceScaleFactor: 1 });
  await meganPage.goto(memberBase + '/', { waitUntil: 'networkidle0' });
  const megan = ui(meganPage);
  await megan.waitForText('Gracias por agregarme', 30000);
  await megan.closeLogPanel();
  await megan.type('mis pendientes');
  await megan.waitForText('aún no ha votado');
  await megan.scrollTo('Hay 1 solicitud en votación');
  await megan.shot('08-my-pending');
  await megan.click('Aprobar');
  await megan.waitForText('Registré su voto');
  await megan.scrollTo('Registré su voto');
  await megan.shot('09-my-vote');

  // 7. Alex's view of the commission's chat: the card was replaced for everyone with the new tally. Adele approves
  //    (an invoke as her), two of three: APROBADA, no buttons left, and the decision is announced.
  await alexPage.bringToFront();
  await alex.waitForText('A favor: 1');
  await alex.scrollTo('Modificación de metas · Solicitud');
  await alex.shot('10-approval-one-vote');
  const cardId = posted.message.messageId;
  const refresh = card(posted).refresh.action.data;
  const ballot = await invoke('user-id-2', COMMISSION, cardId, execute('refresh', refresh, 'automatic'));
  await invoke('user-id-2', COMMISSION, cardId, execute('approvals.approve', findAction(ballot.value, 'approvals.approve').data));
  await alex.waitForText('La Comisión decidió la solicitud');
  await alex.scrollTo('Modificación de metas · Solicitud');
  await alex.shot('11-approval-decided');
  await alex.scrollTo('La Comisión decidió la solicitud');
  await alex.shot('12-decision-announced');

  // 8. Reminders: the commission's chat subscribes, the Secretario Técnico sets the date in his chat, the reminder arrives.
  await sendWithMention('user-id-0', COMMISSION, 'suscribir recordatorios');
  await alex.waitForText('recibirá los recordatorios');
  await alex.openChat('Personal Chat');
  await alex.type('programar sesión ordinaria III el 28 de septiembre de 2021 a las 10:00');
  await alex.waitForText('Entendido');
  await alex.shot('13-session-date');
  await alex.openChat(COMMISSION_NAME);
  console.log(`waiting up to ${reminderTimeout / 1000} s for the reminder (simulated clock)…`);
  await alex.waitForText('Recordatorio: la', reminderTimeout);
  await alex.scrollTo('⏰ Recordatorio');
  await alex.shot('14-reminder');
} catch (e) {
  failed = true;
  console.error('FAILED: ' + e.message);
  const pages = await browser.pages();
  if (pages.length) await pages[pages.length - 1].screenshot({ path: path.join(os.tmpdir(), 'playground-screenshots-failure.png') });
  console.error('last screen: ' + path.join(os.tmpdir(), 'playground-screenshots-failure.png'));
} finally {
  await browser.close();
  ws.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`${saved.length} screenshots in ${out}`);
process.exit(failed ? 1 : 0);

/** Fills the modificación de metas form as a person would: picks each choice, types each text, found by its label. */
async function fillForm(page) {
  const after = label => `xpath/(.//*[normalize-space(text())=${JSON.stringify(label)}]/following::*[self::input or self::textarea or self::select or @role="combobox"])[1]`;
  if (process.env.DUMP_FORM) {
    const [first] = await page.$$(after('Movimiento'));
    console.log(await first.evaluate(e => e.closest('form, [class*=card], [class*=Card]')?.outerHTML.slice(0, 6000) ?? e.parentElement.parentElement.outerHTML));
  }
  for (const [label, value] of [['Movimiento', 'Modificación'], ['Tipo de meta', 'individual'], ['Periodo de evaluación', '2020-2021']]) {
    const [control] = await page.$$(after(label));
    const tag = await control.evaluate(e => e.tagName);
    if (tag === 'SELECT') {
      await control.evaluate((select, text) => {
        const option = [...select.options].find(o => o.text === text);
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    } else {
      await control.click();
      const [option] = await page.$$(`xpath/.//*[@role="option" and normalize-space(.)=${JSON.stringify(value)}]`);
      if (!option) throw new Error(`No option ${value} for ${label}`);
      await option.click();
    }
  }
  for (const [label, value] of [
    ['Identificador de la meta', 'MI-07'],
    ['Descripción de la meta', 'Atender en tiempo las solicitudes de información del Órgano de Enlace.'],
    ['Justificación', 'El calendario del proceso electoral local 2021-2022 adelanta la fecha de entrega.'],
    ['Miembros o área involucrados', 'Órgano de Enlace del SPEN'],
  ]) {
    const [control] = await page.$$(after(label));
    await control.click();
    await control.type(value, { delay: 2 });
  }
}

function sleep(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }
