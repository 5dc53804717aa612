"""The Lua scripts behind MemberStore: each reads or changes one member atomically inside Redis.

Why scripts: a member's state is spread over bucketed hashes and per-tag bitmaps (bot/store/member_codec.py
says why), and the webhook's first round trip must still create-or-update the member and read it back
in one command (race-safe: of two first callbacks of one person exactly one assigns the number and sees
`is_new`). Key names are built here from `keys.brand_prefix` and the suffixes keys.py defines, in the
same shapes as keys.py's functions (tests/unit/test_member_store.py checks that they agree); the scripts
declare no KEYS, as they find the field hashes to read from the brand's field registry (Siyu runs one
Redis, not a cluster).

A few-valued field (member_codec.INTERNED_FIELDS) stores a small code from the brand's dictionary instead
of its value. Values are byte strings: a value longer than 64 bytes is stored in chunks (every chunk but the last
starts with byte 0xFF, which UTF-8 text never contains), so every hash stays a listpack.
"""

from __future__ import annotations

from bot.inbound import Channel
from bot.member import F_ACCOUNT, F_CHANNEL, F_CITY, F_FIRST_SEEN, F_LOCALE, F_STAFF, F_UNIONID, F_USER
from bot.store import keys
from bot.store.callbacks import claim_lua
from bot.store.member_codec import CHUNK_BYTES, INTERNED_FIELDS, SLOTS
from bot.store.scripting import LuaFunction, sha_of

_INTERNED = ", ".join(f"['{name}'] = true" for name in INTERNED_FIELDS)
# Fields a segment can ask about (`city:`, `locale:`, `channel:`): each value has a bitmap (keys.attr_bitmap).
INDEXED_FIELDS = (F_CITY, F_LOCALE, F_CHANNEL)
_INDEXED = ", ".join(f"['{name}'] = true" for name in INDEXED_FIELDS)
# The last-seen fields of each channel, by name: a member is one channel identity, so the touch writes only its own
# channel's (l:<channel>, lm:<channel>, la:<channel>) and read_member skips the others' (one HGET each that finds
# nothing).
_LAST_SEEN = ", ".join(f"['{kind}:{channel}'] = '{channel}'" for channel in Channel for kind in ("l", "lm", "la"))

