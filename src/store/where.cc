#include "store/where.h"

#include <fmt/format.h>

namespace dyad::store {

void Where::Add(std::string term, std::vector<Value> values) {
  terms_.push_back(std::move(term));
  for (Value& v : values) values_.push_back(std::move(v));
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty() && static_cast<unsigned char>(s.back()) == 0xff) s.pop_back();
  if (!s.empty()) s.back() = static_cast<char>(static_cast<unsigned char>(s.back()) + 1);
  return s;
}

std::string PrefixTerm(std::string_view column, std::string_view prefix, std::vector<Where::Value>* values) {
  values->emplace_back(std::string(prefix));
  const std::string next = PrefixSuccessor(prefix);
  if (next.empty()) return fmt::format("{} >= ?", column);
  values->emplace_back(next);
  return fmt::format("{0} >= ? AND {0} < ?", column);
}

void Where::Prefix(std::string_view column, std::string_view prefix) {
  if (prefix.empty()) return;
  std::vector<Value> values;
  std::string term = PrefixTerm(column, prefix, &values);
  Add(std::move(term), std::move(values));
}

std::string Where::Sql() const {
  std::string sql;
  for (const std::string& t : terms_) sql += (sql.empty() ? " WHERE (" : " AND (") + t + ")";
  return sql;
}

int Where::Bind(Stmt& st, int first) const {
  for (const Value& v : values_) {
    if (const auto* i = std::get_if<int64_t>(&v)) st.Bind(first++, *i);
    else st.Bind(first++, std::string_view(std::get<std::string>(v)));
  }
  return first;
}

namespace {

Status CheckFilter(const EventFilter& f) {
  if (f.between_a.empty() != f.between_b.empty())
    return Status::Invalid("between needs two actor codes (between_a and between_b), got one");
  if (f.quad < 0 || f.quad > 4) return Status::Invalid(fmt::format("quad must be 1..4 (0: any), got {}", f.quad));
  for (const auto& [name, date] : {std::pair{"from", f.from}, std::pair{"to", f.to}})
    if (date && !date->known()) return Status::Invalid(fmt::format("'{}' date has no known precision", name));
  return Status::Ok();
}

// Dates compare at the coarser of the two precisions, which amounts to
// "the event's period overlaps [from, to]": its last day is on or after
// from's first day and its first day on or before to's last day. Events of
// unknown date (day_first 0) never match a date filter. The extra bound
// day_first >= from's January 1st follows from the first (no period is
// longer than a year) and lets events_day seek.
//
// With an actor filter the dates are checked inside the actor index: the
// unary + keeps SQLite from choosing events_day instead, which would read
// every event of the period from the table (10x slower for a year).
void AddDateTerms(const EventFilter& f, bool by_actor, Where* w) {
  if (!f.from && !f.to) return;
  const char* day_first = by_actor ? "+e.day_first" : "e.day_first";
  if (f.from) w->Add("e.day_last >= ?", {DateKey(*f.from)});
  w->Add(fmt::format("{} >= ?", day_first), {f.from ? int64_t{f.from->year} * 10000 + 101 : int64_t{1}});
  if (f.to) w->Add(fmt::format("{} <= ?", day_first), {DateKeyEnd(*f.to)});
}

// The roots of each QuadClass (GDELT convention), as a code range: checked
// in the actor indexes before the stored quad is read.
void AddQuadTerms(int quad, Where* w) {
  if (quad == 0) return;
  static constexpr const char* kFirstRoot[] = {"01", "06", "10", "15", "21"};
  w->Add("e.code >= ? AND e.code < ?", {std::string(kFirstRoot[quad - 1]), std::string(kFirstRoot[quad])});
  w->Add("e.quad = ?", {int64_t{quad}});
}

}  // namespace

Status AddEventTerms(const EventFilter& f, Where* w) {
  if (Status s = CheckFilter(f); !s.ok()) return s;
  w->Prefix("e.source", f.source);
  w->Prefix("e.target", f.target);
  if (!f.actor.empty()) {
    std::vector<Where::Value> v;
    const std::string sql = PrefixTerm("e.source", f.actor, &v) + " OR " + PrefixTerm("e.target", f.actor, &v);
    w->Add(sql, std::move(v));
  }
  if (!f.between_a.empty()) {
    std::vector<Where::Value> v;
    std::string sql = PrefixTerm("e.source", f.between_a, &v) + " AND " + PrefixTerm("e.target", f.between_b, &v);
    sql += " OR " + PrefixTerm("e.source", f.between_b, &v) + " AND " + PrefixTerm("e.target", f.between_a, &v);
    w->Add(sql, std::move(v));
  }
  w->Prefix("e.code", f.code);
  AddQuadTerms(f.quad, w);
  const bool by_actor = !f.source.empty() || !f.target.empty() || !f.actor.empty() || !f.between_a.empty();
  AddDateTerms(f, by_actor, w);
  if (!f.text.empty())
    w->Add("e.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)", {f.text});
  if (f.document_id != 0) w->Add("e.document_id = ?", {f.document_id});
  return Status::Ok();
}

}  // namespace dyad::store
