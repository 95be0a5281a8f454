-- One wrk script for every bench/run item, configured through the environment:
--   BENCH_PATHS    file of request paths, one a line; each thread walks them round-robin from its own offset
--   BENCH_TOKEN    bearer token (absent: no Authorization header, for public reads)
--   BENCH_MODE     get (default) | create-session: POST a new session to each path (/v1/peers/{id}/sessions) with
--                  a fresh Idempotency-Key and a date that moves on per request (no day piles up sessions)
--   BENCH_RUN_ID   makes Idempotency-Keys unique across wrk runs
--   BENCH_DELAY_MS wait this long on each connection between a response and the next request (rate limiting for the
--                  "p99 at half of peak" item; wrk2 would hold a fixed rate instead)
--   BENCH_RESULT   file that done() writes one line to: requests seconds rps p50_ms p99_ms status_errors other_errors
local token = os.getenv("BENCH_TOKEN")
local mode = os.getenv("BENCH_MODE") or "get"
local run_id = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

local threads = {}
local next_thread_id = 0

function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
  table.insert(threads, thread)
end

local paths = {}
local position = 0
local counter = 0
local headers = {}

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then table.insert(paths, line) end
  end
  if #paths == 0 then error("no paths in " .. os.getenv("BENCH_PATHS")) end
  position = (thread_id * 7919) % #paths
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  if mode == "create-session" then headers["Content-Type"] = "application/json" end
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

-- 2020-01-01T00:00:00Z; sessions created here land on days from there on, away from the data set's recent weeks.
local base_epoch = 1577836800

local function session_body()
  local day = (thread_id * 100003 + counter) % 3000
  local start = base_epoch + day * 86400 + 14 * 3600
  local function iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end
  return '{"startedAt":"' .. iso(start) .. '","endedAt":"' .. iso(start + 50 * 60) .. '",'
    .. '"modality":"IN_PERSON","setting":"COMMUNITY","stages":["EXPLORING"],"supportTypes":["EMOTIONAL"],'
    .. '"topics":["healthy-boundaries"],"techniques":["oars"],"nextSteps":"Call the housing office",'
    .. '"note":{"data":"Met at the library; talked through the week.","assessment":"Engaged.",'
    .. '"plan":"Meet again next week."}}'
end

function request()
  position = position % #paths + 1
  counter = counter + 1
  local path = paths[position]
  if mode == "create-session" then
    headers["Idempotency-Key"] = "bench-" .. run_id .. "-" .. thread_id .. "-" .. counter
    return wrk.format("POST", path, headers, session_body())
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors
  local line = string.format("%d %.3f %.1f %.3f %.3f %d %d\n", summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout)
  local out = assert(io.open(os.getenv("BENCH_RESULT"), "w"))
  out:write(line)
  out:close()
end