_PRELUDE = f"""
local SLOTS, CHUNK = {SLOTS}, {CHUNK_BYTES}
local K_SEQ, K_NUMBERS, K_IDS = '{keys.MEMBER_SEQ}', '{keys.MEMBER_NUMBERS}', '{keys.MEMBER_IDS}'
local K_FIELD, K_NAMES, K_TAGS = '{keys.MEMBER_FIELD}', '{keys.MEMBER_FIELD_NAMES}', '{keys.MEMBER_TAGS}'
local K_TAG_IDS, K_TAG_NAMES, K_BITMAP = '{keys.TAG_IDS}', '{keys.TAG_NAMES}', '{keys.TAG_BITMAP}'
local K_UNION = '{keys.UNIONID_LINKS}'
local K_VALUE_CODES, K_CODE_VALUES = '{keys.MEMBER_VALUE_CODES}', '{keys.MEMBER_CODE_VALUES}'
local K_ATTR, K_ACTIVE, K_JOIN_DAYS = '{keys.ATTR_BITMAP}', '{keys.ACTIVE_DAY}', '{keys.JOIN_DAYS}'
local ACTIVE_TTL = {keys.ACTIVE_TTL_S}
local INTERNED, INDEXED, LAST_SEEN = {{{_INTERNED}}}, {{{_INDEXED}}}, {{{_LAST_SEEN}}}
local unpack = unpack or table.unpack
local P = ARGV[1]

local function chunk_key(base, bucket, k)
  if k == 0 then return base .. ':' .. bucket end
  return base .. '#' .. k .. ':' .. bucket
end

local function read(base, bucket, slot)
  local part = redis.call('HGET', chunk_key(base, bucket, 0), slot)
  if not part then return nil end
  local parts, k = {{}}, 0
  while string.byte(part, 1) == 255 do
    parts[#parts + 1] = string.sub(part, 2)
    k = k + 1
    part = redis.call('HGET', chunk_key(base, bucket, k), slot) or ''
  end
  parts[#parts + 1] = part
  return table.concat(parts)
end

local function write(base, bucket, slot, value)
  local old, k = 0, 0
  local part = redis.call('HGET', chunk_key(base, bucket, 0), slot)
  while part do
    old = old + 1
    if string.byte(part, 1) ~= 255 then break end
    part = redis.call('HGET', chunk_key(base, bucket, old), slot)
  end
  local pos, len = 1, #value
  while pos <= len do
    if len - pos + 1 <= CHUNK then
      redis.call('HSET', chunk_key(base, bucket, k), slot, string.sub(value, pos))
      pos = len + 1
    else
      redis.call('HSET', chunk_key(base, bucket, k), slot, '\\255' .. string.sub(value, pos, pos + CHUNK - 2))
      pos = pos + CHUNK - 1
    end
    k = k + 1
  end
  for j = k, old - 1 do redis.call('HDEL', chunk_key(base, bucket, j), slot) end
end

local function intern(to_id, to_word, word)
  -- the word's small id, made the next one on first sight; both directions kept (tags and field values)
  local id = redis.call('HGET', P .. to_id, word)
  if not id then
    id = tostring(redis.call('HLEN', P .. to_id) + 1)
    redis.call('HSET', P .. to_id, word, id)
    redis.call('HSET', P .. to_word, id, word)
  end
  return id
end

local function code_of(value)
  return intern(K_VALUE_CODES, K_CODE_VALUES, value)
end

-- the registry's names as a list (read_member visits them) and, made only when a name may be new, as a set
local NAME_LIST, NAMES = nil, nil
local function field_names()
  if not NAME_LIST then NAME_LIST = redis.call('SMEMBERS', P .. K_NAMES) end
  return NAME_LIST
end

local function register(name)
  if not NAMES then
    NAMES = {{}}
    for _, known in ipairs(field_names()) do NAMES[known] = true end
  end
  if not NAMES[name] then
    redis.call('SADD', P .. K_NAMES, name)
    NAMES[name] = true
    NAME_LIST[#NAME_LIST + 1] = name
  end
end

local function set_short(bucket, slot, name, value)
  -- a value that is never longer than 64 bytes (a timestamp, a code): no chunks to look for. A slot the hash had
  -- already was written before, and every write registers its name: only a new slot may bring a new name (a
  -- returning member's last-seen times: no registry lookup, ~8 k redis-server instructions per callback)
  if redis.call('HSET', P .. K_FIELD .. ':' .. name .. ':' .. bucket, slot, value) == 1 then register(name) end
end

local function set_field(bucket, slot, name, value)
  if value ~= '' and INTERNED[name] then return set_short(bucket, slot, name, code_of(value)) end
  write(P .. K_FIELD .. ':' .. name, bucket, slot, value)
  if value ~= '' then register(name) end
end

local function get_field(bucket, slot, name)
  local value = read(P .. K_FIELD .. ':' .. name, bucket, slot)
  if value and INTERNED[name] then value = redis.call('HGET', P .. K_CODE_VALUES, value) or nil end
  return value
end

local function index_field(bucket, slot, name, value)
  -- keep the value's bitmap (keys.attr_bitmap) in step with the field: a segment's city:/locale:/channel:
  local old = get_field(bucket, slot, name)
  if old == value then return end
  local n = tostring(tonumber(bucket) * SLOTS + tonumber(slot))
  if old and old ~= '' then redis.call('SETBIT', P .. K_ATTR .. ':' .. name .. ':' .. string.lower(old), n, '0') end
  if value ~= '' then redis.call('SETBIT', P .. K_ATTR .. ':' .. name .. ':' .. string.lower(value), n, '1') end
end

local function set_indexed(bucket, slot, name, value)
  if INDEXED[name] then index_field(bucket, slot, name, value) end
  set_field(bucket, slot, name, value)
end

local function number_of(id_bucket, id_field)
  local n = redis.call('HGET', P .. K_NUMBERS .. ':' .. id_bucket, id_field)
  if not n then return nil end
  return tonumber(n)
end

-- a number's bucket and slot as strings, each formatted once: tostring of a Lua number is a sprintf ("%.14g"),
-- ~2,000 instructions, and a script reading or writing a batch asks for the same few buckets and 128 slots again
-- and again (bench/sequence_tick_instructions.py). A function library (as_function) keeps them from call to call
-- (they depend on nothing in Redis), BUCKET_NAMES up to MAX_BUCKET_NAMES of them.
local BUCKET_NAMES, SLOT_NAMES, BUCKETS_NAMED, MAX_BUCKET_NAMES = {{}}, {{}}, 0, 4096
local function place(n)
  local b, s = math.floor(n / SLOTS), n % SLOTS
  local bucket, slot = BUCKET_NAMES[b], SLOT_NAMES[s]
  if not bucket then
    bucket = tostring(b)
    BUCKET_NAMES[b] = bucket
    BUCKETS_NAMED = BUCKETS_NAMED + 1
  end
  if not slot then
    slot = tostring(s)
    SLOT_NAMES[s] = slot
  end
  return bucket, slot
end

-- per channel, the last-seen names the touch writes and the names read_member skips for it (one table per kind of
-- callback: ARGV[9]), made on first use: a function library keeps them from call to call (they depend on nothing in
-- Redis), so a touch builds no strings and no table for them (~2 k redis-server instructions per callback)
local CHANNEL_NAMES, CHANNELS_NAMED = {{}}, 0
local function channel_names(channel)
  local names = CHANNEL_NAMES[channel]
  if names then return names end
  if CHANNELS_NAMED >= 64 then CHANNEL_NAMES, CHANNELS_NAMED = {{}}, 0 end
  local seen = 'l:' .. channel
  local base = {{['{F_CHANNEL}'] = true, ['{F_ACCOUNT}'] = true, ['{F_USER}'] = true, [seen] = true}}
  names = {{seen = seen, opened = {{['1'] = 'lm:' .. channel, ['2'] = 'la:' .. channel}}, skip = {{['0'] = base}}}}
  for opens, name in pairs(names.opened) do
    local skip = {{[name] = true}}
    for known in pairs(base) do skip[known] = true end
    names.skip[opens] = skip
  end
  CHANNEL_NAMES[channel] = names
  CHANNELS_NAMED = CHANNELS_NAMED + 1
  return names
end

local function tag_ids_of(bucket, slot)
  local ids = {{}}
  local list = read(P .. K_TAGS, bucket, slot)
  if list then
    for id in string.gmatch(list, '[^,]+') do ids[#ids + 1] = id end
  end
  return ids
end

local function read_member(bucket, slot, skip, channel, out)
  -- skip (optional, TOUCH): names whose values the caller has (the identity fields and the last-seen times it has
  -- just written): neither read nor returned; with it, the member's channel: other channels' last-seen fields are
  -- never set on this member (LAST_SEEN), so they are not looked for. out (optional, CLAIM_TOUCH): the reply the
  -- fields and then the tags are appended to (a table less, and no copy); returns the fields, the tags and how many
  -- field entries there are
  local fields, codes = out or {{}}, {{}}
  local first = #fields
  for _, name in ipairs(field_names()) do
    local value
    if not skip then
      value = read(P .. K_FIELD .. ':' .. name, bucket, slot)
    elseif not skip[name] then
      local other = LAST_SEEN[name]
      if not other or other == channel then
        value = redis.call('HGET', P .. K_FIELD .. ':' .. name .. ':' .. bucket, slot)  -- read(), one concatenation
        if value and string.byte(value, 1) == 255 then value = read(P .. K_FIELD .. ':' .. name, bucket, slot) end
      end
    end
    if value then
      fields[#fields + 1] = name
      fields[#fields + 1] = value
      if INTERNED[name] then codes[#codes + 1] = #fields end
    end
  end
  if #codes == 1 then  -- one interned value (a returning member's usual case): HGET answers a string, not a table
    local at = codes[1]
    fields[at] = redis.call('HGET', P .. K_CODE_VALUES, fields[at]) or ''
  elseif #codes > 0 then  -- interned values: their codes back to values in one call
    local wanted = {{}}
    for i, at in ipairs(codes) do wanted[i] = fields[at] end
    for i, value in ipairs(redis.call('HMGET', P .. K_CODE_VALUES, unpack(wanted))) do
      fields[codes[i]] = value or ''
    end
  end
  local count, tags, ids = #fields - first, out or {{}}, tag_ids_of(bucket, slot)
  if #ids == 1 then
    local name = redis.call('HGET', P .. K_TAG_NAMES, ids[1])
    if name then tags[#tags + 1] = name end
  elseif #ids > 0 then
    for _, name in ipairs(redis.call('HMGET', P .. K_TAG_NAMES, unpack(ids))) do
      if name then tags[#tags + 1] = name end
    end
  end
  return fields, tags, count
end
"""

