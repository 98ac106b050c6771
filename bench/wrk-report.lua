-- Shared by every wrk run of bench/: counts answers that are not a 2xx with a usable body, and prints one
-- machine-readable line at the end:  RESULT rps=… p50_ms=… p99_ms=… requests=… errors=…
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

bad = 0
max_requests = tonumber(os.getenv("WRK_MAX_REQUESTS_PER_THREAD") or "0")
seen = 0
expect = os.getenv("WRK_EXPECT_BODY") -- a plain substring every good answer contains

function response(status, headers, body)
  seen = seen + 1
  if status < 200 or status > 299 or (expect and not string.find(body, expect, 1, true)) then
    bad = bad + 1
  end
  if max_requests > 0 and seen >= max_requests then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local badAnswers = 0
  for _, t in ipairs(threads) do
    badAnswers = badAnswers + (t:get("bad") or 0)
  end
  local e = summary.errors
  local socketErrors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d duration_s=%.1f bad_answers=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.duration / 1e6, badAnswers, socketErrors))
end
