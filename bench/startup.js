// Time from process start to the first answered activity: spawns the bot, then POSTs a real question every
// few milliseconds until the reply carries an answer. Prints one line per run and the median.
//   node bench/startup.js DLL_OR_APPHOST RUNS DATA_DIR
const { spawn } = require("child_process");
const http = require("http");
const net = require("net");
const fs = require("fs");

const [target, runs = "5", dataDir = "/tmp"] = process.argv.slice(2);
const body = JSON.stringify({
  type: "message", text: "¿cuándo es la sesión ordinaria III?", deliveryMode: "expectReplies", channelId: "msteams",
  serviceUrl: "http://127.0.0.1:9/", conversation: { id: "a:startup" }, from: { id: "29:u" }, recipient: { id: "28:b" }, id: "s1",
});

// The answer itself, so a placeholder or a «No tengo cargado…» reply never counts as the first answer.
const expected = "La Sesión Ordinaria III está programada para septiembre de 2021";

const freePort = () => new Promise(r => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => r(p)); }); });

const ask = port => new Promise(resolve => {
  const req = http.request({ host: "127.0.0.1", port, path: "/api/messages", method: "POST", headers: { "content-type": "application/json" } }, res => {
    let data = ""; res.on("data", c => data += c); res.on("end", () => resolve(res.statusCode === 200 && data.includes("\"activities\":[{") && data.includes(expected) ? data : null));
  });
  req.on("error", () => resolve(null));
  req.end(body);
});

// User + system CPU the bot has used so far (Linux /proc, clock ticks of 10 ms): how much work start-up is, whatever the load.
const cpuMsOf = pid => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch { return NaN; }
};

async function once(i) {
  const port = await freePort();
  const folder = `${dataDir}/run-${i}`;
  fs.mkdirSync(folder, { recursive: true });
  const isDll = target.endsWith(".dll");
  const start = process.hrtime.bigint();
  const child = spawn(isDll ? "dotnet" : target, isDll ? [target] : [], {
    cwd: require("path").dirname(target), stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: "Development", ASPNETCORE_URLS: `http://127.0.0.1:${port}`, Urls: `http://127.0.0.1:${port}`,
      Storage__DataFolder: folder, Logging__LogLevel__Default: "Warning",
      // Two lines on standard error mark the way: Kestrel listening, and the answers' index built (AnswerEngineWarmUp).
      "Logging__LogLevel__Microsoft.Hosting.Lifetime": "Information", "Logging__LogLevel__ProgramaBot.Answers.AnswerEngineWarmUp": "Information",
      // Mid-2021, inside the built-in programme: the first answer must be the real one, not «No tengo cargado el programa…».
      Time__SimulatedStart: process.env.BENCH_SIMULATED_START || "2021-07-15T10:00:00-05:00" },
  });
  let exited = false; child.on("exit", () => { exited = true; });
  const marks = {};
  const mark = name => { marks[name] ??= Number(process.hrtime.bigint() - start) / 1e6; };
  child.stderr.on("data", chunk => {
    const text = chunk.toString();
    if (text.includes("Now listening on")) mark("listening");
    if (text.includes("Answers ready")) mark("answers");
  });
  try {
    for (;;) {
      if (exited) throw new Error("the bot exited during start-up");
      if (await ask(port)) return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: cpuMsOf(child.pid), ...marks };
      if (Number(process.hrtime.bigint() - start) > 60e9) throw new Error("no answer within 60 s");
      await new Promise(r => setTimeout(r, 2));
    }
  } finally {
    child.kill("SIGKILL");
    await new Promise(r => exited ? r() : child.on("exit", r));
  }
}

(async () => {
  const times = [], cpus = [], listens = [];
  for (let i = 0; i < Number(runs); i++) {
    const { ms, cpuMs, listening, answers } = await once(i);
    times.push(ms);
    cpus.push(cpuMs);
    listens.push(listening ?? NaN);
    console.log(`run ${i + 1}: ${ms.toFixed(0)} ms from process start to the first answered question (${cpuMs} ms of CPU; ` +
      `Kestrel listening at ${listening?.toFixed(0) ?? "?"} ms, answers' index ready at ${answers?.toFixed(0) ?? "?"} ms)`);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  listens.sort((a, b) => a - b);
  const median = xs => xs[Math.floor(xs.length / 2)];
  console.log(`RESULT startup_ms median=${median(times).toFixed(0)} min=${times[0].toFixed(0)} max=${times[times.length - 1].toFixed(0)} runs=${times.length} ` +
    `cpu_ms_median=${median(cpus)} listening_ms_median=${median(listens).toFixed(0)}`);
})().catch(e => { console.error(`error: ${e.message}`); process.exit(1); });
