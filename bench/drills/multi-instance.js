// The three drills of issue 7 across two ProgramaBot *processes* sharing Azure Table Storage (Azurite) and Hangfire
// on PostgreSQL, with a fake Bot Connector. Instance A is SIGKILLed in the middle of each drill and started again;
// a request that fails on one instance is sent again to the other, as a load balancer (or a member clicking again)
// would. Every verdict is read back from the tables and from what reached the Connector, not from the bot's answers.
// Run by multi-instance.sh, which starts PostgreSQL and Azurite and passes: BOT_DLL TABLES_CONN PG_CONN WORK_DIR.
'use strict';
const crypto = require('crypto');
const { startConnector } = require('./fake-connector');
const { BotInstance, postJson, putJson, pool, sleep } = require('./lib/bots');
const tables = require('./lib/tables');

const { BOT_DLL, TABLES_CONN, PG_CONN, WORK_DIR } = process.env;
const N_CONV = Number(process.env.N_CONV || 500);
const N_REQUESTS = Number(process.env.N_REQUESTS || 200);
const N_SUBSCRIBED = Number(process.env.N_SUBSCRIBED || 500);
const KEY = 'drill-key-' + crypto.randomBytes(6).toString('hex');
const PREFIX = 'Drill' + crypto.randomBytes(3).toString('hex');
// The Development roster (Bot/appsettings.Development.json).
const MEMBERS = ['user-id-1', 'user-id-2', 'user-id-3'];
const MEMBER_KEYS = { 'user-id-1': '00000000-0000-0000-0000-0000000000021', 'user-id-2': '00000000-0000-0000-0000-0000000000022',
  'user-id-3': '00000000-0000-0000-0000-0000000000023' }; // their AadObjectIds
const COMMISSION = '2af22333-7f9f-41b9-b1f8-6792c87a37e3';
const NOTICE_OFFSET_MIN = 10;

const log = (m) => console.error(`==> ${new Date().toISOString().slice(11, 19)} ${m}`);
const verdicts = [];
function verdict(name, ok, figures) {
  verdicts.push({ name, ok });
  console.log(`${name}: ${ok ? 'PASS' : 'FAIL'}`);
  for (const line of figures) console.log(`  ${line}`);
}
const countBy = (items, key) => items.reduce((m, x) => m.set(key(x), (m.get(key(x)) || 0) + 1), new Map());

let seq = 0;
function activity(connector, type, conversation, from, extra = {}, conversationType = 'personal') {
  return {
    type, id: `drill-${++seq}`, channelId: 'msteams', serviceUrl: connector.url, timestamp: new Date().toISOString(),
    conversation: { id: conversation, conversationType, tenantId: 't1' },
    from: { id: from, name: from }, recipient: { id: '28:bot', name: 'ProgramaBot' },
    channelData: { tenant: { id: 't1' } }, ...extra,
  };
}

/** Sends to `first`; a failed request (instance down, no answer, 5xx) goes once more to the other instance. */
async function send(instances, first, path, body, headers) {
  const a = await postJson(instances[first].url + path, body, headers);
  if (a.status >= 200 && a.status < 500) return { ...a, retried: false };
  const b = await postJson(instances[1 - first].url + path, body, headers);
  return { ...b, retried: true, firstError: a.error || a.status };
}

/** Kills instance A when the `killAt`-th item starts, and starts it again when the `restartAt`-th does. */
function killSchedule(a, killAt, restartAt, events) {
  return async (i) => {
    if (i === killAt) { await a.sigkill(); events.kill = Date.now(); log(`instance A SIGKILLed (item ${i})`); }
    if (i === restartAt) { a.start(); events.restart = Date.now(); log(`instance A starting again (item ${i})`); }
  };
}

