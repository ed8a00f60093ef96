// dyad dict check / stats on small dictionaries written for the test.
#include "coder/check.h"

#include <gtest/gtest.h>

#include "coder/load.h"
#include "test_util.h"

namespace dyad::coder {
namespace {

std::vector<std::string> Problems(const std::string& text) {
  Dictionaries d;
  ReadReport r = ReadDyadDictionary("t.dyad", text, &d);
  EXPECT_EQ(r.skipped, 0u);
  std::vector<std::string> out;
  for (const Diagnostic& diag : CheckDictionaries(d)) out.push_back(diag.ToString());
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& part) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

TEST(DictCheck, CleanDictionaryHasNoProblems) {
  EXPECT_TRUE(Problems("%dyad-dictionary 1\nactor RUS: Rusland\nagent ~GOV: president\n"
                       "verb 111: veroordelen\n  112: scherp\n").empty());
}

TEST(DictCheck, PhraseGivenToTwoActorsIsReportedWithBothPlaces) {
  auto p = Problems("%dyad-dictionary 1\nactor RUS: Rusland\nactor BLR: Rusland\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_TRUE(Has(p, "t.dyad:3: warning: 'rusland' also names another actor at t.dyad:2")) << p[0];
}

TEST(DictCheck, UnknownEventAndActorCodes) {
  auto p = Problems("%dyad-dictionary 1\nactor XQZ: Nergensland\nverb 999: doen\n  0123: iets\n");
  EXPECT_TRUE(Has(p, "actor code 'XQZ'"));
  EXPECT_TRUE(Has(p, "'999' is not a CAMEO event code"));
  EXPECT_TRUE(Has(p, "'0123' is not a CAMEO event code"));
}

TEST(DictCheck, OverlappingAndBackwardRoles) {
  auto p = Problems("%dyad-dictionary 1\nactor RUSGOV: Poetin\n  RUSELI ..2001\n  RUSGOV 1999-08-09..\n"
                    "actor USAGOV: Iemand\n  USAGOV 2020..2010\n");
  EXPECT_TRUE(Has(p, "roles RUSELI"));
  EXPECT_TRUE(Has(p, "ends (20101231) before it starts (20200101)"));
}

TEST(DictCheck, AdjacentRolesSharingTheirBoundaryDayAreFine) {
  EXPECT_TRUE(Problems("%dyad-dictionary 1\nactor RUSGOV: Poetin\n  RUSELI ..1999-08-09\n  RUSGOV 1999-08-09..\n").empty());
}

TEST(DictCheck, PatternsThatCanNeverBeChosen) {
  auto p = Problems("%dyad-dictionary 1\nverb ---: verbreken\n  161: relatie\n  163: relatie\n  161: &nergens\n");
  EXPECT_TRUE(Has(p, "t.dyad:4: warning: pattern repeats line 3"));
  EXPECT_TRUE(Has(p, "unknown synset &nergens"));
}

TEST(DictCheck, SameVerbCodedDifferentlyInTwoBlocks) {
  auto p = Problems("%dyad-dictionary 1\nverb 111: veroordelen\nverb 112: veroordelen\n");
  EXPECT_TRUE(Has(p, "verb veroordelen is coded 112 here and 111 at t.dyad:2"));
  // Two blocks whose patterns compete, one coding the bare verb: fine.
  EXPECT_TRUE(Problems("%dyad-dictionary 1\nverb 111: veroordelen\nverb ---: veroordelen\n  173: gevangenisstraf\n").empty());
}

TEST(DictStats, CountsPredicatesAndPatternsPerRoot) {
  Dictionaries d;
  ReadDyadDictionary("t.dyad", "%dyad-dictionary 1\nverb 111: veroordelen | hekelen\n  112: scherp\nverb ---: verbreken\n  161: relatie\n", &d);
  const DictStats s = ComputeStats(d);
  EXPECT_EQ(s.predicates, 3u);
  EXPECT_EQ(s.patterns, 2u);
  EXPECT_EQ(s.by_root.at("11"), 3u);  // two verbs with 111, one pattern 112
  EXPECT_EQ(s.by_root.at("16"), 1u);  // "verbreken" itself is coded ---
}

TEST(DictCheck, ShippedDictionariesAreClean) {
  for (const char* lang : {"nl", "en"}) {
    Dictionaries d;
    std::string warnings;
    ASSERT_TRUE(LoadDictionaries({.builtin_languages = {lang}}, &d,
                                 [&](const Diagnostic& diag) { warnings += diag.ToString() + "\n"; })
                    .ok());
    EXPECT_EQ(warnings, "") << lang;
    for (const Diagnostic& diag : CheckDictionaries(d)) ADD_FAILURE() << lang << ": " << diag.ToString();
  }
}

}  // namespace
}  // namespace dyad::coder