def _compact(body: str) -> str:
    """The body without indentation or blank lines: the webhook sends the touch script with every EVAL."""
    return "\n".join(line.strip() for line in body.splitlines() if line.strip())


# ARGV: prefix, id bucket, id field, packed id, now (epoch s), channel, account, user id, "1" when a message,
# today's day number (now // 86400: the active-day bitmap's and the join day's key; in Python, ~4,000 redis-server
# instructions less than Lua's tonumber, floor and tostring); CLAIM_TOUCH's claim arguments; then, only when one of
# them is not empty, unionid or "", unionid bucket, staff id to record or "", staff id that parted or "" (most
# callbacks have none: four arguments less, ~1,100 redis-server instructions each; members.MemberStore.touch_args).
# TOUCH returns {is_new, number, fields (flat), tags}: the fields without those the caller knows (members.touch_known).
def _touch_body(extra: int) -> str:
    """TOUCH's body, its optional arguments from ARGV[extra] on."""
    unionid, bucket, staff, parted = (f"(ARGV[{extra + i}] or '')" for i in range(4))
    return f"""
-- the number as text too (number_of's tonumber and a tostring back cost ~4,500 instructions)
local numbers, is_new = P .. K_NUMBERS .. ':' .. ARGV[2], 0
local number = redis.call('HGET', numbers, ARGV[3])
local n
if number then
  n = tonumber(number)
else
  n = tonumber(redis.call('INCR', P .. K_SEQ))
  number = tostring(n)
  redis.call('HSET', numbers, ARGV[3], number)
  is_new = 1
end
local bucket, slot = place(n)
if is_new == 1 then
  redis.call('HSET', P .. K_IDS .. ':' .. bucket, slot, ARGV[4])
  set_short(bucket, slot, '{F_FIRST_SEEN}', ARGV[5])
  set_indexed(bucket, slot, '{F_CHANNEL}', ARGV[6])
  redis.call('HSETNX', P .. K_JOIN_DAYS, ARGV[10], number)
  set_field(bucket, slot, '{F_ACCOUNT}', ARGV[7])
  set_field(bucket, slot, '{F_USER}', ARGV[8])
end
-- Fields whose values the caller has already, so read_member neither reads nor returns them (members.touch_known
-- adds them back): the identity (written once, when the member is made, from the same arguments: a member id is a
-- hash of channel, account and user id) and what this call writes below
-- (channel_names: the channel's l: name, and its lm: or la: name when ARGV[9] opens a budget, are skipped too)
local names = channel_names(ARGV[6])
local skip = names.skip[ARGV[9]] or names.skip['0']
set_short(bucket, slot, names.seen, ARGV[5])
local active = P .. K_ACTIVE .. ':' .. ARGV[10]
if redis.call('SETBIT', active, number, '1') == 0 then redis.call('EXPIRE', active, ACTIVE_TTL) end
-- '1': a message (lm:, the 5-in-48-h budget); '2': a follow, scan or click (la:, the 3-in-1-min budget)
local opened = names.opened[ARGV[9]]
if opened then set_short(bucket, slot, opened, ARGV[5]) end
local unionid, staff, parted = {unionid}, {staff}, {parted}
if unionid ~= '' then
  set_field(bucket, slot, '{F_UNIONID}', unionid)
  local own = {{['{F_UNIONID}'] = true}}  -- the channel's skip table is shared: a copy with the unionid
  for known in pairs(skip) do own[known] = true end
  skip = own
  local key, mine = P .. K_UNION .. ':' .. {bucket}, number
  local linked = redis.call('HGET', key, unionid)
  if not linked then
    redis.call('HSET', key, unionid, mine)
  else
    local found = false
    for other in string.gmatch(linked, '[^,]+') do found = found or other == mine end
    if not found then redis.call('HSET', key, unionid, linked .. ',' .. mine) end
  end
end
if staff ~= '' then set_field(bucket, slot, '{F_STAFF}', staff) end
if parted ~= '' and get_field(bucket, slot, '{F_STAFF}') == parted then
  set_field(bucket, slot, '{F_STAFF}', '')
end
"""
TOUCH_ARGS = 10  # before the optional ones
TOUCH = _compact(_PRELUDE + _touch_body(TOUCH_ARGS + 1) + """
local fields, tags = read_member(bucket, slot, skip, ARGV[6])
return {is_new, n, fields, tags}""")
# The webhook's first command: the callback's claim (callbacks.claim_lua: KEYS[1] the dedupe key, its two arguments
# after TOUCH's fixed 10), then the touch, in one script call. The claim runs first, as it did when the two were
# separate scripts in one pipeline, and the touch runs whether or not the claim is won (a retry's touch writes the same
# time). Why one script: each script invocation costs redis-server ~15 k instructions before its first command
# (the call, the KEYS and ARGV tables, the reply), and the claim's ~46 k alone (bench/peers_instructions.py
# --redis-count). Returns one flat array, {claimed (1 or 0), is_new, number, the number of field entries (2 per
# field), the fields (name, value...), then the tags}: Redis converts each table a script returns by asking it for
# its err, ok, double, map, set... fields first, ~5 k redis-server instructions a table (nested fields and tags
# arrays: ~10 k more per callback). members.claim_touch_reply reads it.
_CLAIM_TOUCH_BODY = (claim_lua(TOUCH_ARGS + 1) + _touch_body(TOUCH_ARGS + 3) + """
local reply = {claimed and 1 or 0, is_new, n, 0}
local _, _, count = read_member(bucket, slot, skip, ARGV[6], reply)
reply[4] = count
return reply""")
CLAIM_TOUCH = _compact(_PRELUDE + _CLAIM_TOUCH_BODY)


