// WHERE clauses for the store's queries, built from EventFilter-style
// fields. Internal to src/store (query.cc, aggregate.cc).
//
// Every value a caller gives is bound as a parameter, never pasted into the
// SQL text: the SQL of a clause depends only on which filters are set.
// Terms refer to the events table under the alias `e`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad::store {

class Where {
 public:
  using Value = std::variant<int64_t, std::string>;

  // Adds `term` (SQL with one `?` per value, in order) ANDed with the others.
  void Add(std::string term, std::vector<Value> values = {});
  // `column` starts with `prefix`, as a range the column's index can seek:
  // column >= 'RUS' AND column < 'RUT'. An empty prefix adds nothing.
  void Prefix(std::string_view column, std::string_view prefix);
  // " WHERE t1 AND t2 ..." or "" when there are no terms.
  std::string Sql() const;
  // Binds the values from parameter `first` on; returns the next free index.
  int Bind(Stmt& st, int first = 1) const;

 private:
  std::vector<std::string> terms_;
  std::vector<Value> values_;
};

// The smallest string greater than every string starting with `prefix`
// ("RUS" -> "RUT"); "" when there is none (the prefix is all 0xff bytes).
std::string PrefixSuccessor(std::string_view prefix);
// "column >= ? AND column < ?" for `column` starting with `prefix`, its two
// values appended to *values (one, ">= ?", when there is no successor).
std::string PrefixTerm(std::string_view column, std::string_view prefix, std::vector<Where::Value>* values);

// The terms of an event filter (all fields but limit and offset).
// Invalid when the filter is malformed (one of between_a/b, quad outside
// 0..4, a date of unknown precision).
Status AddEventTerms(const EventFilter& filter, Where* where);

}  // namespace dyad::store
