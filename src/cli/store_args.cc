#include "cli/store_args.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace dyad::cli {
namespace {

Result<int64_t> ParseCount(const std::string& option, const std::string& text, int64_t min, int64_t max) {
  int64_t v = 0;
  const char* end = text.data() + text.size();
  auto [p, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || p != end || v < min || v > max)
    return Status::Invalid(fmt::format("{} wants a whole number from {} to {}, got '{}'", option, min, max, text));
  return v;
}

Result<std::optional<Date>> ParseDateOption(const std::string& option, const std::string& text) {
  if (text.empty()) return std::optional<Date>();
  Result<Date> d = Date::Parse(text);
  if (!d.ok() || !d->known())
    return Status::Invalid(fmt::format("{} wants a date (YYYY, YYYY-MM or YYYY-MM-DD), got '{}'", option, text));
  return std::optional<Date>(*d);
}

Status CheckShape(const StoreArgs& args, const std::vector<std::string>& extras,
                  const std::vector<std::string>& formats) {
  if (!extras.empty()) return Status::Invalid(fmt::format("unknown argument '{}'", extras.front()));
  if (args.db.empty()) return Status::Invalid("--db FILE is required (a store written by `dyad ingest`)");
  if (std::find(formats.begin(), formats.end(), args.format) == formats.end())
    return Status::Invalid(fmt::format("--format must be one of {}, got '{}'", fmt::join(formats, ", "), args.format));
  if (!args.between.empty() && args.between.size() != 2)
    return Status::Invalid("--between wants two actor codes (--between RUS PRK)");
  return Status::Ok();
}

Status ParseNumbers(const StoreArgs& args, int64_t default_limit, EventFilter* f) {
  if (!args.quad.empty()) {
    Result<int64_t> q = ParseCount("--quad", args.quad, 1, 4);
    if (!q.ok()) return q.status();
    f->quad = static_cast<int>(*q);
  }
  f->limit = default_limit;
  for (auto [option, text, out] : {std::tuple{"--limit", &args.limit, &f->limit},
                                   std::tuple{"--offset", &args.offset, &f->offset}}) {
    if (text->empty()) continue;
    Result<int64_t> n = ParseCount(option, *text, 0, int64_t{1} << 53);
    if (!n.ok()) return n.status();
    *out = *n;
  }
  return Status::Ok();
}

}  // namespace

void AddStoreOptions(CLI::App* cmd, StoreArgs* args, FilterOptions which) {
  cmd->add_option("--db", args->db, "the store (written by dyad ingest); never created or modified");
  cmd->add_option("--between", args->between, "two actor code prefixes: events between them, both directions")
      ->expected(1, 2);
  cmd->add_option("--code", args->code, "CAMEO event code prefix: 16 = root 16, 161 = 161 and its subcodes");
  cmd->add_option("--quad", args->quad, "QuadClass 1..4");
  cmd->add_option("--from", args->from, "first date, YYYY[-MM[-DD]] (compared at the coarser precision)");
  cmd->add_option("--to", args->to, "last date, YYYY[-MM[-DD]] (inclusive)");
  if (which == FilterOptions::kEvents) {
    cmd->add_option("--source", args->source, "source actor code prefix (RUS matches RUS, RUSGOV, ...)");
    cmd->add_option("--target", args->target, "target actor code prefix");
    cmd->add_option("--actor", args->actor, "actor code prefix, as source or target");
    cmd->add_option("--text", args->text, "full-text query over the evidence sentences (SQLite FTS5 syntax)");
    cmd->add_option("--limit", args->limit, "at most this many events (0: all)");
    cmd->add_option("--offset", args->offset, "skip this many events first (paging)");
  }
  cmd->allow_extras();
}

Result<EventFilter> MakeFilter(const StoreArgs& args, const std::vector<std::string>& extras,
                               const std::vector<std::string>& formats, int64_t default_limit) {
  if (Status s = CheckShape(args, extras, formats); !s.ok()) return s;
  EventFilter f;
  f.source = args.source, f.target = args.target, f.actor = args.actor, f.code = args.code, f.text = args.text;
  if (args.between.size() == 2) f.between_a = args.between[0], f.between_b = args.between[1];
  if (Status s = ParseNumbers(args, default_limit, &f); !s.ok()) return s;
  for (auto [option, text, out] : {std::tuple{"--from", &args.from, &f.from}, std::tuple{"--to", &args.to, &f.to}}) {
    Result<std::optional<Date>> d = ParseDateOption(option, *text);
    if (!d.ok()) return d.status();
    *out = *d;
  }
  return f;
}

int Fail(const std::string& command, const Status& status) {
  std::fprintf(stderr, "dyad %s: error: %s\n", command.c_str(), status.message().c_str());
  const bool usage = status.code() == Code::kInvalidArgument || status.code() == Code::kNotFound ||
                     status.code() == Code::kUnsupported;
  return usage ? 2 : 1;
}

}  // namespace dyad::cli