def as_function(name: str, body: str) -> LuaFunction:
    """`_PRELUDE + body` as a Redis function library (scripting.queue_function): the prelude's helpers are made once,
    when the library loads, not on every call. Each call sets what the prelude's helpers read per call (KEYS, ARGV,
    the brand prefix P) and empties its per-call caches (the field-name registry read once per call, the bucket and
    slot names), so a call sees what the same body run as a script sees. A library's top level may not read globals,
    so `unpack` is looked up at the first call. The library and function are named after a hash of the code: two
    versions of Siyu sharing a Redis during a deploy call each their own."""
    prelude = _PRELUDE
    for before, after in (("local unpack = unpack or table.unpack", "local unpack"),
                          ("local P = ARGV[1]", "local P, KEYS, ARGV")):
        if before not in prelude:
            raise ValueError(f"the member prelude no longer has {before!r}")
        prelude = prelude.replace(before, after)
    code = (prelude + "redis.register_function('{name}', function(keys, args)\n"
            "KEYS, ARGV, P = keys, args, args[1]\n"
            "NAME_LIST, NAMES = nil, nil\n"
            "if BUCKETS_NAMED > MAX_BUCKET_NAMES then BUCKET_NAMES, BUCKETS_NAMED = {}, 0 end\n"
            "if not unpack then unpack = global_unpack() end\n" + body + "\nend)\n")
    full = f"{name}_{sha_of(code)[:16]}"
    library = _compact(f"#!lua name={full}\nlocal function global_unpack() return unpack end\n"
                       + code.replace("{name}", full))
    return LuaFunction(name=full, library=library, script=_compact(_PRELUDE + body))


