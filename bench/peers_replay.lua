-- wrk script for bench/peers.py: each wrk thread replays its own file of pre-built raw HTTP/1.1 requests
-- (unique, pre-signed safe-mode callbacks), one after another on keep-alive connections.
-- Usage: wrk -t2 -c16 -d8s -s bench/peers_replay.lua http://127.0.0.1:PORT/ -- PREFIX
-- reads PREFIX.<thread>, the requests back to back, and PREFIX.<thread>.lengths, one length a line.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local prefix = args[1]
  local data = assert(io.open(prefix .. "." .. id, "rb")):read("*a")
  requests = {}
  local pos = 1
  for line in io.lines(prefix .. "." .. id .. ".lengths") do
    local length = tonumber(line)
    requests[#requests + 1] = data:sub(pos, pos + length - 1)
    pos = pos + length
  end
  sent = 0
  wrapped = 0
end

function request()
  sent = sent + 1
  if sent > #requests then
    sent = 1
    wrapped = 1
  end
  return requests[sent]
end

function done(summary, latency, requests)
  local wrapped_any = 0
  for _, thread in ipairs(threads) do
    if thread:get("wrapped") == 1 then wrapped_any = 1 end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d errors=%d wrapped=%d\n", summary.requests,
    summary.duration, e.connect + e.read + e.write + e.status + e.timeout, wrapped_any))
end
