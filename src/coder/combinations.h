// dyad's nested-event rules (lang/ontology/combinations.txt): a governing
// predicate ("wants", "asked", "threatened", "said") whose complement is a
// coded event codes one combined event ("wants to attack" -> 138, "asked
// Obama to help" -> 023), by CAMEO codes, for any language. PETRARCH-2's own
// mechanism (PICO values, "~" transformations) is pico.h / transforms.h.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dyad::coder {

class Combinations {
 public:
  // Whose act the governed predicate is: the governor's own ("wants to
  // attack") or another's with a subject of its own ("wants Putin to attack").
  enum class Who { kSame, kOther };
  // The rules compiled in from lang/ontology/combinations.txt.
  static const Combinations& Builtin();
  bool empty() const { return rules_.empty(); }
  // The combined code of `upper` governing `lower`, "" when no rule applies.
  // Rules marked "petrarch" apply only when `petrarch` is true.
  std::string Combine(const std::string& upper, const std::string& lower, Who who, bool petrarch) const;
  // The refusal a negated `code` stands for (lang/ontology/refusals.txt:
  // "would not provide aid" 070 -> 122), "" when CAMEO has none.
  std::string Refusal(const std::string& code) const;

 private:
  struct Rule {
    std::vector<std::string> upper, lower;  // code prefixes; lower empty = any
    Who who = Who::kSame;
    std::string result;  // a code, or the root before the facet's suffix
    std::string facet;   // "" when result is a code
    bool petrarch = false;
  };
  std::string FacetSuffix(const std::string& facet, const std::string& code) const;
  std::vector<Rule> rules_;
  std::map<std::string, std::map<std::string, std::string>> facets_;  // facet -> prefix -> suffix
  std::map<std::string, std::string> refusals_;                       // code prefix -> refusal
};

}  // namespace dyad::coder
