// Hostile-input fuzzer for a running ProgramaBot (bench/fuzz.sh starts the bot and runs this).
// Posts CASES malformed and hostile requests to /api/messages — broken JSON, wrong JSON kinds, huge strings,
// deep nesting, odd Unicode, missing fields, garbage invoke bodies, odd HTTP framing and, with AUTH=1,
// forged tokens — and checks: zero 5xx, every answer within 15 s, the process alive and healthy.
// It also plays the local issuer (OpenID metadata + JWKS + client-credentials token) on ISSUER_PORT and a
// Bot Connector that accepts everything, so no request ever needs the Internet.
//
// env: BOT_URL (http://127.0.0.1:PORT), ISSUER_PORT, AUTH=0|1, CASES=10000, SEED=1, CONCURRENCY=8,
//      SEED_CONVERSATIONS=file to write the seeded conversation ids to (the integrity check reads them).
// Output: one JSON summary line on stdout ("FUZZ {...}"); exit code 1 when any check failed.
'use strict';
const http = require('http');
const crypto = require('crypto');
const fs = require('fs');

const BOT_URL = new URL(process.env.BOT_URL || 'http://127.0.0.1:3978');
const ISSUER_PORT = Number(process.env.ISSUER_PORT || 0);
const AUTH = process.env.AUTH === '1';
const CASES = Number(process.env.CASES || 10000);
const CONCURRENCY = Number(process.env.CONCURRENCY || 8);
const APP_ID = process.env.APP_ID || 'bench-app-id';
const BF_ISSUER = 'https://api.botframework.com';
const KID = 'bench-key-1';
const DEADLINE_MS = 15000;