# CLAIM_TOUCH as a function (FCALL), how the webhook calls it (bot/store/members.py queue_claim_touch).
CLAIM_TOUCH_FUNCTION = as_function("siyu_claim_touch", _CLAIM_TOUCH_BODY)

# ARGV: prefix, id bucket, id field. Returns {number, fields (flat), tags}, or nil for an unknown member.
GET = _compact(_PRELUDE + """
local n = number_of(ARGV[2], ARGV[3])
if not n then return false end
local fields, tags = read_member(place(n))
return {n, fields, tags}
""")

PRELUDE = _PRELUDE  # for scripts elsewhere that read members (bot/store/enrolments.py TICK_READ)
compact = _compact

# Reading many members in one script call: the field registry, interned values and tag names are looked up once
# per call instead of once per member, and the reply names each field once. `members_of(ids)` takes a flat list
# {id bucket, id field, ...} and returns, per member, false (unknown) or {number, packed}: its values (one per field
# name in `names`, "" where unset) and then its tags, joined by the byte 0x1F (US), one string. A member with a value
# or tag that holds that byte, or an empty value (an interned code with no value), or with nothing at all, cannot be
# packed that way: its entry is {number, values (false where unset), tags} instead (members.decode_many reads both).
# Why one string: each string of a script's reply costs Redis and redis-py a fixed price, and a member has ~10
# values and a few tags (bench/sequence_tick.py); and the members of a batch share a few tag lists, each turned
# into names once per call. Members whose numbers share a bucket (128 consecutive numbers: members who arrived
# together, as a sequence's newcomers due at one minute mostly are) are read with one HMGET per field hash instead
# of one HGET per member and field. Shared by GET_MANY and the sequence tick's read (bot/store/enrolments.py
# TICK_READ), which reads its members in the same call as their records.
READ_MANY = """
local names, values_of, names_of = field_names(), {}, {}
local function value_of(code)
  local v = values_of[code]
  if v == nil then
    v = redis.call('HGET', P .. K_CODE_VALUES, code) or ''
    values_of[code] = v
  end
  return v
end
local function tag_name(id)
  local name = names_of[id]
  if name == nil then
    name = redis.call('HGET', P .. K_TAG_NAMES, id) or false
    names_of[id] = name
  end
  return name
end
local bases, first_keys, interned = {}, {}, {}  -- per field, built once per call, not once per member
for j, name in ipairs(names) do
  bases[j] = P .. K_FIELD .. ':' .. name
  first_keys[j] = bases[j] .. ':'
  interned[j] = INTERNED[name] or false
end
-- A bucket hash is a listpack of up to 128 entries, and finding one field in it scans half of them on average:
-- reading many slots of one bucket, a single pass over the whole hash (HGETALL) costs less than a lookup each.
local DENSE = 16
local function slots_of(key, slots, dense)
  if not dense then return redis.call('HMGET', key, unpack(slots)) end
  local flat, all, got = redis.call('HGETALL', key), {}, {}
  for i = 1, #flat, 2 do all[flat[i]] = flat[i + 1] end
  for m = 1, #slots do got[m] = all[slots[m]] or false end
  return got
end
local SEP = '\\31'  -- joins a member's values and tags (members.PACK_SEPARATOR)
local odd_codes, tag_lists = {}, {}  -- per call: whether an interned value is '' or holds SEP; a tag list's names
local function mark(odd, k, j)  -- member k cannot be joined: value j is present but '' (j > 0), or SEP is in one
  local o = odd[k]
  if not o then
    o = {}
    odd[k] = o
  end
  o[j] = true
end
local function members_of(ids)
  -- vals[k]: member k's values ('' where unset), then its tags, in one list joined at the end; odd[k]: what keeps
  -- it from being joined (true, or the positions of values that are present but '')
  local out, groups, order, vals, odd = {}, {}, {}, {}, {}
  local nv = #names
  for i = 1, #ids, 2 do
    local k = (i + 1) / 2
    local n = number_of(ids[i], ids[i + 1])
    if not n then
      out[k] = false
    else
      local bucket, slot = place(n)
      local group = groups[bucket]
      if not group then
        group = {slots = {}, at = {}}
        groups[bucket] = group
        order[#order + 1] = bucket
      end
      group.slots[#group.slots + 1] = slot
      group.at[#group.at + 1] = k
      out[k] = n
      vals[k] = {}
    end
  end
  for _, bucket in ipairs(order) do
    local slots, at = groups[bucket].slots, groups[bucket].at
    local dense = #slots >= DENSE
    for j = 1, nv do
      local got = slots_of(first_keys[j] .. bucket, slots, dense)
      local coded = interned[j]
      for m = 1, #slots do
        local value, k = got[m], at[m]
        if value then
          if string.byte(value, 1) == 255 then value = read(bases[j], bucket, slots[m]) end  -- chunked
          if coded then
            local code = value
            value = value_of(code)
            local o = odd_codes[code]
            if o == nil then
              o = value == '' or string.find(value, SEP, 1, true) ~= nil
              odd_codes[code] = o
            end
            if o then mark(odd, k, value == '' and j or 0) end
          elseif string.find(value, SEP, 1, true) then
            mark(odd, k, 0)
          end
          vals[k][j] = value
        else
          vals[k][j] = ''
        end
      end
    end
    local lists = slots_of(P .. K_TAGS .. ':' .. bucket, slots, dense)
    for m = 1, #slots do
      local list = lists[m]
      if list and string.byte(list, 1) == 255 then list = read(P .. K_TAGS, bucket, slots[m]) end
      if list then
        local k = at[m]
        local row, found = vals[k], tag_lists[list]
        if not found then  -- members share a few tag lists: each list's names looked up once per call
          found = {}
          for id in string.gmatch(list, '[^,]+') do
            local name = tag_name(id)
            if name then
              found[#found + 1] = name
              if string.find(name, SEP, 1, true) then found.odd = true end
            end
          end
          tag_lists[list] = found
        end
        local n = #row
        for t = 1, #found do row[n + t] = found[t] end
        if found.odd then mark(odd, k, 0) end
      end
    end
  end
  for k, row in pairs(vals) do
    local o = odd[k]
    if not o and #row > 0 then
      out[k] = {out[k], table.concat(row, SEP)}
    else  -- unjoined: values (false where unset, '' where present but empty), tags
      local values, tags = {}, {}
      for j = 1, nv do
        local v = row[j]
        if v == '' and not (o and o[j]) then v = false end
        values[j] = v
      end
      for t = nv + 1, #row do tags[#tags + 1] = row[t] end
      out[k] = {out[k], values, tags}
    end
  end
  return out
end
"""