// ---------------------------------------------------------------- drill 0: installs, references, answers
async function drillInstalls(connector, instances) {
  const [a] = instances;
  const convs = Array.from({ length: N_CONV }, (_, i) => `a:drill-${i + 1}`);
  const events = {};
  const installs = await pool(convs, 8, (c, i) => send(instances, i % 2,
    '/api/messages', activity(connector, 'installationUpdate', c, '29:installer', { action: 'add' })),
  killSchedule(a, Math.floor(N_CONV / 2), Math.floor(N_CONV / 2) + Math.min(50, Math.floor(N_CONV / 4)), events));
  await a.ready();
  const questions = await pool(convs, 8, (c, i) => send(instances, 1 - (i % 2), '/api/messages',
    activity(connector, 'message', c, '29:installer', { text: '¿Qué es el SPEN?', deliveryMode: 'expectReplies' })));
  const answered = questions.filter((r) => r.status === 200 && r.json && r.json.activities && r.json.activities.length > 0).length;

  const welcomes = countBy(connector.calls.filter((c) => c.method === 'POST' && convs.includes(c.conversation)), (c) => c.conversation);
  const refs = await tables.conversationReferences(TABLES_CONN, PREFIX);
  const stored = convs.filter((c) => refs.has(c) && refs.get(c).IsActive !== false).length;
  const ok200 = installs.filter((r) => r.status === 200).length;
  const twice = convs.filter((c) => (welcomes.get(c) || 0) > 1);
  // Welcomed twice is explained only when A welcomed, then died before answering, and the install went to B.
  const inFlight = twice.filter((c) => {
    const i = convs.indexOf(c);
    const first = connector.calls.find((x) => x.method === 'POST' && x.conversation === c);
    return installs[i].retried && events.kill && first.at <= events.kill;
  });
  verdict('drill 0 — installs across two instances, A SIGKILLed mid-run', ok200 === N_CONV && welcomes.size === N_CONV
    && twice.length === inFlight.length && twice.length <= 8 && answered === N_CONV && stored === N_CONV, [
    `installs answered 200: ${ok200}/${N_CONV} (sent again to the other instance: ${installs.filter((r) => r.retried).length})`,
    `welcomes at the Connector: ${welcomes.size}/${N_CONV} conversations; welcomed twice: ${twice.length}, all of them installs in flight on A at the SIGKILL: ${inFlight.length === twice.length ? 'yes' : 'NO'}`,
    `active conversation references in the ${PREFIX}ConversationReferences table: ${stored}/${N_CONV}`,
    `later questions answered (expectReplies), through the other instance than the install: ${answered}/${N_CONV}`,
  ]);
}

// ---------------------------------------------------------------- drill 1: votes
function actionData(card, verb) {
  let found = null;
  (function walk(node) {
    if (found || !node || typeof node !== 'object') return;
    if (node.type === 'Action.Execute' && node.verb === verb) { found = node.data; return; }
    Object.values(node).forEach(walk);
  })(card);
  return found;
}

const invoke = (connector, member, verb, data, automatic) => activity(connector, 'invoke', COMMISSION, member, {
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: automatic ? 'automatic' : 'manual' },
}, 'groupChat');

function classify(answer) {
  const text = JSON.stringify(answer || {});
  if (text.includes('Registré tu voto')) return 'recorded';
  if (text.includes('ya estaba registrado')) return 'unchanged';
  if (text.includes('ya fue decidida')) return 'already-decided';
  if (text.includes('desactualizada')) return 'stale';
  return 'other';
}

