-- wrk script for `sikiza.jar bench-ingest`: sends pre-signed Twilio SMS webhooks, each at most once.
-- Arguments: the requests file (one "signature<TAB>form-body" line per webhook) and the number of threads.
-- Thread k of n sends lines k, k+n, k+2n, ...; it starts over (sending duplicates) only if it runs out.
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  local file, threads = args[1], tonumber(args[2])
  requests = {}
  local line_number = 0
  for line in io.lines(file) do
    if line_number % threads == id then
      local signature, body = line:match("^([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", nil, {
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["X-Twilio-Signature"] = signature,
      }, body)
    end
    line_number = line_number + 1
  end
  next_request = 1
  wrapped = 0
end

function request()
  local r = requests[next_request]
  next_request = next_request + 1
  if next_request > #requests then
    next_request = 1
    wrapped = wrapped + 1
  end
  return r
end

function done(summary, latency, requests)
  io.write(string.format("SIKIZA_WRK requests=%d duration_us=%d status_errors=%d connect_errors=%d read_errors=%d " ..
    "write_errors=%d timeouts=%d p50_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
