// Words that stand where a party could but name none, and clauses that name
// one the parser misplaced, with the built-in dictionaries on hand-written
// parses: reflexive and indefinite pronouns, a pronoun whose speaker names
// no actor, an attribution ("volgens X"), a governing verb whose infinitive
// codes nothing; a name the parser made an apposition or a second subject
// is the clause's object.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder_fixture.h"

namespace dyad::testing {
namespace {

using Strings = std::vector<std::string>;

// Events of the sentences after the first (which names an actor that a
// wrong reference would pick up).
Strings Later(const std::vector<Event>& events) { return LaterEvents(events); }

std::string PutinVisitedBerlin(const std::string& lang) {
  return lang == "nl" ? Transitive("Poetin", "bezocht", "bezoeken", "Berlijn")
                      : Transitive("Putin", "visited", "visit", "Berlin");
}

TEST(NoParty, ReflexiveAndIndefinitePronounsReferToNoOne) {
  for (const std::string feats : {"Case=Acc|Person=3|PronType=Prs|Reflex=Yes", "Person=3|PronType=Ind"}) {
    const std::string second = ParsedSentence(
        "Polen bekritiseerde zich.", {"1 Polen Polen PROPN 2 nsubj", "2 bekritiseerde bekritiseren VERB 0 root",
                                      "3 zich zich PRON 2 obj " + feats, "4 . . PUNCT 2 punct"});
    EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + second)), Strings{}) << feats;
  }
  const std::string everything = ParsedSentence(
      "Poland criticized everything.", {"1 Poland Poland PROPN 2 nsubj", "2 criticized criticize VERB 0 root",
                                        "3 everything everything PRON 2 obj Number=Sing|PronType=Tot",
                                        "4 . . PUNCT 2 punct"});
  EXPECT_EQ(Later(CodeBuiltin("en", PutinVisitedBerlin("en") + everything)), Strings{});
}

// "Het ministerie zei dat het Duitsland bekritiseerde": "het" is the
// ministry, which names no actor, not Poetin of the sentence before.
std::string ReportedPronoun(const std::string& speaker, const std::string& upos) {
  return ParsedSentence(speaker + " zei dat het Duitsland bekritiseerde.",
                        {"1 " + speaker + " " + speaker + " " + upos + " 2 nsubj", "2 zei zeggen VERB 0 root",
                         "3 dat dat SCONJ 6 mark", "4 het het PRON 6 nsubj Person=3|PronType=Prs",
                         "5 Duitsland Duitsland PROPN 6 obj", "6 bekritiseerde bekritiseren VERB 2 ccomp",
                         "7 . . PUNCT 2 punct"});
}

TEST(NoParty, ReportedPronounIsItsSpeaker) {
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + ReportedPronoun("ministerie", "NOUN"))), Strings{});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + ReportedPronoun("Polen", "PROPN"))),
            Strings{"1 POL DEU 111"});
}