# Many members in one call (a sequence tick reads 500). ARGV: prefix, then (id bucket, id field) per member.
# Returns {field names, per member false (unknown) or {number, values (one per field name, false where unset),
# tags}}.
GET_MANY = _compact(_PRELUDE + READ_MANY + """
local ids = {}
for i = 2, #ARGV do ids[i - 1] = ARGV[i] end
return {names, members_of(ids)}
""")

# One member's update from ARGV[i]: id bucket, id field, count of fields, (name, value)..., count of tags to
# add, tag..., count of tags to remove, tag.... A value "" deletes the field. Returns 1 (0 for an unknown
# member) and the index after the member's arguments.
_APPLY_UPDATE = """
local function apply_update(i)
  local n = number_of(ARGV[i], ARGV[i + 1])
  local nf = tonumber(ARGV[i + 2])
  local at_adds = i + 3 + 2 * nf
  local na = tonumber(ARGV[at_adds])
  local at_removes = at_adds + 1 + na
  local nr = tonumber(ARGV[at_removes])
  local next_i = at_removes + 1 + nr
  if not n then return 0, next_i end
  local bucket, slot = place(n)
  for j = i + 3, at_adds - 1, 2 do set_indexed(bucket, slot, ARGV[j], ARGV[j + 1]) end
  if na + nr == 0 then return 1, next_i end
  local ids, have = tag_ids_of(bucket, slot), {}
  for _, id in ipairs(ids) do have[id] = true end
  for j = at_adds + 1, at_adds + na do
    local tag = ARGV[j]
    local id = intern(K_TAG_IDS, K_TAG_NAMES, tag)
    if not have[id] then
      ids[#ids + 1] = id
      have[id] = true
      redis.call('SETBIT', P .. K_BITMAP .. ':' .. tag, tostring(n), '1')
    end
  end
  for j = at_removes + 1, at_removes + nr do
    local tag = ARGV[j]
    local id = redis.call('HGET', P .. K_TAG_IDS, tag)
    if id and have[id] then
      have[id] = nil
      redis.call('SETBIT', P .. K_BITMAP .. ':' .. tag, tostring(n), '0')
    end
  end
  local kept = {}
  for _, id in ipairs(ids) do
    if have[id] then kept[#kept + 1] = id end
  end
  write(P .. K_TAGS, bucket, slot, table.concat(kept, ','))
  return 1, next_i
end
"""

