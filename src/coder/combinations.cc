#include "coder/combinations.h"

#include "dyad/ontology.h"
#include "ontology/table_lines.h"
#include "util/lang_data.h"

namespace dyad::coder {
namespace {

std::vector<std::string> Prefixes(std::string_view list) {
  std::vector<std::string> out;
  if (list == "*") return out;
  for (size_t start = 0; start <= list.size();) {
    const size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) out.emplace_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

bool Matches(const std::vector<std::string>& prefixes, const std::string& code) {
  if (prefixes.empty()) return true;
  for (const std::string& p : prefixes)
    if (code.starts_with(p)) return true;
  return false;
}

}  // namespace

const Combinations& Combinations::Builtin() {
  static const Combinations* rules = [] {
    auto* c = new Combinations;
    for (std::string_view line : LangLines("ontology/combinations.txt")) {
      const std::vector<std::string_view> f = ontology::TabFields(line);
      if (f.size() == 4 && f[0] == "facet") c->facets_[std::string(f[1])][std::string(f[2])] = std::string(f[3]);
      if (f.size() != 6 || f[0] != "rule") continue;  // malformed lines: tests/coder/combinations_test.cc
      Rule r{Prefixes(f[1]), Prefixes(f[2]), f[3] == "other" ? Who::kOther : Who::kSame, std::string(f[4]), "",
             f[5] == "petrarch"};
      if (const size_t plus = r.result.find('+'); plus != std::string::npos) {
        r.facet = r.result.substr(plus + 1);
        r.result.resize(plus);
      }
      c->rules_.push_back(std::move(r));
    }
    for (std::string_view line : LangLines("ontology/refusals.txt")) {
      const std::vector<std::string_view> f = ontology::TabFields(line);
      if (f.size() == 3 && f[0] == "refuse") c->refusals_[std::string(f[1])] = std::string(f[2]);
    }
    return c;
  }();
  return *rules;
}

namespace {

// The value of the longest prefix of `code` in `table`, "" if none.
std::string LongestPrefix(const std::map<std::string, std::string>& table, const std::string& code) {
  for (size_t n = code.size(); n > 0; --n)
    if (auto s = table.find(code.substr(0, n)); s != table.end()) return s->second;
  return "";
}

}  // namespace

// The suffix of the longest prefix of `code` the facet lists, "" if none.
std::string Combinations::FacetSuffix(const std::string& facet, const std::string& code) const {
  auto it = facets_.find(facet);
  return it == facets_.end() ? "" : LongestPrefix(it->second, code);
}

std::string Combinations::Refusal(const std::string& code) const { return LongestPrefix(refusals_, code); }

std::string Combinations::Combine(const std::string& upper, const std::string& lower, Who who, bool petrarch) const {
  for (const Rule& r : rules_) {
    if (r.who != who || (r.petrarch && !petrarch) || !Matches(r.upper, upper) || !Matches(r.lower, lower)) continue;
    if (r.facet.empty()) return r.result;
    const std::string suffix = FacetSuffix(r.facet, lower);
    const std::string code = r.result + suffix;
    return !suffix.empty() && ontology::FindEventCode(code) != nullptr ? code : "";
  }
  return "";
}

}  // namespace dyad::coder
