-- wrk pacing: each connection waits WRK_DELAY_MS (default 10) before each request, so
-- `wrk -c 20` sends about 20 / (10 ms + latency) ≈ 1,900–2,000 requests/s. Closed loop per
-- connection (a slow answer delays that connection's next request), unlike Enrollment.Benchmarks http.
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "10")
function delay()
  return pause
end