# ARGV: prefix, then one member's update (see _APPLY_UPDATE). Returns 1, or 0 for an unknown member.
UPDATE = _compact(_PRELUDE + _APPLY_UPDATE + """
local done = apply_update(2)
return done
""")

# Profile fields of many members (no tags: a sequence tick writes back what its batch's lessons set). ARGV: prefix,
# then per member: id bucket, id field, count of fields, (name, value)...; an empty id bucket with the member's number
# as the id field where the caller knows it (a tick read its members' numbers: no lookup; numbers never change and
# are never reused, keys.member_numbers). A member's arguments may also come as one: those same parts joined by tabs,
# without the count (the caller does so when no part holds a tab; an argument of the long form never does, as its
# first part is "" or a number). Why: redis-py spends ~1 µs of client CPU on each argument, and a lesson's member had
# seven (bench/sequence_tick_instructions.py). The same writes as UPDATE makes for each member, grouped: a short value
# of a plain field (not interned, not indexed, at most 64 bytes, not "") goes into its bucket hash with the other
# members' in one HSET, after one HMGET that finds any value stored in chunks before (that one is rewritten as `write`
# does); every other field is set one by one as UPDATE sets it. Returns how many members were known.
SET_FIELDS_MANY = _compact(_PRELUDE + """
local find, sub = string.find, string.sub
local groups, order, known, i, packed = {}, {}, 0, 2, {}
while i <= #ARGV do
  local list, first, last = ARGV, i, 0  -- this member's parts: list[first], list[first + 1], then (name, value) pairs
  if find(ARGV[i], '\t', 1, true) then
    local s, pos, count = ARGV[i], 1, 0
    while true do
      local tab = find(s, '\t', pos, true)
      count = count + 1
      if not tab then
        packed[count] = sub(s, pos)
        break
      end
      packed[count] = sub(s, pos, tab - 1)
      pos = tab + 1
    end
    list, first, last = packed, 1, count
    i = i + 1
  else
    last = i + 2 + 2 * tonumber(ARGV[i + 2])
    i = last + 1
  end
  local n
  if list[first] == '' then n = tonumber(list[first + 1]) else n = number_of(list[first], list[first + 1]) end
  if n then
    known = known + 1
    local bucket, slot = place(n)
    for j = first + (list == packed and 2 or 3), last, 2 do
      local name, value = list[j], list[j + 1]
      if INDEXED[name] or INTERNED[name] or value == '' or #value > CHUNK then
        set_indexed(bucket, slot, name, value)
      else
        local id = name .. ':' .. bucket
        local group = groups[id]
        if not group then
          group = {name = name, bucket = bucket, slots = {}, values = {}}
          groups[id] = group
          order[#order + 1] = id
        end
        group.slots[#group.slots + 1] = slot
        group.values[#group.values + 1] = value
      end
    end
  end
end
for _, id in ipairs(order) do
  local group = groups[id]
  local base = P .. K_FIELD .. ':' .. group.name
  local key = chunk_key(base, group.bucket, 0)
  local olds, flat = redis.call('HMGET', key, unpack(group.slots)), {}
  for m = 1, #group.slots do
    if olds[m] and string.byte(olds[m], 1) == 255 then
      write(base, group.bucket, group.slots[m], group.values[m])  -- drops the old chunks
    else
      flat[#flat + 1] = group.slots[m]
      flat[#flat + 1] = group.values[m]
    end
  end
  if #flat > 0 then redis.call('HSET', key, unpack(flat)) end
  register(group.name)
end
return known
""")