async function drillVotes(connector, instances) {
  const [a] = instances;
  const headers = { 'x-api-key': KEY };
  const join = await send(instances, 0, '/api/messages', activity(connector, 'conversationUpdate', COMMISSION, MEMBERS[0],
    { membersAdded: [{ id: '28:bot' }] }, 'groupChat'));
  if (join.status !== 200) throw new Error(`joining the commission conversation answered ${join.status}`);

  log(`creating ${N_REQUESTS} requests through POST /api/approvals, alternately on A and B`);
  const fields = { ejercicio: '2020', miembro: 'C. Rosa María Gallegos Ibarra', cargo: 'Jefa de Departamento',
    tipoIncentivo: 'rendimiento', justificacion: 'Calificación más alta de la evaluación.', dictamen: 'https://iepc.example/dictamen.pdf' };
  const created = await pool(Array.from({ length: N_REQUESTS }, (_, i) => i), 4,
    (i) => send(instances, i % 2, '/api/approvals', { kind: 'dictamen-incentivos', fields }, headers));
  const failed = created.filter((r) => r.status !== 201);
  if (failed.length) throw new Error(`${failed.length} requests were not created: ${JSON.stringify(failed[0]).slice(0, 300)}`);
  const requests = created.map((r) => ({ id: r.json.id, cardId: r.json.request.cardActivityId }));

  // Member 1 approves, member 2 rejects, member 3 approves; neighbours in the list vote on the same request at once.
  const clicks = requests.flatMap((r, i) => MEMBERS.map((m, j) => ({ r, m, verb: j === 1 ? 'approvals.reject' : 'approvals.approve', first: (i + j) % 2 })));
  const events = {};
  log(`${clicks.length} clicks, 12 in flight; A is SIGKILLed at click ${Math.floor(clicks.length / 3)}`);
  const clickStart = Date.now();
  const outcomes = await pool(clicks, 12, async (c) => {
    // The member's client refreshes the card (automatic), then the member clicks the verb on the ballot it got.
    const refreshed = await send(instances, c.first, '/api/messages',
      invoke(connector, c.m, 'refresh', { requestId: c.r.id, version: 1, myVote: '' }, true));
    const data = refreshed.status === 200 && actionData(refreshed.json, c.verb);
    if (!data) return { ...c, outcome: refreshed.status === 200 ? 'no-ballot' : `refresh-failed-${refreshed.status}` };
    const voted = await send(instances, c.first, '/api/messages', invoke(connector, c.m, c.verb, data, false));
    return { ...c, retried: refreshed.retried || voted.retried, outcome: voted.status === 200 ? classify(voted.json) : `vote-failed-${voted.status}` };
  }, killSchedule(a, Math.floor(clicks.length / 3), Math.floor(clicks.length / 3) + Math.min(120, Math.floor(clicks.length / 4)), events));
  const clickSeconds = Math.round((Date.now() - clickStart) / 1000);
  await a.ready();
  // Card updates still queued behind Teams' pacing, or left behind by the killed instance for the publication sweep
  // (every minute, for changes older than 30 s): wait until no request's publication is pending.
  const settleStart = Date.now();
  let stored = await tables.approvals(TABLES_CONN, PREFIX);
  const behind = () => requests.filter((r) => { const p = stored.get(r.id) && stored.get(r.id).publication; return !p || p.Pending; });
  // …and the card settle jobs (5 s after each vote here) run on either instance, however long the publications took.
  while ((behind().length > 0 || Date.now() - settleStart < 20_000) && Date.now() - settleStart < 420_000) {
    await sleep(2000);
    stored = await tables.approvals(TABLES_CONN, PREFIX);
  }
  const settledIn = Math.round((Date.now() - settleStart) / 1000);
  const problems = [];
  let votes = 0;
  let auditVotes = 0;
  for (const r of requests) {
    const s = stored.get(r.id);
    if (!s || !s.request) { problems.push(`${r.id}: not in the table`); continue; }
    votes += s.votes.length;
    const decided = s.audit.filter((e) => e.action === 'decided').length;
    const voteLines = s.audit.filter((e) => e.action === 'voted' || e.action === 'vote-changed').length;
    auditVotes += voteLines;
    if (s.request.status !== 'Approved') problems.push(`${r.id}: status ${s.request.status}`);
    if (decided !== 1) problems.push(`${r.id}: ${decided} decided audit entries`);
    if (voteLines !== s.votes.length) problems.push(`${r.id}: ${s.votes.length} votes but ${voteLines} vote audit entries`);
    const members = new Set(s.votes.map((v) => v.memberKey));
    if (members.size !== s.votes.length) problems.push(`${r.id}: a member has two votes`);
    for (const o of outcomes.filter((x) => x.r === r && x.outcome === 'recorded')) {
      if (!members.has(MEMBER_KEYS[o.m])) problems.push(`${r.id}: the recorded vote of ${o.m} is missing`);
    }
    const puts = connector.calls.filter((c) => c.method === 'PUT' && c.activityId === r.cardId);
    const last = puts[puts.length - 1];
    if (!last) problems.push(`${r.id}: the card was never updated`);
    else if (last.version !== s.request.version) problems.push(`${r.id}: the card shows version ${last.version}, the request is at ${s.request.version}`);
    const announced = connector.calls.filter((c) => c.method === 'POST' && c.conversation === COMMISSION && c.text
      && c.text.includes(r.id) && c.text.includes('decidió')).length;
    if (announced !== 1) problems.push(`${r.id}: decision announced ${announced} times`);
    if (!s.publication || s.publication.Pending) problems.push(`${r.id}: publication still behind`);
  }

  const recorded = outcomes.filter((o) => o.outcome === 'recorded').length;
  const byOutcome = [...countBy(outcomes, (o) => o.outcome)].map(([k, v]) => `${k} ${v}`).join(', ');
  const failedClicks = outcomes.filter((o) => /failed/.test(o.outcome)).length;
  verdict('drill 1 — 3 members × requests, clicks across two instances, A SIGKILLed mid-voting', problems.length === 0 && failedClicks === 0, [
    `${N_REQUESTS} requests, ${clicks.length} clicks: ${byOutcome}; clicks sent again to the other instance: ${outcomes.filter((o) => o.retried).length}`,
    `stored: ${votes} votes (${recorded} answered "recorded"), ${auditVotes} vote audit entries; checked: every request Approved with one "decided" entry, each card's last update at the stored version, each decision announced once, no publication behind`,
    `card updates (PUT): ${connector.calls.filter((c) => c.method === 'PUT').length}; the ${clicks.length} clicks took ${clickSeconds} s; checked ${settledIn} s after the last click (publications caught up, settle jobs run)`,
    ...(problems.length ? [`problems (${problems.length}): ${problems.slice(0, 8).join('; ')}`] : []),
  ]);
}

