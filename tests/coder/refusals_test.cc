// dyad's refusal table (lang/ontology/refusals.txt): every negated
// cooperative code maps to a code of CAMEO's REJECT root.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "coder/combinations.h"
#include "dyad/ontology.h"
#include "ontology/table_lines.h"
#include "util/lang_data.h"

namespace dyad::coder {
namespace {

TEST(Refusals, EveryRowIsACameoCodeAndARejection) {
  size_t rows = 0;
  for (std::string_view line : LangLines("ontology/refusals.txt")) {
    const std::vector<std::string_view> f = ontology::TabFields(line);
    ASSERT_EQ(f.size(), 3u) << line;
    EXPECT_EQ(f[0], "refuse");
    EXPECT_NE(ontology::FindEventCode(std::string(f[1])), nullptr) << f[1];
    EXPECT_NE(ontology::FindEventCode(std::string(f[2])), nullptr) << f[2];
    EXPECT_TRUE(f[2].starts_with("12")) << f[2];
    ++rows;
  }
  EXPECT_GE(rows, 20u);
}

TEST(Refusals, LongestPrefixWins) {
  const Combinations& c = Combinations::Builtin();
  EXPECT_EQ(c.Refusal("0841"), "1243");  // not releasing prisoners
  EXPECT_EQ(c.Refusal("080"), "124");    // not giving permission
  EXPECT_EQ(c.Refusal("072"), "1222");   // not sending weapons
  EXPECT_EQ(c.Refusal("190"), "");       // not attacking is no event
  EXPECT_EQ(c.Refusal("---"), "");
}

}  // namespace
}  // namespace dyad::coder
