// A Bot Connector for the drills: answers every send/reply/update with an id and records each call (method,
// conversation, activity id of an update, text, the card's request id and version, arrival time).
// As a module: `await startConnector()` → { url, calls, close }. Run directly: PORT=0 picks a free port, the port is
// printed on stdout and every call is appended to CALLS_FILE as one JSON line.
'use strict';
const http = require('http');
const fs = require('fs');

function describe(req, json) {
  const m = /\/v3\/conversations\/([^/]+)(?:\/activities\/([^/?]+))?/.exec(req.url);
  const card = json && Array.isArray(json.attachments) && json.attachments[0] && json.attachments[0].content;
  const refresh = card && card.refresh && card.refresh.action && card.refresh.action.data;
  return {
    method: req.method,
    path: req.url,
    conversation: m ? decodeURIComponent(m[1]) : null,
    activityId: m && m[2] ? decodeURIComponent(m[2]) : null,
    text: (json && (json.text || json.summary)) || null,
    requestId: refresh ? refresh.requestId : null,
    version: refresh ? refresh.version : null,
    at: Date.now(),
  };
}

function startConnector({ port = 0, onCall } = {}) {
  const calls = [];
  let n = 0;
  const server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    let body = '';
    req.on('data', (c) => { if (body.length < 1 << 20) body += c; });
    req.on('end', () => {
      let json = null;
      try { json = body ? JSON.parse(body) : null; } catch { /* recorded with no text */ }
      const call = describe(req, json);
      calls.push(call);
      if (onCall) onCall(call);
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url)) return res.end(JSON.stringify({ id: 'a:created-' + ++n }));
      if (req.url.includes('/pagedmembers')) return res.end(JSON.stringify({ members: [] }));
      res.end(JSON.stringify({ id: 'drill-activity-' + ++n }));
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    port: server.address().port,
    calls,
    close: () => new Promise((done) => server.close(done)),
  })));
}

module.exports = { startConnector };

if (require.main === module) {
  const out = fs.createWriteStream(process.env.CALLS_FILE || '/dev/null', { flags: 'a' });
  startConnector({ port: Number(process.env.PORT || 0), onCall: (c) => out.write(JSON.stringify(c) + '\n') })
    .then((c) => console.log(c.port));
}
