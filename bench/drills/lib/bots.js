// Bot instances as child processes (so a drill can SIGKILL one and start it again) and the HTTP calls a Teams
// client would make to them.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class BotInstance {
  constructor(name, port, env, { dll, workDir }) {
    Object.assign(this, { name, port, env, dll, workDir, url: `http://127.0.0.1:${port}`, starts: 0 });
  }

  start() {
    const log = fs.openSync(path.join(this.workDir, `${this.name}.log`), 'a');
    fs.mkdirSync(path.join(this.workDir, `${this.name}-data`), { recursive: true });
    // From the build folder, as Bot.Tests' BotProcess does: the content root holds appsettings*.json.
    this.child = spawn('dotnet', [this.dll], {
      cwd: path.dirname(this.dll),
      env: { ...process.env, ...this.env, ASPNETCORE_URLS: this.url, Urls: this.url, Storage__DataFolder: path.join(this.workDir, `${this.name}-data`) },
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    this.starts++;
    const child = this.child;
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    return this;
  }

  async ready(timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    this.exited.then(() => { done = true; });
    while (Date.now() < deadline) {
      if (done) throw new Error(`instance ${this.name} exited during start-up (see ${this.workDir}/${this.name}.log)`);
      try {
        const r = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(5000) });
        if (r.status === 200) return this;
      } catch { /* not listening yet */ }
      await sleep(250);
    }
    throw new Error(`instance ${this.name} was not ready within ${timeoutMs / 1000} s`);
  }

  async sigkill() {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** POST JSON; never throws: { status: 0, error } when the instance could not be reached or did not answer. */
async function postJson(url, body, headers = {}, timeoutMs = 20_000) {
  try {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: r.status, json, text };
  } catch (e) {
    return { status: 0, error: e.cause ? e.cause.code || e.cause.message : e.message };
  }
}

async function putJson(url, body, headers = {}) {
  try {
    const r = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
    return { status: r.status, json: await r.json().catch(() => null) };
  } catch (e) {
    return { status: 0, error: e.message };
  }
}

/** Runs fn over items with at most `concurrency` in flight; before(i) is called as each item starts. */
async function pool(items, concurrency, fn, before = () => {}) {
  let next = 0;
  const results = new Array(items.length);
  async function worker() {
    while (next < items.length) {
      const i = next++;
      await before(i);
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

module.exports = { BotInstance, postJson, putJson, pool, sleep };
