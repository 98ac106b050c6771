// A Bot Connector for the drills: answers every send/reply/update with an id and appends each call to CALLS_FILE
// (one JSON line: method, path, conversation, text, at). PORT=0 picks a free port; the port is printed on stdout.
'use strict';
const http = require('http');
const fs = require('fs');
const out = fs.createWriteStream(process.env.CALLS_FILE || '/dev/null', { flags: 'a' });
let n = 0;
const server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
  let body = '';
  req.on('data', (c) => { if (body.length < 1 << 20) body += c; });
  req.on('end', () => {
    let json = null;
    try { json = body ? JSON.parse(body) : null; } catch { /* recorded as null */ }
    const m = /\/v3\/conversations\/([^/]+)/.exec(req.url);
    out.write(JSON.stringify({ method: req.method, path: req.url, conversation: m ? decodeURIComponent(m[1]) : null,
      text: json && (json.text || json.summary) || null, at: Date.now() }) + '\n');
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url)) return res.end(JSON.stringify({ id: 'a:created-' + ++n }));
    if (req.url.includes('/pagedmembers')) return res.end(JSON.stringify({ members: [] }));
    res.end(JSON.stringify({ id: 'drill-activity-' + ++n }));
  });
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => console.log(server.address().port));
