// PETRARCH-2 semantics on hand-written parses: patterns that never match
// another verb, and verbs combined or negated through the PETRARCH Internal
// Coding Ontology (PICO).
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "coder/coder_fixture.h"
#include "coder/pico.h"
#include "test_util.h"

namespace dyad {
namespace {

using coder::ParsePicoValue;
using coder::Pico;
using testing::CodeParsed;
using testing::MakeCoder;
using testing::ParsedSentence;
using testing::Triples;
using Strings = std::vector<std::string>;

constexpr const char* kVerbs2 =
    "--- WANT [030] ---\n"
    "WANT\n"
    "- * HELP [023]\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "--- ASK [020] ---\n"
    "ASK\n"
    "--- GIVE [---] ---\n"
    "GIVE\n"
    "- * PERMISSION [080]\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- PRESSURE [170] ---\n"
    "PRESSURE\n"
    "--- PROVIDE [060] ---\n"
    "PROVIDE\n"
    "- * SUPPORT [051]\n";

constexpr const char* kPico =
    "020:0x2000\n023:0x2040\n030:0x3000\n033:0x3040\n070:0x0040\n080:0x0200\n"
    "124:-0xFFFF+0x0200\n---:0\n"
    "051:0x0081\n060:0x0070\n121:-0xFFFF+0x0070\n170:0x10086\n";

class Petrarch2CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(testing::TempDir("dyad_petrarch2_test_" + std::to_string(::getpid())));
    testing::WriteSmallEnglishDictionaries(*dir_);
    testing::WriteFileIn(*dir_, "small.verbs.2.0.txt", kVerbs2);
    testing::WriteFileIn(*dir_, "small.ontology.txt", kPico);
    testing::WriteFileIn(*dir_, "later.actors.txt", "PUTIN_ [RUSMIL]\n");
    testing::WriteFileIn(*dir_, "groups.actors.txt", "UN_ [IGOUNO]\n");
    testing::WriteFileIn(*dir_, "roles.agents.txt", "TROOP [~MIL]\nDISSIDENT [~OPP]\nMUSLIM [~MUS]\n");
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static Strings Code(const std::string& conllu, bool with_pico = true, Strings more = {}) {
    CoderOptions o;
    more.insert(more.begin(), {"small.actors.txt", "small.agents.txt", "small.verbs.2.0.txt"});
    for (const std::string& f : more) o.dictionaries.push_back(*dir_ + "/" + f);
    if (with_pico) o.dictionaries.push_back(*dir_ + "/small.ontology.txt");
    auto coder = MakeCoder(o);
    return coder ? Triples(CodeParsed(*coder, conllu, "2022-08")) : Strings{"no coder"};
  }
  // With an IGO actor (UN) and agents for troops, dissidents, Muslims.
  static Strings CodeWithRoles(const std::string& text, const Strings& tokens) {
    return Code(ParsedSentence(text, tokens), true, {"groups.actors.txt", "roles.agents.txt"});
  }
  static std::string* dir_;
};

std::string* Petrarch2CoderTest::dir_ = nullptr;

std::string RussiaWantsToHelpUkraine() {
  return ParsedSentence("Russia wants to help Ukraine.",
                        {"1 Russia Russia PROPN 2 nsubj", "2 wants want VERB 0 root", "3 to to PART 4 mark",
                         "4 help help VERB 2 xcomp", "5 Ukraine Ukraine PROPN 4 obj", "6 . . PUNCT 2 punct"});
}

TEST(PicoTest, ValuesAreSumsOfHexNumbers) {
  EXPECT_EQ(*ParsePicoValue("0x1000"), 0x1000);
  EXPECT_EQ(*ParsePicoValue("-0xFFFF+0x2040+0x300"), -0xFFFF + 0x2040 + 0x300);
  EXPECT_EQ(*ParsePicoValue("0"), 0);
  EXPECT_FALSE(ParsePicoValue("0x10 0x20").has_value());
  EXPECT_FALSE(ParsePicoValue("").has_value());
}

TEST(PicoTest, CombinesAndMapsBack) {
  const Pico p({{"030", "0x3000"}, {"033", "0x3040"}, {"070", "0x0040"}, {"08", "0x0200"}, {"080", "0x0200"}});
  EXPECT_EQ(*p.Value("0712"), 0x0040);  // unlisted: its root's value
  EXPECT_EQ(p.Code(Pico::Combine(*p.Value("030"), *p.Value("070"))), "033");
  EXPECT_EQ(p.Code(0x0200), "080");  // the three-digit code of a shared value
  EXPECT_EQ(p.Code(0x30A0), "138");  // convert_code's quirk
  EXPECT_EQ(Pico::Combine(0x1000, 0x0040), 0x0040);  // "say" adds nothing
  EXPECT_EQ(Pico::Combine(0x3000, 0x2000), 0x2000);  // two high-level verbs: the lower
}

// "* HELP" would match the lower verb; PETRARCH-2 patterns never match
// verbs, so WANT codes 030 and combines with HELP's 070 into 033.
TEST_F(Petrarch2CoderTest, PatternsSkipVerbsAndVerbsCombine) {
  EXPECT_EQ(Code(RussiaWantsToHelpUkraine()), Strings{"RUS UKR 033"});
}

TEST_F(Petrarch2CoderTest, WithoutTheOntologyTheLowerVerbIsCodedAlone) {
  EXPECT_EQ(Code(RussiaWantsToHelpUkraine(), false), Strings{"RUS UKR 070"});
}

// "asked Russia to help": the lower verb's own subject is the target.
TEST_F(Petrarch2CoderTest, ObjectControlTargetsTheLowerSource) {
  const std::string s = ParsedSentence(
      "Ukraine asked Russia to help.", {"1 Ukraine Ukraine PROPN 2 nsubj", "2 asked ask VERB 0 root",
                                        "3 Russia Russia PROPN 2 obj", "4 to to PART 5 mark",
                                        "5 help help VERB 2 xcomp", "6 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(s), Strings{"UKR RUS 023"});
}

TEST_F(Petrarch2CoderTest, NegationCodesTheOpposite) {
  const std::string s = ParsedSentence(
      "Russia did not give permission to Ukraine.",
      {"1 Russia Russia PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod", "4 give give VERB 0 root",
       "5 permission permission NOUN 4 obj", "6 to to ADP 7 case", "7 Ukraine Ukraine PROPN 4 obl",
       "8 . . PUNCT 4 punct"});
  EXPECT_EQ(Code(s), Strings{"RUS UKR 124"});
  EXPECT_EQ(Code(s, false), Strings{});
}

// require_dyad: a role without a country and a named actor are a dyad
// (PETRARCH-2 codes "---GOV UKR"); two roles are not.
TEST_F(Petrarch2CoderTest, ARoleAndAnActorAreADyad) {
  const std::string role_on_actor = ParsedSentence(
      "The government attacked Ukraine.", {"1 The the DET 2 det", "2 government government NOUN 3 nsubj",
                                           "3 attacked attack VERB 0 root", "4 Ukraine Ukraine PROPN 3 obj",
                                           "5 . . PUNCT 3 punct"});
  EXPECT_EQ(Code(role_on_actor), Strings{"---GOV UKR 190"});
  const std::string role_on_role = ParsedSentence(
      "The government attacked the minister.",
      {"1 The the DET 2 det", "2 government government NOUN 3 nsubj", "3 attacked attack VERB 0 root",
       "4 the the DET 5 det", "5 minister minister NOUN 3 obj", "6 . . PUNCT 3 punct"});
  EXPECT_EQ(Code(role_on_role), Strings{});
}

// UD 1 parses attach the controlled infinitive as an advcl marked "to":
// it is object control all the same.
TEST_F(Petrarch2CoderTest, AnInfinitiveAdverbialIsControlledByTheObject) {
  const std::string s = ParsedSentence(
      "Ukraine asked Russia to help.", {"1 Ukraine Ukraine PROPN 2 nsubj", "2 asked ask VERB 0 root",
                                        "3 Russia Russia PROPN 2 obj", "4 to to PART 5 mark",
                                        "5 help help VERB 2 advcl", "6 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(s), Strings{"UKR RUS 023"});
}

// "pressured Ukraine to help the government": 170 and 070 do not combine;
// PETRARCH-2 keeps the upper event only.
TEST_F(Petrarch2CoderTest, AnUncombinedInfinitiveLeavesTheUpperEvent) {
  const std::string s = ParsedSentence(
      "Russia pressured Ukraine to help the government.",
      {"1 Russia Russia PROPN 2 nsubj", "2 pressured pressure VERB 0 root", "3 Ukraine Ukraine PROPN 2 obj",
       "4 to to PART 5 mark", "5 help help VERB 2 advcl", "6 the the DET 7 det",
       "7 government government NOUN 5 obj", "8 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(s), Strings{"RUS UKR 170"});
  EXPECT_EQ(Code(s, false), (Strings{"RUS UKR 170", "UKR RUS 070"}));  // "the government": the next actor
}

// The pattern's 051 has no opposite; the verb's own 060 has (121).
TEST_F(Petrarch2CoderTest, ANegationFallsBackToTheVerbsCode) {
  const std::string s = ParsedSentence(
      "Russia did not provide support to Ukraine.",
      {"1 Russia Russia PROPN 4 nsubj", "2 did do AUX 4 aux", "3 not not PART 4 advmod",
       "4 provide provide VERB 0 root", "5 support support NOUN 4 obj", "6 to to ADP 7 case",
       "7 Ukraine Ukraine PROPN 4 obl", "8 . . PUNCT 4 punct"});
  EXPECT_EQ(Code(s), Strings{"RUS UKR 121"});
}

// A phrase listed again later replaces the earlier entry, as in PETRARCH-2's
// actor trie: "Putin" is RUSMIL once later.actors.txt lists him.
TEST_F(Petrarch2CoderTest, ARepeatedPhraseTakesTheLaterEntry) {
  const std::string s = ParsedSentence("Putin attacked Ukraine.", {"1 Putin Putin PROPN 2 nsubj",
                                                                  "2 attacked attack VERB 0 root",
                                                                  "3 Ukraine Ukraine PROPN 2 obj",
                                                                  "4 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(s), Strings{"RUSGOV UKR 190"});
  EXPECT_EQ(Code(s, true, {"later.actors.txt"}), Strings{"RUSMIL UKR 190"});
}

// An organisation's code is no role: "UN troops" are IGOUNO + MIL.
TEST_F(Petrarch2CoderTest, AGroupTakesARole) {
  EXPECT_EQ(CodeWithRoles("Russia attacked UN troops.",
                          {"1 Russia Russia PROPN 2 nsubj", "2 attacked attack VERB 0 root", "3 UN UN PROPN 4 compound",
                           "4 troops troop NOUN 2 obj", "5 . . PUNCT 2 punct"}),
            Strings{"RUS IGOUNOMIL 190"});
}

// The country may sit in a compound under the agent's modifier ("dissidents
// from Ukraine camp"), and every agent adds its code in text order.
TEST_F(Petrarch2CoderTest, AgentsOfOneNounPhraseCombine) {
  EXPECT_EQ(CodeWithRoles("Russia attacked Muslim dissidents from Ukraine camp.",
                          {"1 Russia Russia PROPN 2 nsubj", "2 attacked attack VERB 0 root",
                           "3 Muslim Muslim ADJ 4 amod", "4 dissidents dissident NOUN 2 obj", "5 from from ADP 7 case",
                           "6 Ukraine Ukraine PROPN 7 compound", "7 camp camp NOUN 4 nmod", "8 . . PUNCT 2 punct"}),
            Strings{"RUS UKRMUSOPP 190"});
  // The phrase's head is an agent whatever its modifiers name.
  EXPECT_EQ(CodeWithRoles("Russia attacked dissidents of Ukraine's party.",
                          {"1 Russia Russia PROPN 2 nsubj", "2 attacked attack VERB 0 root",
                           "3 dissidents dissident NOUN 2 obj", "4 of of ADP 7 case", "5 Ukraine Ukraine PROPN 7 nmod:poss",
                           "6 's 's PART 5 case", "7 party party NOUN 3 nmod", "8 . . PUNCT 2 punct"}),
            Strings{"RUS UKROPP 190"});
}

// A parser's bad lemma ("attacke") still finds the verb by its regular
// inflection.
TEST_F(Petrarch2CoderTest, ARegularFormFindsTheVerbDespiteItsLemma) {
  const std::string s = ParsedSentence("Russia attacked Ukraine.",
                                       {"1 Russia Russia PROPN 2 nsubj", "2 attacked attacke VERB 0 root",
                                        "3 Ukraine Ukraine PROPN 2 obj", "4 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(s), Strings{"RUS UKR 190"});
}

}  // namespace
}  // namespace dyad
