-- POST /api/messages with real Spanish questions (bench/questions.txt), expectReplies, rotating over the
-- questions and over WRK_CONVERSATIONS conversation ids (default 16), as a Teams personal chat would send them.
package.path = os.getenv("BENCH_DIR") .. "/?.lua;" .. package.path
require("wrk-report")

local function escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'))
end

local bodies = {}

-- WRK_AUTHORIZATION: the token of bench/local-issuer.js when the bot runs as Production (lib.sh, start_bot).
local headers = { ["Content-Type"] = "application/json" }
if (os.getenv("WRK_AUTHORIZATION") or "") ~= "" then headers["Authorization"] = os.getenv("WRK_AUTHORIZATION") end
local index = 0

function init(args)
  local conversations = tonumber(os.getenv("WRK_CONVERSATIONS") or "16")
  local questions = {}
  for line in io.lines(os.getenv("BENCH_DIR") .. "/questions.txt") do
    if #line > 0 then table.insert(questions, line) end
  end
  -- Body i pairs question i (mod #questions) with conversation i (mod conversations): every question and
  -- every conversation id appears (capped at 20,000 distinct bodies).
  local count = math.min(math.max(#questions * 4, conversations), 20000)
  for n = 1, count do
    local c = (n - 1) % conversations + 1
    local q = questions[(n - 1) % #questions + 1]
    table.insert(bodies, string.format(
      '{"type":"message","id":"bench-%d","timestamp":"2021-09-01T15:00:00Z","channelId":"msteams",' ..
      '"serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","locale":"es-MX","textFormat":"plain",' ..
      '"from":{"id":"29:bench-user-%d","name":"Usuario","aadObjectId":"aad-%d"},' ..
      '"conversation":{"id":"a:bench-%d","conversationType":"personal","tenantId":"tenant-1"},' ..
      '"recipient":{"id":"28:bot","name":"ProgramaBot"},"channelData":{"tenant":{"id":"tenant-1"}},"text":"%s"}',
      n, c, c, c, escape(q)))
  end
  -- Threads start at different offsets so they do not send the same question in lockstep.
  index = math.random(#bodies)
end

function request()
  index = index % #bodies + 1
  return wrk.format("POST", "/api/messages", headers, bodies[index])
end
