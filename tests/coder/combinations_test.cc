// dyad's nested-event rules (lang/ontology/combinations.txt): the loader
// skips a line it cannot read, so this test is what keeps the table whole.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "coder/combinations.h"
#include "dyad/ontology.h"
#include "ontology/table_lines.h"
#include "util/lang_data.h"

namespace dyad::coder {
namespace {

bool IsCode(std::string_view code) { return ontology::FindEventCode(std::string(code)) != nullptr; }

// Every ","-separated prefix of a rule's code list is itself a CAMEO code
// ("03" the root, "061" a code); "*" is any.
void ExpectCodeList(std::string_view list, std::string_view line) {
  if (list == "*") return;
  for (size_t start = 0; start <= list.size();) {
    const size_t comma = std::min(list.find(',', start), list.size());
    EXPECT_TRUE(IsCode(list.substr(start, comma - start))) << list.substr(start, comma - start) << " in: " << line;
    start = comma + 1;
  }
}

TEST(Combinations, EveryLineIsAWellFormedRuleOrFacet) {
  std::map<std::string, std::vector<std::string>> facets;  // name -> suffixes
  std::vector<std::pair<std::string, std::string>> roots;  // ROOT+FACET results
  size_t rules = 0;
  for (std::string_view line : LangLines("ontology/combinations.txt")) {
    const std::vector<std::string_view> f = ontology::TabFields(line);
    ASSERT_FALSE(f.empty());
    if (f[0] == "facet") {
      ASSERT_EQ(f.size(), 4u) << line;
      EXPECT_TRUE(IsCode(f[2])) << line;
      facets[std::string(f[1])].emplace_back(f[3]);
      continue;
    }
    ASSERT_EQ(f[0], "rule") << line;
    ASSERT_EQ(f.size(), 6u) << line;
    ExpectCodeList(f[1], line);
    ExpectCodeList(f[2], line);
    EXPECT_TRUE(f[3] == "same" || f[3] == "other") << line;
    EXPECT_TRUE(f[5].empty() || f[5] == "petrarch") << line;  // "-" reads as empty
    const size_t plus = f[4].find('+');
    if (plus == std::string_view::npos) EXPECT_TRUE(IsCode(f[4])) << line;
    else roots.emplace_back(f[4].substr(0, plus), f[4].substr(plus + 1));
    ++rules;
  }
  EXPECT_GE(rules, 8u);
  // A ROOT+FACET result names a facet that exists and gives that root at
  // least one CAMEO code.
  for (const auto& [root, facet] : roots) {
    ASSERT_TRUE(facets.count(facet) > 0) << root << "+" << facet;
    size_t codes = 0;
    for (const std::string& suffix : facets[facet]) codes += IsCode(root + suffix) ? 1 : 0;
    EXPECT_GT(codes, 0u) << root << "+" << facet;
  }
}

TEST(Combinations, CombinesByTheFirstRuleAndTheLongestFacetPrefix) {
  const Combinations& c = Combinations::Builtin();
  using Who = Combinations::Who;
  EXPECT_EQ(c.Combine("030", "190", Who::kSame, false), "138");    // wants to attack: a threat
  EXPECT_EQ(c.Combine("030", "0841", Who::kOther, false), "0253");  // wants X to release: appeal for release
  EXPECT_EQ(c.Combine("030", "0841", Who::kSame, false), "0353");   // will release: intent to release
  EXPECT_EQ(c.Combine("100", "190", Who::kOther, false), "1012");  // demands X use force
  EXPECT_EQ(c.Combine("010", "190", Who::kSame, false), "");       // reported violence: PETRARCH only
  EXPECT_EQ(c.Combine("010", "190", Who::kSame, true), "015");
  EXPECT_EQ(c.Combine("010", "190", Who::kOther, true), "112");
  EXPECT_EQ(c.Combine("030", "111", Who::kSame, false), "");       // no rule: coded as two events
}

}  // namespace
}  // namespace dyad::coder
