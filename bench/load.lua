-- wrk script for bench.py: one request shape per run, described by environment variables.
--   BENCH_METHOD     GET, POST, PUT
--   BENCH_PATH       path; "{id}" is replaced by an id from BENCH_IDS, "{n}" by a counter unique in the run
--   BENCH_N_BASE     where that counter starts (bench.py gives each run its own range)
--   BENCH_BODY       file holding the request body (optional); "{n}" in it is replaced like in the path
--   BENCH_IDS        file with one id a line (optional)
--   BENCH_ID_MODE    "cycle" (ids are reused round-robin) or "once" (each id used by one request only;
--                    the threads split the file, so a complete or capture never hits the same draft twice)
--   BENCH_RATE       total requests per second over all connections; 0 or unset = as fast as possible
--   BENCH_CONNECTIONS the -c value (needed to pace each connection)
--   BENCH_AUTH       the Authorization header value (optional)
-- done() prints one JSON line that bench.py reads: counts, latency percentiles in microseconds, statuses.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("index", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

local function read_file(name)
   local f = assert(io.open(name, "r"))
   local text = f:read("*a")
   f:close()
   return text
end

function init(args)
   method = os.getenv("BENCH_METHOD") or "GET"
   path = os.getenv("BENCH_PATH") or "/"
   local body_file = os.getenv("BENCH_BODY")
   body = nil
   if body_file and body_file ~= "" then body = read_file(body_file) end
   headers = { ["Content-Type"] = "application/json" }
   local auth = os.getenv("BENCH_AUTH")
   if auth and auth ~= "" then headers["Authorization"] = auth end
   ids = {}
   local ids_file = os.getenv("BENCH_IDS")
   local once = os.getenv("BENCH_ID_MODE") == "once"
   local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
   if ids_file and ids_file ~= "" then
      local i = 0
      for line in io.lines(ids_file) do
         if line ~= "" then
            -- "once": thread k takes lines k, k+T, k+2T... so no id is used twice over all threads.
            if not once or i % nthreads == index then table.insert(ids, line) end
            i = i + 1
         end
      end
   end
   next_id = 1
   -- Unique over threads and runs (BENCH_N_BASE differs per run), e.g. a new line_id for every added item.
   -- Kept within 32 bits: line ids are integers of the API.
   n = tonumber(os.getenv("BENCH_N_BASE") or "0") + index * 100000
   statuses = {}
   exhausted = 0
   local rate = tonumber(os.getenv("BENCH_RATE") or "0")
   local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
   -- Pacing: each connection waits connections/rate seconds after a response before its next request.
   pause = 0
   if rate > 0 then pause = 1000.0 * connections / rate end
end

if tonumber(os.getenv("BENCH_RATE") or "0") > 0 then
   function delay()
      return pause
   end
end

function request()
   n = n + 1
   local p = path
   if #ids > 0 then
      local id = ids[next_id]
      next_id = next_id + 1
      if next_id > #ids then
         next_id = 1
         exhausted = exhausted + 1
      end
      p = p:gsub("{id}", id)
   end
   local text = string.format("%d", n)
   p = p:gsub("{n}", text)
   local b = body
   if b then b = b:gsub("{n}", text) end
   return wrk.format(method, p, headers, b)
end

samples = {}

function response(status, hdrs, resp)
   statuses[status] = (statuses[status] or 0) + 1
   if status >= 400 and samples[status] == nil then
      samples[status] = resp:sub(1, 300):gsub('[%c"\\]', " ")
   end
end

function done(summary, latency, requests)
   local merged = {}
   local wrapped = 0
   local examples = {}
   for _, t in ipairs(threads) do
      local s = t:get("statuses")
      for code, count in pairs(s) do merged[code] = (merged[code] or 0) + count end
      for code, text in pairs(t:get("samples")) do examples[code] = text end
      wrapped = wrapped + (t:get("exhausted") or 0)
   end
   local parts = {}
   for code, count in pairs(merged) do table.insert(parts, string.format('"%d": %d', code, count)) end
   local sample_parts = {}
   for code, text in pairs(examples) do table.insert(sample_parts, string.format('"%d": "%s"', code, text)) end
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "p999_us": %d, "max_us": %d, ' ..
      '"mean_us": %.1f, "connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
      '"status_errors": %d, "ids_wrapped": %d, "statuses": {%s}, "samples": {%s}}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      latency:percentile(99.9), latency.max, latency.mean, e.connect, e.read, e.write, e.timeout, e.status,
      wrapped, table.concat(parts, ", "), table.concat(sample_parts, ", ")))
end