// ---- deterministic randomness -------------------------------------------------------------------
let state = Number(process.env.SEED || 1) >>> 0 || 1;
function rnd() { // xorshift32
  state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(rnd() * n);
const pick = (a) => a[int(a.length)];

// ---- local issuer + fake Bot Connector -----------------------------------------------------------
// The trusted key survives between rounds (KEY_FILE): the bot caches the key set it fetched in round 1.
function trustedKey() {
  const file = process.env.KEY_FILE;
  if (file && fs.existsSync(file)) {
    const privateKey = crypto.createPrivateKey(fs.readFileSync(file));
    return { privateKey, publicKey: crypto.createPublicKey(privateKey) };
  }
  const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (file) fs.writeFileSync(file, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return pair;
}
const trusted = trustedKey();
const foreign = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
let connectorCalls = 0;
let serviceUrl = '';

function startIssuerAndConnector() {
  const server = http.createServer({ maxHeaderSize: 4 * 1024 * 1024 }, (req, res) => {
    let body = '';
    req.on('data', (c) => { if (body.length < 1e6) body += c; });
    req.on('end', () => {
      const json = (status, obj) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(obj)); };
      const base = `http://127.0.0.1:${server.address().port}`;
      if (req.url === '/.well-known/openidconfiguration') {
        return json(200, { issuer: BF_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (req.url === '/keys') {
        const jwk = trusted.publicKey.export({ format: 'jwk' });
        return json(200, { keys: [{ ...jwk, kid: KID, use: 'sig', endorsements: ['msteams'] }] });
      }
      if (req.url.endsWith('/oauth2/v2.0/token')) {
        return json(200, { token_type: 'Bearer', expires_in: 3600, access_token: 'bench-outbound-token' });
      }
      if (req.url.startsWith('/connector/')) {
        connectorCalls++;
        return json(200, { id: 'fuzz-reply-' + connectorCalls });
      }
      json(404, { error: 'not found' });
    });
  });
  return new Promise((resolve) => server.listen(ISSUER_PORT, '127.0.0.1', () => {
    serviceUrl = `http://127.0.0.1:${server.address().port}/connector/`;
    resolve(server);
  }));
}

// ---- tokens ---------------------------------------------------------------------------------------
const b64url = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');
function jwt(header, payload, key, alg = 'RS256') {
  const input = `${b64url(header)}.${b64url(payload)}`;
  let sig = '';
  if (alg === 'RS256') sig = crypto.sign('sha256', Buffer.from(input), key).toString('base64url');
  else if (alg === 'HS256') sig = crypto.createHmac('sha256', key).update(input).digest('base64url');
  return `${input}.${sig}`;
}
function claims(overrides = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: BF_ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides };
}
const validToken = () => jwt({ alg: 'RS256', typ: 'JWT', kid: KID }, claims(), trusted.privateKey);

function forgedAuthorization() {
  const now = Math.floor(Date.now() / 1000);
  const h = { alg: 'RS256', typ: 'JWT', kid: KID };
  switch (int(16)) {
    case 0: return undefined; // no header
    case 1: return 'Bearer';
    case 2: return 'Bearer ' + 'x'.repeat(int(20000));
    case 3: return 'Basic ' + Buffer.from('user:pass').toString('base64');
    case 4: return 'Bearer ' + jwt({ alg: 'none', typ: 'JWT', kid: KID }, claims(), null, 'none');
    case 5: return 'Bearer ' + jwt({ alg: 'HS256', typ: 'JWT', kid: KID }, claims(), 'secret', 'HS256');
    case 6: return 'Bearer ' + jwt(h, claims(), foreign.privateKey); // attacker's key, real kid
    case 7: return 'Bearer ' + jwt(h, claims({ exp: now - 3600, nbf: now - 7200, iat: now - 7200 }), trusted.privateKey); // expired
    case 8: return 'Bearer ' + jwt(h, claims({ aud: 'someone-else' }), trusted.privateKey);
    case 9: return 'Bearer ' + jwt(h, claims({ iss: 'https://evil.example/' }), trusted.privateKey);
    // Trusted key, but the serviceurl claim names a URL no fuzz activity ever carries: claim ≠ activity.
    case 10: return 'Bearer ' + jwt(h, claims({ serviceurl: 'https://claimed-elsewhere.example/' }), trusted.privateKey);
    case 11: { const t = validToken().split('.'); return `Bearer ${t[0]}.${b64url({ ...claims(), aud: [APP_ID, 'x'] })}.${t[2]}`; } // payload swapped
    case 12: return 'Bearer ' + validToken().slice(0, -int(40) - 1); // truncated signature
    case 13: return 'Bearer ' + jwt({ alg: 'RS256', kid: pick(['', 'nope', '../../etc/passwd', 'x'.repeat(5000)]) }, claims(), foreign.privateKey);
    case 14: return 'Bearer ' + jwt(h, claims({ nbf: now + 86400, exp: now + 90000 }), trusted.privateKey); // not yet valid
    default: return 'Bearer ' + pick(['a.b.c', '...', 'eyJ.eyJ.', '\u00e9\u00e9.\u00e9.\u00e9', '%00%00', crypto.randomBytes(64).toString('base64')]);
  }
}

// ---- activities -----------------------------------------------------------------------------------
const SEEDED = ['a:seed-personal-1', 'a:seed-personal-2', '19:seed-group@thread.v2', '19:seed-channel@thread.tacv2'];
const QUESTIONS = fs.readFileSync(__dirname + '/questions.txt', 'utf8').split('\n').filter(Boolean);

function baseActivity(i, conversationId) {
  return {
    type: 'message', id: `fuzz-${i}`, timestamp: '2021-09-01T15:00:00Z', channelId: 'msteams', serviceUrl,
    deliveryMode: rnd() < 0.8 ? 'expectReplies' : undefined, locale: 'es-MX', textFormat: 'plain',
    from: { id: '29:fuzz-user', name: 'Fuzz', aadObjectId: 'aad-fuzz' },
    conversation: { id: conversationId || `a:fuzz-${i % 500}`, conversationType: pick(['personal', 'groupChat', 'channel']), tenantId: 'tenant-1' },
    recipient: { id: '28:bot', name: 'ProgramaBot' },
    channelData: { tenant: { id: 'tenant-1' } },
    text: pick(QUESTIONS),
  };
}

const ODD = ['\u202e\u202d', '\u200b\u200c\u200d\ufeff', '\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08', 'e\u0301\u0301\u0301\u0301\u0301',
  '\u0000', '\uffff\ufffe', '\ud800', '\udfff', '<at>ProgramaBot</at>', '<at>', '</at><at>', '<script>alert(1)</script>',
  '${jndi:ldap://x}', '{{7*7}}', "'; DROP TABLE conversation_references; --", '%s%s%n', '\r\n\r\nHTTP/1.1 200 OK', 'ﷺ', '𒐫'.repeat(50),
  'Ｓｅｓｉóｎ', 'SESIÓN ORDINARIA III', '¿¿¿???', ' \t\n ', '..\\..\\', 'null', 'undefined', 'NaN'];

function randomJson(depth = 0) {
  switch (int(depth > 3 ? 5 : 8)) {
    case 0: return null;
    case 1: return rnd() < 0.5;
    case 2: return pick([0, -1, 1e308, -1e-308, 9007199254740993, 1.5, 123456789012345678901234567890]);
    case 3: return pick(ODD) + pick(QUESTIONS);
    case 4: return '';
    case 5: return Array.from({ length: int(4) }, () => randomJson(depth + 1));
    default: { const o = {}; for (let k = int(4); k > 0; k--) o[pick(['type', 'id', 'verb', 'action', 'data', 'value', 'text', pick(ODD)])] = randomJson(depth + 1); return o; }
  }
}

function paths(obj, prefix = [], out = []) {
  for (const k of Object.keys(obj)) {
    out.push([...prefix, k]);
    if (obj[k] && typeof obj[k] === 'object' && !Array.isArray(obj[k])) paths(obj[k], [...prefix, k], out);
  }
  return out;
}
function setPath(obj, path, value) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  if (value === undefined) delete o[path[path.length - 1]]; else o[path[path.length - 1]] = value;
}
function nest(depth, leaf) {
  let v = leaf;
  for (let d = 0; d < depth; d++) v = rnd() < 0.5 ? [v] : { a: v };
  return v;
}

// Each generator returns { category, body (string|Buffer), contentType?, method?, targets? }.
const generators = {
  brokenJson(i) {
    const text = JSON.stringify(baseActivity(i));
    const variants = [
      () => text.slice(0, int(text.length)),
      () => text + pick(['}', ']', ',', 'garbage', '\u0000', '{}']),
      () => text.replace(/"/g, "'"),
      () => text.replace(':', '::'),
      () => '\ufeff' + text,
      () => text.replace('"message"', 'NaN'),
      () => text.replace('{', '{/* comment */'),
      () => crypto.randomBytes(int(2000) + 1),
      () => Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from(text.slice(40))]),
      () => '', () => 'null', () => '[]', () => '"message"', () => '{}', () => '{"type":}',
      () => text.replace(/,/g, () => (rnd() < 0.1 ? '' : ',')),
    ];
    return { body: pick(variants)() };
  },
  wrongTypes(i) {
    const a = baseActivity(i);
    const all = paths(a);
    for (let k = 1 + int(3); k > 0; k--) setPath(a, pick(all.filter((p) => { try { let o = a; for (const s of p.slice(0, -1)) o = o[s]; return o && typeof o === 'object'; } catch { return false; } })), randomJson());
    return { body: JSON.stringify(a) };
  },
  hugeStrings(i) {
    const a = baseActivity(i);
    const big = (n) => pick(['a', 'á', '\ud83d\ude00', '<at>', ' ']).repeat(n);
    const where = int(6);
    if (where === 0) a.text = big(20000 + int(40000));
    else if (where === 1) a.id = big(50000);
    else if (where === 2) a.conversation.id = 'a:fuzz-huge-' + big(20000);
    else if (where === 3) a.from.name = big(60000);
    else if (where === 4) a.text = big(300000); // over the 256 KB limit: 413
    else a.entities = Array.from({ length: 3000 }, () => ({ type: 'mention', mentioned: { id: '28:bot' }, text: '<at>ProgramaBot</at>' }));
    return { body: JSON.stringify(a) };
  },
  manyWords(i) {
    // A pasted long text: more distinct words than Lucene takes clauses (1,024), under or over the body limit.
    const a = baseActivity(i);
    const count = pick([1025, 2000, 5000, 20000, 40000]);
    const word = (n) => 'p' + n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[d]) + pick(['ar', 'ción', 'mente', 'idad', 'o']);
    const words = Array.from({ length: count }, (_, n) => (rnd() < 0.05 ? pick(QUESTIONS) : word(n * 7 + int(7))));
    a.text = (rnd() < 0.5 ? pick(QUESTIONS) + ' ' : '') + words.join(pick([' ', '\n', ', ']));
    return { body: JSON.stringify(a) };
  },
  deepNesting(i) {
    const a = baseActivity(i);
    const depth = pick([20, 63, 64, 65, 100, 1000, 10000, 100000]);
    const target = pick(['value', 'channelData', 'entities', 'attachments', 'unknownField']);
    // Built as text: JSON.stringify itself overflows the stack on the deepest ones.
    const open = Array.from({ length: depth }, () => (rnd() < 0.5 ? '[' : '{"a":'));
    const deep = open.join('') + '"x"' + open.reverse().map((o) => (o === '[' ? ']' : '}')).join('');
    const holder = target === 'entities' ? `[{"type":"mention","deep":${deep}}]`
      : target === 'attachments' ? `[{"contentType":"x","content":${deep}}]` : deep;
    delete a[target];
    const text = JSON.stringify(a);
    return { body: text.slice(0, -1) + `,"${target}":${holder}}` };
  },
  oddUnicode(i) {
    const a = baseActivity(i);
    a.text = Array.from({ length: 1 + int(5) }, () => pick(ODD)).join(pick(['', ' ', pick(QUESTIONS)]));
    if (rnd() < 0.3) a.from.name = pick(ODD);
    if (rnd() < 0.3) a.conversation.id = 'a:fuzz-' + pick(ODD);
    if (rnd() < 0.3) a.locale = pick(ODD);
    if (rnd() < 0.3) a.entities = [{ type: 'mention', mentioned: { id: '28:bot', name: pick(ODD) }, text: pick(ODD) }];
    let body = JSON.stringify(a);
    if (rnd() < 0.3) body = body.replace(/"text":"/, '"text":"\\ud800\\u0000\\udfff'); // escaped lone surrogates, NUL
    return { body };
  },
  missingFields(i) {
    const a = baseActivity(i);
    const all = paths(a);
    for (let k = 1 + int(6); k > 0; k--) { try { setPath(a, pick(all), undefined); } catch { /* parent already removed */ } }
    return { body: JSON.stringify(a) };
  },
  garbageInvoke(i) {
    const a = baseActivity(i);
    a.type = 'invoke';
    a.name = pick(['adaptiveCard/action', 'adaptiveCard/action', 'task/fetch', 'composeExtension/query', 'signin/verifyState', '', pick(ODD)]);
    a.replyToId = pick([undefined, 'card-1', '', pick(ODD)]);
    if (rnd() < 0.5) a.from = pick([{ id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021' }, { id: 'user-id-2' }, { aadObjectId: pick(ODD) }, a.from]);
    a.value = pick([
      () => randomJson(),
      () => ({ action: randomJson() }),
      () => ({ action: { type: 'Action.Execute', verb: randomJson(), data: randomJson() }, trigger: randomJson() }),
      () => ({ action: { type: 'Action.Execute', verb: pick(['approve', 'reject', 'vote', 'refresh', 'subscribe', pick(ODD)]), data: randomJson() } }),
      // The approvals' real verbs, with garbage or plausible data, from a roster member or a stranger.
      () => ({ action: { type: 'Action.Execute', verb: pick(['approvals.open', 'approvals.approve', 'approvals.reject', 'approvals.form', 'approvals.submit', 'refresh']),
        data: pick([randomJson(), { requestId: pick(['', 'req-1', 'x'.repeat(300), pick(ODD)]) }, { requestId: randomJson(), comment: 'c'.repeat(int(3000)) },
          { kind: pick(['modificacion-metas', 'dictamen-incentivos', pick(ODD), 5]), ...randomJson(2) }]) }, trigger: pick(['manual', 'automatic']) }),
      () => ({ action: { verb: 'x', data: nest(50, 1) } }),
    ])();
    return { body: JSON.stringify(a) };
  },
  oddActivities(i) {
    const a = baseActivity(i);
    a.type = pick(['conversationUpdate', 'installationUpdate', 'messageReaction', 'messageUpdate', 'messageDelete', 'event', 'typing',
      'endOfConversation', 'MESSAGE', 'message ', 'trace', 'handoff', pick(ODD)]);
    a.action = pick([undefined, 'add', 'remove', 'add-upgrade', 'remove-upgrade', pick(ODD), 7]);
    if (rnd() < 0.5) a.membersAdded = pick([[null], [{ id: '28:bot' }, null], [{}], [{ id: 5 }], [{ id: '28:bot', name: pick(ODD) }]]);
    if (rnd() < 0.5) a.membersRemoved = [{ id: '28:bot' }];
    if (rnd() < 0.5) a.channelData = pick([{ eventType: pick(['teamDeleted', 'teamRestored', 'channelCreated', 5, null]) }, { tenant: 'x' },
      { tenant: { id: 5 } }, { team: { id: pick(ODD) }, eventType: 'teamRenamed' }, null, 'str', []]);
    if (rnd() < 0.3) a.value = { verb: pick(['approve', 'x', 5]), data: randomJson() }; // Action.Submit fallback shape
    if (rnd() < 0.3) a.serviceUrl = pick(['', 'ftp://x/', 'javascript:alert(1)', 'http://', 'not a url', 5]);
    return { body: JSON.stringify(a) };
  },
  http(i) {
    const a = JSON.stringify(baseActivity(i));
    return pick([
      () => ({ body: a, contentType: null }),
      () => ({ body: a, contentType: 'text/plain' }),
      () => ({ body: a, contentType: 'application/x-www-form-urlencoded' }),
      () => ({ body: a, contentType: 'application/json; charset=latin1' }),
      () => ({ body: Buffer.from(a, 'utf16le'), contentType: 'application/json; charset=utf-16' }),
      () => ({ body: a, contentType: 'application/vnd.evil+json' }),
      () => ({ body: a, method: pick(['PUT', 'GET', 'DELETE', 'PATCH']) }),
      () => ({ body: a, chunked: true }),
      () => ({ body: a, path: pick(['/api/messages/', '/api/messages?x=1', '/api//messages', '/API/MESSAGES', '/api/messages%00']) }),
    ])();
  },
};

// With auth on, every case also carries a hostile Authorization and some target the seeded conversations
// (a forged "remove" must not delete them; a forged message must not re-route them).
function makeCase(i) {
  const names = Object.keys(generators);
  const category = names[i % names.length];
  const c = { category, ...generators[category](i) };
  if (AUTH) {
    c.authorization = forgedAuthorization();
    if (rnd() < 0.3) {
      const a = baseActivity(i, pick(SEEDED));
      a.type = pick(['installationUpdate', 'message', 'conversationUpdate']);
      a.action = 'remove';
      a.channelData = { eventType: 'teamDeleted', tenant: { id: 'tenant-1' } };
      a.serviceUrl = pick([serviceUrl, 'https://evil.example/']);
      c.body = JSON.stringify(a);
      c.category = 'forgedAgainstSeeded';
    }
  }
  return c;
}

// ---- HTTP -----------------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function send({ body, contentType = 'application/json', method = 'POST', authorization, chunked, path = '/api/messages' }) {
  return new Promise((resolve) => {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body ?? '', 'utf8');
    const headers = {};
    if (contentType) headers['content-type'] = contentType;
    if (authorization !== undefined) headers.authorization = authorization;
    if (!chunked) headers['content-length'] = buf.length;
    const started = Date.now();
    const req = http.request({ host: BOT_URL.hostname, port: BOT_URL.port, method, path, headers, agent, timeout: DEADLINE_MS + 5000 }, (res) => {
      let size = 0; let text = '';
      res.on('data', (d) => { size += d.length; if (text.length < 2000) text += d; });
      res.on('end', () => resolve({ status: res.statusCode, ms: Date.now() - started, size, text }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, ms: Date.now() - started, error: e.message }));
    if (chunked) { req.write(buf.subarray(0, buf.length >> 1)); req.end(buf.subarray(buf.length >> 1)); } else req.end(buf);
  });
}

async function seed() {
  // Real installs for the seeded conversations (with a valid token when auth is on).
  for (const id of SEEDED) {
    const a = baseActivity(0, id);
    a.type = 'installationUpdate'; a.action = 'add'; a.deliveryMode = 'expectReplies'; delete a.text;
    a.conversation.conversationType = id.startsWith('a:') ? 'personal' : 'groupChat';
    const r = await send({ body: JSON.stringify(a), authorization: AUTH ? 'Bearer ' + validToken() : undefined });
    if (r.status !== 200) throw new Error(`seeding ${id} answered ${r.status}: ${r.text}`);
  }
  if (process.env.SEED_CONVERSATIONS) fs.writeFileSync(process.env.SEED_CONVERSATIONS, SEEDED.join('\n') + '\n');
  if (AUTH) { // and prove auth is really on: the same activity without a token is refused
    const r = await send({ body: JSON.stringify(baseActivity(0)) });
    if (r.status !== 401) throw new Error(`auth is not on: a tokenless activity answered ${r.status}`);
  }
}

function dump() {
  return process.env.DB_DUMP_CMD ? require('child_process').execSync(process.env.DB_DUMP_CMD, { encoding: 'utf8' }).trim() : null;
}

async function main() {
  const server = await startIssuerAndConnector();
  await seed();
  const before = dump();
  const stats = { designed501: 0, cases: 0, byStatus: {}, byCategory: {}, serverErrors: [], slow: [], transportErrors: 0, overDeadline: 0, maxMs: 0 };
  let next = 0;
  async function worker() {
    while (next < CASES) {
      const i = next++;
      const c = makeCase(i);
      const r = await send(c);
      stats.cases++;
      stats.byStatus[r.status] = (stats.byStatus[r.status] || 0) + 1;
      const cat = (stats.byCategory[c.category] ||= {});
      cat[r.status] = (cat[r.status] || 0) + 1;
      stats.maxMs = Math.max(stats.maxMs, r.ms);
      if (r.ms > DEADLINE_MS) {
        stats.overDeadline++;
        if (stats.slow.length < 10) stats.slow.push({ i, category: c.category, ms: r.ms, status: r.status, body: String(c.body).slice(0, 600) });
      }
      if (r.status === 0) stats.transportErrors++;
      // 501 is the protocol's answer to an invoke name the bot does not implement (as the Bot Framework SDK does).
      const designed501 = r.status === 501 && c.category === 'garbageInvoke';
      if (designed501) stats.designed501++;
      if ((r.status >= 500 && !designed501) || r.status === 0) {
        if (stats.serverErrors.length < 20) {
          const b = Buffer.isBuffer(c.body) ? c.body.toString('base64') : String(c.body);
          stats.serverErrors.push({ i, category: c.category, status: r.status, error: r.error, body: b.slice(0, 600), answer: (r.text || '').slice(0, 300) });
        }
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const health = await send({ body: '', method: 'GET', path: '/healthz', contentType: null });
  const ready = await send({ body: '', method: 'GET', path: '/readyz', contentType: null });
  stats.healthz = health.status; stats.readyz = ready.status;
  stats.connectorCalls = connectorCalls;
  stats.auth = AUTH;
  stats.storedBefore = before;
  stats.storedAfter = dump();
  stats.storedUntouched = before === stats.storedAfter;
  const serverErrorCount = Object.entries(stats.byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, v]) => n + v, 0) - stats.designed501;
  stats.fiveXx = serverErrorCount;
  stats.pass = serverErrorCount === 0 && stats.transportErrors === 0 && stats.overDeadline === 0 && health.status === 200 && ready.status === 200
    && stats.storedUntouched;
  console.log('FUZZ ' + JSON.stringify(stats));
  agent.destroy();
  server.close();
  process.exit(stats.pass ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(2); });
