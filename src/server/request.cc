// Query-string parsing and validation for the HTTP API (request.h).
#include "server/request.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <limits>
#include <vector>

#include "dyad/ontology.h"

namespace dyad::server {
namespace {

using Names = std::initializer_list<std::string_view>;

constexpr int64_t kMaxPage = 1'000'000'000;  // keeps (page - 1) * per_page far from overflow
constexpr size_t kMaxActorLength = 15;

// Unknown names and repeated names are errors; the message lists what is known.
Status CheckNames(const Params& params, Names known) {
  std::vector<std::string> unknown;
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    if (std::find(known.begin(), known.end(), it->first) == known.end()) {
      unknown.push_back(it->first);
    } else if (params.count(it->first) > 1) {
      return Status::Invalid(fmt::format("{}: given more than once", it->first));
    }
  }
  if (unknown.empty()) return Status::Ok();
  return Status::Invalid(fmt::format("unknown parameter{}: {} (this endpoint takes: {})",
                                     unknown.size() > 1 ? "s" : "", fmt::join(unknown, ", "),
                                     known.size() == 0 ? "none" : fmt::format("{}", fmt::join(known, ", "))));
}

// The value of `name`; empty when absent (an empty value filters nothing).
std::string_view Value(const Params& params, std::string_view name) {
  auto it = params.find(std::string(name));
  return it == params.end() ? std::string_view() : std::string_view(it->second);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD: Date::Parse also takes YYYYMMDD and
// timestamps, which a URL should not need.
bool DateShaped(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  return true;
}

Status OptionalDate(const Params& params, std::string_view name, std::optional<Date>* out) {
  const std::string_view v = Value(params, name);
  if (v.empty()) return Status::Ok();
  auto date = ParseDateParam(name, v);
  if (!date.ok()) return date.status();
  *out = *date;
  return Status::Ok();
}

Status OptionalActor(const Params& params, std::string_view name, std::string* out) {
  const std::string_view v = Value(params, name);
  if (v.empty()) return Status::Ok();
  auto actor = ParseActorParam(name, v);
  if (!actor.ok()) return actor.status();
  *out = *actor;
  return Status::Ok();
}

Status OptionalInt(const Params& params, std::string_view name, int64_t min, int64_t max, int64_t* out) {
  const std::string_view v = Value(params, name);
  if (v.empty()) return Status::Ok();
  auto n = ParseIntParam(name, v, min, max);
  if (!n.ok()) return n.status();
  *out = *n;
  return Status::Ok();
}

// from, to, quad and code: the filters every aggregate shares.
struct CommonFilters {
  std::optional<Date> from, to;
  int quad = 0;
  std::string code;
};

Result<CommonFilters> ParseCommon(const Params& params) {
  CommonFilters f;
  if (Status s = OptionalDate(params, "from", &f.from); !s.ok()) return s;
  if (Status s = OptionalDate(params, "to", &f.to); !s.ok()) return s;
  int64_t quad = 0;
  if (Status s = OptionalInt(params, "quad", 1, 4, &quad); !s.ok()) return s;
  f.quad = static_cast<int>(quad);
  if (const std::string_view v = Value(params, "code"); !v.empty()) {
    auto code = ParseCodeParam("code", v);
    if (!code.ok()) return code.status();
    f.code = *code;
  }
  return f;
}

Status ParseBetween(std::string_view v, EventFilter* filter) {
  const size_t comma = v.find(',');
  if (comma == std::string_view::npos || v.find(',', comma + 1) != std::string_view::npos)
    return Status::Invalid(fmt::format("between: expected two actor codes separated by a comma: {}", v));
  auto a = ParseActorParam("between", v.substr(0, comma));
  if (!a.ok()) return a.status();
  auto b = ParseActorParam("between", v.substr(comma + 1));
  if (!b.ok()) return b.status();
  filter->between_a = *a;
  filter->between_b = *b;
  return Status::Ok();
}

Status ParseEventActors(const Params& params, EventFilter* f) {
  if (Status s = OptionalActor(params, "source", &f->source); !s.ok()) return s;
  if (Status s = OptionalActor(params, "target", &f->target); !s.ok()) return s;
  if (Status s = OptionalActor(params, "actor", &f->actor); !s.ok()) return s;
  const std::string_view between = Value(params, "between");
  return between.empty() ? Status::Ok() : ParseBetween(between, f);
}

}  // namespace

Result<Date> ParseDateParam(std::string_view name, std::string_view value) {
  auto date = DateShaped(value) ? Date::Parse(value) : Result<Date>(Status::Invalid(""));
  if (!date.ok())
    return Status::Invalid(fmt::format("{}: not a date: {} (use YYYY, YYYY-MM or YYYY-MM-DD)", name, value));
  return *date;
}

Result<std::string> ParseActorParam(std::string_view name, std::string_view value) {
  const bool letters = std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (value.empty() || value.size() > kMaxActorLength || !letters)
    return Status::Invalid(fmt::format("{}: not an actor code: {} (letters only, at most {})", name, value,
                                       kMaxActorLength));
  std::string code(value);
  for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return code;
}

Result<std::string> ParseCodeParam(std::string_view name, std::string_view value) {
  if (AllDigits(value) && value.size() <= 4) {
    if (const ontology::EventCode* known = ontology::FindEventCode(value)) return known->code;
    for (const ontology::EventCode& c : ontology::EventCodes())
      if (c.code.starts_with(value)) return std::string(value);
  }
  return Status::Invalid(fmt::format("{}: not a CAMEO event code or a prefix of one: {}", name, value));
}

Result<int64_t> ParseIntParam(std::string_view name, std::string_view value, int64_t min, int64_t max) {
  int64_t n = 0;
  const char* end = value.data() + value.size();
  const auto [ptr, ec] = std::from_chars(value.data(), end, n);
  if (ec == std::errc::invalid_argument || ptr != end)
    return Status::Invalid(fmt::format("{}: not an integer: {}", name, value));
  if (ec == std::errc::result_out_of_range || n < min || n > max)
    return Status::Invalid(max == std::numeric_limits<int64_t>::max()
                               ? fmt::format("{}: must be at least {}: {}", name, min, value)
                               : fmt::format("{}: must be from {} to {}: {}", name, min, max, value));
  return n;
}

Result<EventsRequest> ParseEventsRequest(const Params& params) {
  if (Status s = CheckNames(params, {"source", "target", "actor", "between", "code", "quad", "from", "to", "q",
                                     "page", "per_page"});
      !s.ok())
    return s;
  auto common = ParseCommon(params);
  if (!common.ok()) return common.status();
  EventsRequest r;
  r.filter.from = common->from;
  r.filter.to = common->to;
  r.filter.quad = common->quad;
  r.filter.code = common->code;
  if (Status s = ParseEventActors(params, &r.filter); !s.ok()) return s;
  r.filter.text = std::string(Value(params, "q"));
  if (Status s = OptionalInt(params, "page", 1, kMaxPage, &r.page); !s.ok()) return s;
  if (Status s = OptionalInt(params, "per_page", 1, kMaxPerPage, &r.per_page); !s.ok()) return s;
  r.filter.limit = r.per_page;
  r.filter.offset = (r.page - 1) * r.per_page;
  return r;
}

Result<DyadQuery> ParseDyadsRequest(const Params& params) {
  if (Status s = CheckNames(params, {"a", "b", "by", "from", "to", "quad", "code"}); !s.ok()) return s;
  DyadQuery q;
  for (const char* name : {"a", "b"})
    if (Value(params, name).empty()) return Status::Invalid(fmt::format("{}: required (an actor code)", name));
  if (Status s = OptionalActor(params, "a", &q.a); !s.ok()) return s;
  if (Status s = OptionalActor(params, "b", &q.b); !s.ok()) return s;
  if (const std::string_view by = Value(params, "by"); !by.empty()) {
    auto g = ParseGranularity(by);
    if (!g.ok()) return Status::Invalid("by: " + g.status().message());
    q.by = *g;
  }
  auto common = ParseCommon(params);
  if (!common.ok()) return common.status();
  q.from = common->from;
  q.to = common->to;
  q.quad = common->quad;
  q.code = common->code;
  return q;
}

Result<ActorsRequest> ParseActorsRequest(const Params& params) {
  if (Status s = CheckNames(params, {"prefix", "limit"}); !s.ok()) return s;
  ActorsRequest r;
  if (Status s = OptionalActor(params, "prefix", &r.prefix); !s.ok()) return s;
  if (Status s = OptionalInt(params, "limit", 1, kMaxLimit, &r.limit); !s.ok()) return s;
  return r;
}

Result<NetworkQuery> ParseNetworkRequest(const Params& params) {
  if (Status s = CheckNames(params, {"from", "to", "quad", "code", "level", "limit"}); !s.ok()) return s;
  auto common = ParseCommon(params);
  if (!common.ok()) return common.status();
  NetworkQuery q;
  q.from = common->from;
  q.to = common->to;
  q.quad = common->quad;
  q.code = common->code;
  const std::string_view level = Value(params, "level");
  if (!level.empty() && level != "country" && level != "actor")
    return Status::Invalid(fmt::format("level: must be country or actor: {}", level));
  q.country_level = level == "actor" ? 0 : 1;
  if (Status s = OptionalInt(params, "limit", 1, kMaxLimit, &q.limit); !s.ok()) return s;
  return q;
}

Status ParseNoParams(const Params& params) { return CheckNames(params, {}); }

Result<int64_t> ParseDocumentId(std::string_view text) {
  if (!AllDigits(text)) return Status::Invalid(fmt::format("document id: not a number: {}", text));
  return ParseIntParam("document id", text, 1, std::numeric_limits<int64_t>::max());
}

}  // namespace dyad::server
