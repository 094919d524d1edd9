-- wrk script of the benchmark: GETs paths drawn at random from the file $WRK_PATHS, keeps the
-- session cookie each thread is given (a thread's connections browse like one visitor), and prints
-- one line with the percentiles, the throughput and every kind of error (non-2xx/3xx included).
-- WRK_COOKIE: a Cookie header to send on every request instead (a visitor whose session was opened
-- before, with both of the session's cookies: wrk shows a script only the last Set-Cookie of an answer,
-- and the archive's session needs JSESSIONID and JSESSIONIDVERSION).
local paths = {}
local cookie = os.getenv("WRK_COOKIE")
if cookie == "" then
    cookie = nil
end
local fixed = cookie ~= nil

init = function(args)
    for line in io.lines(os.getenv("WRK_PATHS")) do
        paths[#paths + 1] = line
    end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

request = function()
    local headers = {}
    if cookie then
        headers["Cookie"] = cookie
    end
    return wrk.format("GET", paths[math.random(#paths)], headers)
end

response = function(status, headers, body)
    -- WRK_COOKIES=none: a visitor that keeps no cookie (a crawler; each request a first visit).
    if os.getenv("WRK_COOKIES") == "none" or fixed then
        return
    end
    if cookie == nil and headers["Set-Cookie"] then
        cookie = headers["Set-Cookie"]:match("^[^;]+")
    end
end

done = function(summary, latency, requests)
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.status + e.timeout
    io.write(string.format("%-22s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %8.1f req/s  errors %d  (%s connections, %d requests)\n",
        os.getenv("WRK_NAME"), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests / (summary.duration / 1000000), errors, os.getenv("WRK_CONNECTIONS"), summary.requests))
end
