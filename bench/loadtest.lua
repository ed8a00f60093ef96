-- wrk script for bench/loadtest.sh: cycles through a mix of `dyad serve`
-- endpoints and prints one machine-readable RESULT line at the end.
local paths = {
  "/api/events?between=RUS,PRK",
  "/api/dyads?a=RUS&b=PRK&by=month",
  "/api/actors",
  "/api/network",
  "/api/documents/1",
}
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
