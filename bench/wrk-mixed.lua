-- wrk script: each connection cycles through the request paths of bench/queries.txt.
--   wrk -t2 -c32 -d60s -s bench/wrk-mixed.lua http://127.0.0.1:8080
-- Prints non-2xx responses and socket errors at the end; both must be zero.
local paths = {}
for line in io.lines("bench/queries.txt") do
  local path = line:match("^[%w_]*\t?(/.*)$")
  if path and not line:match("^#") then paths[#paths + 1] = path end
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d/%d/%d/%d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
