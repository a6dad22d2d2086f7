-- wrk script for the gateway benchmarks: POSTs BENCH_BODY with BENCH_API_KEY, and at the end
-- prints one machine-readable RESULT line. With BENCH_CHECK=1 every response body is also
-- checked: one that carries "errors" or lacks BENCH_EXPECT counts as bad.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["content-type"] = "application/json"
-- BENCH_AUTHORIZATION (a JWT) replaces the API key when set.
if (os.getenv("BENCH_AUTHORIZATION") or "") ~= "" then
  wrk.headers["authorization"] = os.getenv("BENCH_AUTHORIZATION")
else
  wrk.headers["x-api-key"] = os.getenv("BENCH_API_KEY") or ""
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  checked = 0
end

if os.getenv("BENCH_CHECK") == "1" then
  local expect = os.getenv("BENCH_EXPECT") or ""
  response = function(status, headers, body)
    checked = checked + 1
    if string.find(body, '"errors"', 1, true) or not string.find(body, expect, 1, true) then
      bad = bad + 1
    end
  end
end

function done(summary, latency, requests)
  local bad_total, checked_total = 0, 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    checked_total = checked_total + thread:get("checked")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d checked=%d bad_bodies=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout,
    checked_total, bad_total))
end
