// The coder's readings of PETRARCH-1/TABARI conventions and of typical
// misparses, on hand-written parses (so that the parser does not move them):
// fallback targets, compound actors and agents, '^', "former", own forces,
// and words the tokenizer split or joined differently from the dictionary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "coder/coder_fixture.h"
#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::CodeParsed;
using testing::MakeCoder;
using testing::ParsedSentence;
using testing::Triples;
using Strings = std::vector<std::string>;

constexpr const char* kActors =
    "RUSSIA_ [RUS]\n"
    "RUSSIAN_ [RUS]\n"
    "UKRAINE_ [UKR]\n"
    "UKRAINIAN_ [UKR]\n"
    "FRANCE_ [FRA]\n"
    "CHINA_ [CHN]\n"
    "MOLDOVA_ [MDA]\n"
    "GUINEA-BISSAU_ [GNB]\n"
    "BURKINA FASO [BFA]\n";

constexpr const char* kAgents =
    "GOVERNMENT [~GOV]\n"
    "OFFICIAL [~GOV]\n"
    "LAWMAKER [~LEG]\n"
    "CLERIC [~REL]\n"
    "POLICE {} [~COP]\n"
    "ARMY {} [~MIL]\n";

constexpr const char* kVerbs =
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "- CLOSER TO * [138]\n"
    "--- BURN [180] ---\n"
    "BURN\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "--- PROMISE [030] ---\n"
    "PROMISE\n"
    "--- BELIEVE [023] ---\n"
    "BELIEVE\n"
    "--- WARN [160] ---\n"
    "WARN\n"
    "- * AT ^ + [162]\n"
    "--- REGRET [111] ---\n"
    "REGRET\n"
    "- NOTED + * [115]\n"
    "--- WIRETAP [081] ---\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n";

class PetrarchConventions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(testing::TempDir("dyad_conventions_test_" + std::to_string(::getpid())));
    testing::WriteFileIn(*dir_, "conv.actors.txt", kActors);
    testing::WriteFileIn(*dir_, "conv.agents.txt", kAgents);
    testing::WriteFileIn(*dir_, "conv.verbs.txt", kVerbs);
    testing::WriteFileIn(*dir_, "more.coder.txt", "%dyad-dictionary 1\nformer: erstwhile\n");
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  // `more`: further dictionary files of dir_ to load after the PETRARCH ones.
  static Strings Code(const std::string& conllu, const Strings& more = {}) {
    CoderOptions o;
    for (const char* f : {"conv.actors.txt", "conv.agents.txt", "conv.verbs.txt"})
      o.dictionaries.push_back(*dir_ + "/" + f);
    for (const std::string& f : more) o.dictionaries.push_back(*dir_ + "/" + f);
    auto coder = MakeCoder(o);
    return coder ? Triples(CodeParsed(*coder, conllu, "2023-03")) : Strings{"no coder"};
  }
  static std::string* dir_;
};

std::string* PetrarchConventions::dir_ = nullptr;

// ---- Arguments from misparses ------------------------------------------------------