TEST(NoParty, AttributionIsNoTarget) {
  const std::string second = ParsedSentence(
      "Chili bekritiseerde het plan, volgens Frankrijk.",
      {"1 Chili Chili PROPN 2 nsubj", "2 bekritiseerde bekritiseren VERB 0 root", "3 het het DET 4 det",
       "4 plan plan NOUN 2 obj", "5 , , PUNCT 7 punct", "6 volgens volgens ADP 7 case",
       "7 Frankrijk Frankrijk PROPN 2 obl", "8 . . PUNCT 2 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + second)), Strings{});
}

TEST(NoParty, GovernorWithUncodedInfinitiveActsOnItsObjectOnly) {
  // "is in danger of losing its majority in parliament": no threat to it.
  const std::string danger = ParsedSentence(
      "Het Nederlandse kabinet dreigt in de Tweede Kamer zijn meerderheid kwijt te raken.",
      {"1 Het het DET 3 det", "2 Nederlandse Nederlands ADJ 3 amod", "3 kabinet kabinet NOUN 4 nsubj",
       "4 dreigt dreigen VERB 0 root", "5 in in ADP 8 case", "6 de de DET 8 det", "7 Tweede twee ADJ 8 amod",
       "8 Kamer Kamer PROPN 4 obl", "9 zijn zijn PRON 10 nmod:poss Poss=Yes|PronType=Prs",
       "10 meerderheid meerderheid NOUN 13 obj", "11 kwijt kwijt ADJ 13 xcomp", "12 te te ADP 13 mark",
       "13 raken raken VERB 4 ccomp", "14 . . PUNCT 4 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + danger)), Strings{});
  // A threat to someone named as the object stands: "dreigt Polen".
  const std::string threat = ParsedSentence(
      "Rusland dreigt Polen de toegang te ontzeggen.",
      {"1 Rusland Rusland PROPN 2 nsubj", "2 dreigt dreigen VERB 0 root", "3 Polen Polen PROPN 2 obj",
       "4 de de DET 5 det", "5 toegang toegang NOUN 7 obj", "6 te te ADP 7 mark", "7 ontzeggen ontzeggen VERB 2 ccomp",
       "8 . . PUNCT 2 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + threat)), Strings{"1 RUS POL 130"});
}

TEST(NoParty, NameAfterPluralSubjectIsTheObject) {
  // "dat Zweden en zijn bondgenoten Oekraïne zullen steunen" with
  // "Oekraïne" an apposition of "bondgenoten".
  const std::string appos = ParsedSentence(
      "Hij zei dat Zweden en zijn bondgenoten Oekraïne zullen steunen.",
      {"1 Hij hij PRON 2 nsubj Person=3|PronType=Prs", "2 zei zeggen VERB 0 root", "3 dat dat SCONJ 11 mark",
       "4 Zweden Zweden PROPN 11 nsubj Number=Sing", "5 en en CCONJ 7 cc",
       "6 zijn zijn PRON 7 nmod:poss Poss=Yes|PronType=Prs", "7 bondgenoten bondgenoot NOUN 4 conj Number=Plur",
       "8 Oekraïne Oekraïne PROPN 7 appos Number=Sing", "9 zullen zullen AUX 11 aux",
       "10 blijven blijven AUX 11 aux", "11 steunen steunen VERB 2 ccomp", "12 . . PUNCT 2 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + appos)), Strings{"1 SWE UKR 032"});
  // "Zweden en zijn bondgenoten zullen Oekraïne blijven steunen", both
  // names subjects of "blijven": the conjunction joins "bondgenoten" only.
  const std::string cluster = ParsedSentence(
      "Zweden en zijn bondgenoten zullen Oekraïne blijven steunen.",
      {"1 Zweden Zweden PROPN 7 nsubj", "2 en en CCONJ 4 cc", "3 zijn zijn PRON 4 nmod:poss Poss=Yes|PronType=Prs",
       "4 bondgenoten bondgenoot NOUN 1 conj", "5 zullen zullen AUX 7 aux", "6 Oekraïne Oekraïne PROPN 7 nsubj",
       "7 blijven blijven VERB 0 root", "8 steunen steunen VERB 7 xcomp", "9 . . PUNCT 7 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + cluster)), Strings{"1 SWE UKR 032"});
}

TEST(NoParty, RecognisingAFactRecognisesNoOne) {
  // "erkent dat Rusland sterker is" concedes a fact: no 054 to Russia.
  const std::string fact = ParsedSentence(
      "Polen erkent dat Rusland sterker is.",
      {"1 Polen Polen PROPN 2 nsubj", "2 erkent erkennen VERB 0 root", "3 dat dat SCONJ 5 mark",
       "4 Rusland Rusland PROPN 5 nsubj", "5 sterker sterk ADJ 2 ccomp", "6 is zijn AUX 5 cop",
       "7 . . PUNCT 2 punct"});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + fact)), Strings{});
  EXPECT_EQ(Later(CodeBuiltin("nl", PutinVisitedBerlin("nl") + Transitive("Polen", "erkent", "erkennen", "Kosovo"))),
            Strings{"1 POL KSV 054"});
}

}  // namespace
}  // namespace dyad::testing
