// Aggregates over the store's events: a dyad's time series, the actor
// network and actor counts (contracts in include/dyad/store.h; indexes and
// plans in docs/store-queries.md).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "store/sqlite_store.h"
#include "store/where.h"

namespace dyad::store {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// ISO 8601 week "2022-W33": weeks start on Monday and belong to the year of
// their Thursday, so 2021-01-01 is in 2020-W53 and 2024-12-30 in 2025-W01.
std::string IsoWeek(int y, int m, int d) {
  const int64_t day = DaysFromCivil(y, m, d);
  const int64_t monday_based = ((day % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday
  const int64_t thursday = day - monday_based + 3;
  int year = y;
  if (thursday < DaysFromCivil(y, 1, 1)) --year;
  else if (thursday >= DaysFromCivil(y + 1, 1, 1)) ++year;
  return fmt::format("{:04}-W{:02}", year, (thursday - DaysFromCivil(year, 1, 1)) / 7 + 1);
}

// The period of a day key (YYYYMMDD). Labels sort in time order as strings.
std::string PeriodLabel(int64_t key, Granularity by) {
  const int y = static_cast<int>(key / 10000), m = static_cast<int>(key / 100 % 100), d = static_cast<int>(key % 100);
  switch (by) {
    case Granularity::kDay: return fmt::format("{:04}-{:02}-{:02}", y, m, d);
    case Granularity::kWeek: return IsoWeek(y, m, d);
    case Granularity::kMonth: return fmt::format("{:04}-{:02}", y, m);
    case Granularity::kYear: break;
  }
  return fmt::format("{:04}", y);
}

struct Accumulator {
  DyadBucket bucket;
  std::vector<int64_t> documents;
};

void Count(const Stmt& st, Accumulator* a) {
  DyadBucket& b = a->bucket;
  ++b.events;
  const int64_t quad = st.Int(1);
  if (quad >= 1 && quad <= 4) ++b.quad[static_cast<size_t>(quad - 1)];
  ++b.roots[st.Text(2)];
  b.goldstein_sum += st.Real(3);
  a->documents.push_back(st.Int(4));
}

std::vector<DyadBucket> Finish(std::map<std::string, Accumulator>& periods) {
  std::vector<DyadBucket> out;
  out.reserve(periods.size());
  for (auto& [label, a] : periods) {
    std::sort(a.documents.begin(), a.documents.end());
    a.bucket.documents = std::unique(a.documents.begin(), a.documents.end()) - a.documents.begin();
    a.bucket.period = label;
    a.bucket.goldstein_mean = a.bucket.goldstein_sum / static_cast<double>(a.bucket.events);
    out.push_back(std::move(a.bucket));
  }
  return out;
}

// Runs `st` (prepared, bound) and calls `row` for each result row.
template <typename F>
Status EachRow(Stmt& st, F row) {
  for (;;) {
    Result<bool> next = st.Step();
    if (!next.ok()) return next.status();
    if (!*next) return Status::Ok();
    row(st);
  }
}

}  // namespace

// Events are bucketed by their first day (day_first): an event dated only
// to a month counts in that month's first day and first day's week. Events
// of unknown date are left out; periods without events are not returned.
Result<std::vector<DyadBucket>> SqliteStore::Dyads(const DyadQuery& q) {
  if (q.a.empty() || q.b.empty()) return Status::Invalid("a dyad needs two actor codes");
  EventFilter f;
  f.between_a = q.a, f.between_b = q.b, f.from = q.from, f.to = q.to, f.quad = q.quad, f.code = q.code;
  Where where;
  if (Status s = AddEventTerms(f, &where); !s.ok()) return s;
  where.Add("e.day_first > 0");
  Stmt st;
  const std::string sql =
      "SELECT e.day_first, e.quad, e.root, e.goldstein, e.document_id FROM events e" + where.Sql();
  if (Status s = st.Prepare(*db_, sql); !s.ok()) return s;
  where.Bind(st);
  std::map<std::string, Accumulator> periods;
  if (Status s = EachRow(st, [&](const Stmt& row) { Count(row, &periods[PeriodLabel(row.Int(0), q.by)]); });
      !s.ok())
    return s;
  return Finish(periods);
}

// Missing actors ("---", coded only without require_dyad) are no nodes.
Result<std::vector<DyadEdge>> SqliteStore::Network(const NetworkQuery& q) {
  if (q.country_level != 0 && q.country_level != 1)
    return Status::Invalid(fmt::format("country_level must be 0 or 1, got {}", q.country_level));
  EventFilter f;
  f.from = q.from, f.to = q.to, f.quad = q.quad, f.code = q.code;
  Where where;
  if (Status s = AddEventTerms(f, &where); !s.ok()) return s;
  where.Add("e.source <> '---' AND e.target <> '---'");
  const char* key = q.country_level == 1 ? "substr({},1,3)" : "{}";
  const std::string sql = fmt::format(
      "SELECT {}, {}, count(*), avg(e.goldstein) FROM events e{} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
      fmt::format(fmt::runtime(key), "e.source"), fmt::format(fmt::runtime(key), "e.target"), where.Sql());
  Stmt st;
  if (Status s = st.Prepare(*db_, sql); !s.ok()) return s;
  st.Bind(where.Bind(st), q.limit > 0 ? q.limit : int64_t{-1});
  std::vector<DyadEdge> edges;
  if (Status s = EachRow(st, [&](const Stmt& r) { edges.push_back({r.Text(0), r.Text(1), r.Int(2), r.Real(3)}); });
      !s.ok())
    return s;
  return edges;
}

// Each side counts from its own index (source, ...) and (target, ...)
// without touching the table; the two are merged per code.
Result<std::vector<ActorCount>> SqliteStore::Actors(const std::string& prefix, int64_t limit) {
  Where sources, targets;
  sources.Prefix("e.source", prefix);
  targets.Prefix("e.target", prefix);
  const std::string sql = fmt::format(
      "SELECT code, sum(src), sum(tgt) FROM ("
      "SELECT e.source AS code, count(*) AS src, 0 AS tgt FROM events e{} GROUP BY e.source UNION ALL "
      "SELECT e.target, 0, count(*) FROM events e{} GROUP BY e.target) "
      "WHERE code <> '---' GROUP BY code ORDER BY sum(src) + sum(tgt) DESC, code LIMIT ?",
      sources.Sql(), targets.Sql());
  Stmt st;
  if (Status s = st.Prepare(*db_, sql); !s.ok()) return s;
  st.Bind(targets.Bind(st, sources.Bind(st)), limit > 0 ? limit : int64_t{-1});
  std::vector<ActorCount> actors;
  if (Status s = EachRow(st, [&](const Stmt& r) { actors.push_back({r.Text(0), r.Int(1), r.Int(2)}); }); !s.ok())
    return s;
  return actors;
}

}  // namespace dyad::store