// ---------------------------------------------------------------- drill 2: notices
function mexicoCity(date) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

async function drillNotices(connector, instances) {
  const [a] = instances;
  const convs = Array.from({ length: N_SUBSCRIBED }, (_, i) => `19:notice-drill-${i + 1}@thread.v2`);
  log(`${N_SUBSCRIBED} conversations subscribe, alternately through A and B`);
  const subs = await pool(convs, 8, (c, i) => send(instances, i % 2, '/api/messages',
    activity(connector, 'message', c, `29:user-${i}`, { text: 'suscribir recordatorios' }, 'groupChat')));
  const subscribed = subs.filter((r) => r.status === 200).length;

  // Three extraordinary sessions whose reminder (NOTICE_OFFSET_MIN before) falls due on three consecutive minutes.
  let first = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000;
  const sessions = [1, 2, 3].map((k) => ({ k, fireAt: first + (k - 1) * 60_000, at: first + (k - 1 + NOTICE_OFFSET_MIN) * 60_000 }));
  for (const s of sessions) {
    const r = await putJson(`${instances[1].url}/api/reminders/sessions/extraordinaria/${s.k}`, { when: mexicoCity(new Date(s.at)) }, { 'x-api-key': KEY });
    if (r.status !== 200) throw new Error(`scheduling extraordinaria ${s.k} answered ${r.status} ${JSON.stringify(r.json)}`);
    log(`Sesión Extraordinaria ${s.k} at ${mexicoCity(new Date(s.at))} (Mexico City): its reminder is due at ${new Date(s.fireAt).toISOString().slice(11, 16)} UTC`);
  }

  const reminders = () => connector.calls.filter((c) => c.method === 'POST' && c.text && c.text.startsWith('⏰') && convs.includes(c.conversation));
  const ofSession = (k) => reminders().filter((c) => c.text.includes(`Sesión Extraordinaria ${k}**`));
  const events = {};
  // SIGKILL A once a third of the second session's reminders reached the Connector; start it again 5 s later.
  const deadline = sessions[2].fireAt + 4 * 60_000;
  while (Date.now() < deadline) {
    if (!events.kill && ofSession(2).length >= N_SUBSCRIBED / 3) {
      await a.sigkill(); events.kill = Date.now();
      log(`instance A SIGKILLed with ${ofSession(2).length}/${N_SUBSCRIBED} of session 2's reminders delivered`);
      await sleep(5000); a.start(); await a.ready(); log('instance A is back');
    }
    if (events.kill && reminders().length >= 3 * N_SUBSCRIBED && !events.complete) {
      events.complete = Date.now();
      log(`all ${3 * N_SUBSCRIBED} reminders delivered; watching 100 s more for late duplicates (lease 30 s + a scan)`);
    }
    if (events.complete && Date.now() - events.complete > 100_000) break;
    await sleep(500);
  }

  const perPair = countBy(reminders(), (c) => `${c.conversation}|${c.text.match(/Extraordinaria (\d)/)[1]}`);
  const missing = [];
  const doubled = [];
  for (const c of convs) for (const s of sessions) {
    const n = perPair.get(`${c}|${s.k}`) || 0;
    if (n === 0) missing.push(`${c}/${s.k}`);
    if (n > 1) doubled.push({ c, k: s.k, n });
  }
  // A double is explained only by the one window no protocol closes: the Connector accepted the notice, then the
  // process died before writing "Sent" (Bot Framework's POST …/activities takes no idempotency key).
  const log2 = (await tables.noticeLog(TABLES_CONN, PREFIX)).filter((r) => convs.includes(r.Target));
  const inFlight = doubled.filter((d) => {
    const first = reminders().find((c) => c.conversation === d.c && c.text.includes(`Extraordinaria ${d.k}**`));
    const row = log2.find((r) => r.Target === d.c && r.NoticeId.startsWith(`extraordinaria-${d.k}@`));
    // Sent by A just before it died (reached the Connector in the last 2 s), and offered again after the lease.
    return events.kill && first.at <= events.kill && first.at > events.kill - 2000 && row && row.Attempts >= 2;
  });
  const sent = log2.filter((r) => r.State === 1).length;
  const attempts2 = log2.filter((r) => r.Attempts > 1).length;
  const deliveredBeforeKill = events.kill ? reminders().filter((c) => c.at <= events.kill).length : 0;
  // Teams' global limit (50/s) is per bot: both instances together must stay under it.
  const times = reminders().map((c) => c.at).sort((x, y) => x - y);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  verdict('drill 2 — subscribed conversations × 3 reminders over two Hangfire servers, A SIGKILLed mid-fan-out',
    subscribed === N_SUBSCRIBED && missing.length === 0 && doubled.length === inFlight.length && sent === 3 * N_SUBSCRIBED
      && !!events.kill && busiest <= 50, [
    `subscriptions answered 200: ${subscribed}/${N_SUBSCRIBED}; reminders at the Connector: ${reminders().length} for ${3 * N_SUBSCRIBED} (conversation, session) pairs`,
    `lost: ${missing.length}${missing.length ? ` (${missing.slice(0, 5).join(', ')}…)` : ''}; doubled: ${doubled.length}, of which in flight at the SIGKILL: ${inFlight.length}`,
    `notice log (${PREFIX}NoticeLog): ${sent}/${3 * N_SUBSCRIBED} rows Sent, ${attempts2} needed a second offer (held by the killed instance until the lease ended)`,
    `SIGKILL after ${deliveredBeforeKill} deliveries; last reminder ${events.complete ? ((events.complete - events.kill) / 1000).toFixed(0) + ' s after the kill' : 'never'}`,
    `busiest second at the Connector, both instances together: ${busiest} reminders (Teams' global limit: 50/s per bot)`,
  ]);
}