TEST_F(PetrarchConventions, VerbConjoinedToANounSharesTheClauseSubject) {
  // "promised" attached to "Monday", tagged as a participle (Voice=Pass)
  // although it has an object: the subject is the government's.
  const std::string parse = ParsedSentence(
      "France criticized Russia on Monday and promised aid to Ukraine.",
      {"1 France France PROPN 2 nsubj", "2 criticized criticize VERB 0 root", "3 Russia Russia PROPN 2 obj",
       "4 on on ADP 5 case", "5 Monday Monday PROPN 2 obl", "6 and and CCONJ 7 cc",
       "7 promised promise VERB 5 conj Tense=Past|VerbForm=Part|Voice=Pass", "8 aid aid NOUN 7 obj",
       "9 to to ADP 10 case", "10 Ukraine Ukraine PROPN 7 obl", "11 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(parse), (Strings{"FRA RUS 111", "FRA UKR 030"}));
}

TEST_F(PetrarchConventions, AdjectiveAfterAModalIsAVerb) {
  // "would attack" with "attack" tagged an adjective: the modal (MD) makes
  // it the clause's verb.
  using testing::ConlluRow;
  const auto sentence = [](const std::string& aux_xpos) {
    return "# text = Russia would attack Ukraine.\n" + ConlluRow("1 Russia Russia PROPN NNP _ 3 nsubj _ _") +
           ConlluRow("2 would would AUX " + aux_xpos + " _ 3 aux _ _") + ConlluRow("3 attack attack ADJ JJ _ 0 root _ _") +
           ConlluRow("4 Ukraine Ukraine PROPN NNP _ 3 obj _ _") + ConlluRow("5 . . PUNCT . _ 3 punct _ _") + "\n";
  };
  EXPECT_EQ(Code(sentence("MD")), (Strings{"RUS UKR 190"}));
  EXPECT_EQ(Code(sentence("VB")), Strings{});  // no modal: an adjective
}

TEST_F(PetrarchConventions, ParticipleBeforeADeterminerIsNoReducedPassive) {
  // "burned down the embassy" hung under "crowds" (its object under "said")
  // is still the crowds' act, not "crowds that were burned".
  const std::string parse = ParsedSentence(
      "Russian crowds burned down the embassy of Ukraine, officials said.",
      {"1 Russian Russian ADJ 2 amod", "2 crowds crowd NOUN 11 nsubj",
       "3 burned burn VERB 2 acl Tense=Past|VerbForm=Part", "4 down down ADP 3 compound:prt", "5 the the DET 6 det", "6 embassy embassy NOUN 11 obj",
       "7 of of ADP 8 case", "8 Ukraine Ukraine PROPN 6 nmod", "9 , , PUNCT 11 punct",
       "10 officials official NOUN 11 nsubj", "11 said say VERB 0 root", "12 . . PUNCT 11 punct"});
  EXPECT_EQ(Code(parse), (Strings{"RUS UKR 180"}));
}

TEST_F(PetrarchConventions, CountedTimeSpanIsNoSubject) {
  for (const std::string count : {"Five five NUM 2 nummod", "Several several ADJ 2 amod"}) {
    const std::string parse = ParsedSentence(
        "Five years after the war with Russia, the Ukrainian government criticized France.",
        {"1 " + count, "2 years year NOUN 12 nsubj", "3 after after ADP 5 case", "4 the the DET 5 det",
         "5 war war NOUN 2 nmod", "6 with with ADP 7 case", "7 Russia Russia PROPN 5 nmod", "8 , , PUNCT 2 punct",
         "9 the the DET 11 det", "10 Ukrainian Ukrainian ADJ 11 amod", "11 government government NOUN 12 nsubj",
         "12 criticized criticize VERB 0 root", "13 France France PROPN 12 obj", "14 . . PUNCT 12 punct"});
    EXPECT_EQ(Code(parse), (Strings{"UKRGOV FRA 111"})) << count;
  }
  // Nor is it the object the parser missed (a second subject).
  const std::string parse = ParsedSentence(
      "Five years after the war with Russia, the Ukrainian government criticized.",
      {"1 Five five NUM 2 nummod", "2 years year NOUN 12 nsubj", "3 after after ADP 5 case", "4 the the DET 5 det",
       "5 war war NOUN 2 nmod", "6 with with ADP 7 case", "7 Russia Russia PROPN 5 nmod", "8 , , PUNCT 2 punct",
       "9 the the DET 11 det", "10 Ukrainian Ukrainian ADJ 11 amod", "11 government government NOUN 12 nsubj",
       "12 criticized criticize VERB 0 root", "13 . . PUNCT 12 punct"});
  EXPECT_EQ(Code(parse), Strings{});
}

TEST_F(PetrarchConventions, InfinitiveOfAnAdjectiveReadsWithTheAdjectivesClause) {
  // "to attack" completes "closer": Russia is its subject, and the pattern
  // "CLOSER TO *" sees the adjective's clause.
  const std::string parse = ParsedSentence(
      "Russia is moving closer to attack Ukraine.",
      {"1 Russia Russia PROPN 3 nsubj", "2 is be AUX 3 aux", "3 moving move VERB 0 root",
       "4 closer close ADJ 3 obj", "5 to to PART 6 mark", "6 attack attack VERB 4 acl",
       "7 Ukraine Ukraine PROPN 6 obj", "8 . . PUNCT 3 punct"});
  EXPECT_EQ(Code(parse), (Strings{"RUS UKR 138"}));
}

// ---- TABARI's fallback target ------------------------------------------------------

TEST_F(PetrarchConventions, FallbackTargetIsNotAnotherClausesSubject) {
  // The embassy names no actor; the official reports, and is no target.
  const std::string parse = ParsedSentence(
      "Russia attacked the embassy, a Ukrainian official said.",
      {"1 Russia Russia PROPN 2 nsubj", "2 attacked attack VERB 0 root", "3 the the DET 4 det",
       "4 embassy embassy NOUN 2 obj", "5 , , PUNCT 9 punct", "6 a a DET 8 det", "7 Ukrainian Ukrainian ADJ 8 amod",
       "8 official official NOUN 9 nsubj", "9 said say VERB 2 parataxis", "10 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(parse), Strings{});
}

TEST_F(PetrarchConventions, FallbackTargetIsTheComplementsSubjectNotItsAgent) {
  const std::string parse = ParsedSentence(
      "Ukraine believes Moldova will be protected by France.",
      {"1 Ukraine Ukraine PROPN 2 nsubj", "2 believes believe VERB 0 root", "3 Moldova Moldova PROPN 6 nsubj:pass",
       "4 will will AUX 6 aux", "5 be be AUX 6 aux:pass", "6 protected protect VERB 2 ccomp Voice=Pass",
       "7 by by ADP 8 case", "8 France France PROPN 6 obl:agent", "9 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(parse), (Strings{"UKR MDA 023"}));
}

// ---- Patterns ---------------------------------------------------------------------

TEST_F(PetrarchConventions, SkipPhraseSkipsAWholeNounPhrase) {
  // "- * AT ^ +": '^' is "the Ukraine summit", not just "the".
  const std::string parse = ParsedSentence(
      "Russia warned at the Ukraine summit about France.",
      {"1 Russia Russia PROPN 2 nsubj", "2 warned warn VERB 0 root", "3 at at ADP 6 case", "4 the the DET 6 det",
       "5 Ukraine Ukraine PROPN 6 compound", "6 summit summit NOUN 2 obl", "7 about about ADP 8 case",
       "8 France France PROPN 2 obl", "9 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(parse), (Strings{"RUS FRA 162"}));
}

TEST_F(PetrarchConventions, PatternTargetingTheSubjectTakesTheSourceAbove) {
  // "- NOTED + * [115]": the one who noted is the source.
  const std::string parse = ParsedSentence(
      "Ukraine noted that Russia regretted the decision.",
      {"1 Ukraine Ukraine PROPN 2 nsubj", "2 noted note VERB 0 root", "3 that that SCONJ 5 mark",
       "4 Russia Russia PROPN 5 nsubj", "5 regretted regret VERB 2 ccomp", "6 the the DET 7 det",
       "7 decision decision NOUN 5 obj", "8 . . PUNCT 2 punct"});
  EXPECT_EQ(Code(parse), (Strings{"UKR RUS 115"}));
}

TEST_F(PetrarchConventions, MultiWordVerbFoundAtTheWordTakenForTheVerb) {
  // WIRE_+TAP with "wire" parsed as the verb and "tap" as a noun.
  const std::string parse = ParsedSentence(
      "Ukraine will wire tap Russia.",
      {"1 Ukraine Ukraine PROPN 3 nsubj", "2 will will AUX 3 aux", "3 wire wire VERB 0 root",
       "4 tap tap NOUN 5 compound", "5 Russia Russia PROPN 3 obj", "6 . . PUNCT 3 punct"});
  EXPECT_EQ(Code(parse), (Strings{"UKR RUS 081"}));
}

// ---- Compound actors and agents ----------------------------------------------------

TEST_F(PetrarchConventions, ConjoinedPartiesAreADyadWhenOnePairIs) {
  // Clerics are a group (---REL), lawmakers a role: both are coded.
  const std::string parse = ParsedSentence(
      "Clerics and lawmakers criticized Ukraine.",
      {"1 Clerics cleric NOUN 4 nsubj", "2 and and CCONJ 3 cc", "3 lawmakers lawmaker NOUN 1 conj",
       "4 criticized criticize VERB 0 root", "5 Ukraine Ukraine PROPN 4 obj", "6 . . PUNCT 4 punct"});
  EXPECT_EQ(Code(parse), (Strings{"---REL UKR 111", "---LEG UKR 111"}));
}

TEST_F(PetrarchConventions, RoleAfterConjoinedCountriesIsOfEach) {
  const std::string parse = ParsedSentence(
      "Lawmakers and officials in France and China criticized Russia.",
      {"1 Lawmakers lawmaker NOUN 8 nsubj", "2 and and CCONJ 3 cc", "3 officials official NOUN 1 conj",
       "4 in in ADP 5 case", "5 France France PROPN 1 nmod", "6 and and CCONJ 7 cc", "7 China China PROPN 5 conj",
       "8 criticized criticize VERB 0 root", "9 Russia Russia PROPN 8 obj", "10 . . PUNCT 8 punct"});
  EXPECT_EQ(Code(parse), (Strings{"FRALEG RUS 111", "CHNLEG RUS 111", "FRAGOV RUS 111", "CHNGOV RUS 111"}));
}

// "former" is a closed-class word of English (lang/en/coder.txt), read with
// PETRARCH's dictionaries too; a dictionary's `former` key adds to it.
TEST_F(PetrarchConventions, FormerOfficialsAreElites) {
  auto parse = [](const std::string& adjective, const std::string& lemma) {
    return ParsedSentence(adjective + " Ukrainian officials criticized Russia.",
                          {"1 " + adjective + " " + lemma + " ADJ 3 amod",
                           "2 Ukrainian Ukrainian ADJ 3 amod", "3 officials official NOUN 4 nsubj",
                           "4 criticized criticize VERB 0 root", "5 Russia Russia PROPN 4 obj", "6 . . PUNCT 4 punct"});
  };
  EXPECT_EQ(Code(parse("Former", "former")), (Strings{"UKRELI RUS 111"}));
  EXPECT_EQ(Code(parse("Erstwhile", "erstwhile")), (Strings{"UKRGOV RUS 111"}));
  EXPECT_EQ(Code(parse("Erstwhile", "erstwhile"), {"more.coder.txt"}), (Strings{"UKRELI RUS 111"}));
}

TEST_F(PetrarchConventions, AgentWithoutPluralDoesNotMatchByLemma) {
  // "POLICE {}": "polices" (lemma "police") is no police.
  const std::string parse = ParsedSentence(
      "Russian polices attacked Ukraine.",
      {"1 Russian Russian ADJ 2 amod", "2 polices police NOUN 3 nsubj", "3 attacked attack VERB 0 root",
       "4 Ukraine Ukraine PROPN 3 obj", "5 . . PUNCT 3 punct"});
  EXPECT_EQ(Code(parse), (Strings{"RUS UKR 190"}));
}

TEST_F(PetrarchConventions, OwnForcesMayActOnTheirCountry) {
  const std::string parse = ParsedSentence(
      "The Ukrainian army attacked Ukrainian villages.",
      {"1 The the DET 3 det", "2 Ukrainian Ukrainian ADJ 3 amod", "3 army army NOUN 4 nsubj",
       "4 attacked attack VERB 0 root", "5 Ukrainian Ukrainian ADJ 6 amod", "6 villages village NOUN 4 obj",
       "7 . . PUNCT 4 punct"});
  EXPECT_EQ(Code(parse), (Strings{"UKRMIL UKR 190"}));
}

// ---- Tokens and dictionary words ---------------------------------------------------

TEST_F(PetrarchConventions, SplitHyphenAndUnderscoreTokensMatchDictionaryWords) {
  // "Guinea - Bissau" (split by the tokenizer) is GUINEA-BISSAU_; the token
  // "Burkina_Faso" stands for the words BURKINA FASO.
  const std::string parse = ParsedSentence(
      "Guinea-Bissau criticized Burkina_Faso.",
      {"1 Guinea Guinea PROPN 3 compound", "2 - - PUNCT 3 punct", "3 Bissau Bissau PROPN 4 nsubj",
       "4 criticized criticize VERB 0 root", "5 Burkina_Faso Burkina_Faso PROPN 4 obj", "6 . . PUNCT 4 punct"});
  EXPECT_EQ(Code(parse), (Strings{"GNB BFA 111"}));
}

}  // namespace
}  // namespace dyad