# ARGV: prefix, id bucket, id field, field name, prefix the value must start with. Deletes the field when
# it does; returns 1 then, else 0 (a compare-and-delete, e.g. a handoff closing only its own mark).
CLEAR_IF = _compact(_PRELUDE + """
local n = number_of(ARGV[2], ARGV[3])
if not n then return 0 end
local bucket, slot = place(n)
local value = get_field(bucket, slot, ARGV[4])
if not value or string.sub(value, 1, #ARGV[5]) ~= ARGV[5] then return 0 end
set_indexed(bucket, slot, ARGV[4], '')
return 1
""")

# Backfill the segment indexes (bot/segments/reindex.py) for members numbered ARGV[2] .. ARGV[3]-1, from
# what each member holds now: its city/locale/channel bitmaps, its tags' bitmaps, the activity bitmap of the
# UTC day it was last seen on each channel (if within ACTIVE_TTL of today, ARGV[4] as a day number), and the
# first number of its join day. It only sets what is true, so running it again changes nothing. Returns how
# many members it found in the range.
REINDEX = _compact(_PRELUDE + f"""
local lo, hi, today = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local seen, names = 0, field_names()
for n = lo, hi - 1 do
  local bucket, slot = place(n)
  if redis.call('HEXISTS', P .. K_IDS .. ':' .. bucket, slot) == 1 then
    seen = seen + 1
    local num = tostring(n)
    for name, _ in pairs(INDEXED) do
      local value = get_field(bucket, slot, name)
      if value and value ~= '' then
        redis.call('SETBIT', P .. K_ATTR .. ':' .. name .. ':' .. string.lower(value), num, '1')
      end
    end
    local first = tonumber(get_field(bucket, slot, '{F_FIRST_SEEN}') or '')
    if first then
      local day = tostring(math.floor(first / 86400))
      local had = redis.call('HGET', P .. K_JOIN_DAYS, day)
      if not had or tonumber(had) > n then redis.call('HSET', P .. K_JOIN_DAYS, day, num) end
    end
    for _, name in ipairs(names) do
      if string.sub(name, 1, 2) == 'l:' then
        local at = tonumber(get_field(bucket, slot, name) or '')
        if at then
          local day = math.floor(at / 86400)
          if (today - day) * 86400 < ACTIVE_TTL then
            local key = P .. K_ACTIVE .. ':' .. tostring(day)
            if redis.call('SETBIT', key, num, '1') == 0 and redis.call('TTL', key) == -1 then
              redis.call('EXPIREAT', key, day * 86400 + ACTIVE_TTL)
            end
          end
        end
      end
    end
    local ids = tag_ids_of(bucket, slot)
    if #ids > 0 then
      for _, tag in ipairs(redis.call('HMGET', P .. K_TAG_NAMES, unpack(ids))) do
        if tag then redis.call('SETBIT', P .. K_BITMAP .. ':' .. tag, num, '1') end
      end
    end
  end
end
return seen
""")
