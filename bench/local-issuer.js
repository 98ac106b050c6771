// A local Bot Framework token issuer for the throughput benches, so they can run the bot as Production (local mode,
// unauthenticated, is refused outside Development) without a cloud account: serves the OpenID metadata and the signing
// key the bot fetches, and prints one signed token (valid for an hour) for wrk to send with every request, as Teams
// sends the same token for up to an hour.
// env: ISSUER_PORT (required), APP_ID (bench-app-id), SERVICE_URL (the serviceUrl of the bench's activities).
// Prints the Authorization header value on its first line of standard output, then serves until killed.
const http = require('http');
const crypto = require('crypto');

const ISSUER = 'https://api.botframework.com';
const APP_ID = process.env.APP_ID || 'bench-app-id';
const SERVICE_URL = process.env.SERVICE_URL || 'http://127.0.0.1:9/';
const KID = 'bench-key-1';
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64url = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');
function token() {
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64url({
    iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 3600,
  })}`;
  return `${input}.${crypto.sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const server = http.createServer((req, res) => {
  const json = (status, obj) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(obj)); };
  const base = `http://127.0.0.1:${server.address().port}`;
  if (req.url === '/.well-known/openidconfiguration') {
    return json(200, { issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  }
  if (req.url === '/keys') {
    return json(200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', endorsements: ['msteams'] }] });
  }
  if (req.url.endsWith('/oauth2/v2.0/token')) {
    return json(200, { token_type: 'Bearer', expires_in: 3600, access_token: 'bench-outbound-token' });
  }
  json(404, { error: 'not found' });
});
server.listen(Number(process.env.ISSUER_PORT), '127.0.0.1', () => console.log(`Bearer ${token()}`));