async function main() {
  const missing = ['BOT_DLL', 'TABLES_CONN', 'PG_CONN', 'WORK_DIR', 'PORTS'].filter((k) => !process.env[k]);
  if (missing.length) throw new Error(`${missing.join(', ')} not set: run bench/drills/multi-instance.sh, which starts PostgreSQL and Azurite and sets them`);
  const connector = await startConnector();
  const env = {
    ASPNETCORE_ENVIRONMENT: 'Development',
    Storage__Provider: 'AzureTables', Storage__AzureTables__ConnectionString: TABLES_CONN, Storage__AzureTables__TablePrefix: PREFIX,
    Hangfire__Storage: 'PostgreSql', Hangfire__PostgreSql__ConnectionString: PG_CONN, Hangfire__WorkerCount: '10',
    Approvals__ApiKey: KEY, Reminders__AdminApiKey: KEY,
    Reminders__SessionOffsets__0: `00:${String(NOTICE_OFFSET_MIN).padStart(2, '0')}:00`,
    Reminders__DeliveryLease: '00:00:30', Reminders__RetryDelay: '00:00:10',
    Logging__LogLevel__Default: 'Warning', Logging__LogLevel__ProgramaBot: 'Warning',
    // Drill 1 puts ~1,000 messages into one conversation; Teams allows 60 per 30 s there, so with its limits the drill
    // would wait ~9 minutes on pacing alone (a burst no commission makes; PacedCardUpdateTests covers clicks under it).
    // The fake Connector enforces nothing, so only the per-conversation limit is lifted; the global 50/s stays.
    Connector__Pacing__PerConversation__0__Count: '1000', Connector__Pacing__PerConversation__0__Window: '00:00:01',
    Approvals__CardSettleDelay: '00:00:05', // the card sent once more after each vote (default 30 s)
  };
  const ports = (process.env.PORTS || '').split(',').map(Number);
  const instances = ['a', 'b'].map((name, i) => new BotInstance(name, ports[i], env, { dll: BOT_DLL, workDir: WORK_DIR }));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => { instances.forEach((b) => b.child && b.child.kill('SIGKILL')); process.exit(130); });
  }
  try {
    await Promise.all(instances.map((b) => b.start().ready()));
    console.log(`instances A ${instances[0].url} and B ${instances[1].url}; Connector ${connector.url}; tables ${PREFIX}*`);
    const only = (process.env.DRILLS || '0,1,2').split(',');
    if (only.includes('0')) await drillInstalls(connector, instances);
    if (only.includes('1')) await drillVotes(connector, instances);
    if (only.includes('2')) await drillNotices(connector, instances);
  } finally {
    await Promise.all(instances.map((b) => b.stop()));
    await connector.close();
  }
  const failed = verdicts.filter((v) => !v.ok);
  console.log(failed.length ? `FAIL: ${failed.map((v) => v.name.split(' ')[1]).join(', ')}` : 'PASS: every drill');
  process.exit(failed.length ? 1 : 0);
}

main().catch((e) => { console.error(`error: ${e.stack || e}`); process.exit(2); });
