// References across sentences with the built-in dictionaries, on
// hand-written parses: an actor a phrase refers to ("hij", "het land", "de
// twee leiders") keeps the referring words of its own sentence as
// evidence, and a free relative ("Wie …", "Whoever …") refers to no one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder_fixture.h"

namespace dyad::testing {
namespace {

using Strings = std::vector<std::string>;

// Events of the second sentence with their words (the first names the
// actor referred to).
Strings Lines(const std::vector<Event>& events) { return LaterEvents(events, true); }

// "Poetin bezocht Berlijn." (Poetin: RUSGOV in 2019), the sentence a
// later one refers back to.
std::string PutinVisitedBerlinNl() {
  return ParsedSentence("Poetin bezocht Berlijn.",
                        {"1 Poetin Poetin PROPN 2 nsubj", "2 bezocht bezoeken VERB 0 root",
                         "3 Berlijn Berlijn PROPN 2 obj", "4 . . PUNCT 2 punct"});
}

TEST(References, PronounKeepsTheWordsOfItsOwnSentence) {
  // Poetin is token 0 of the first sentence; token 0 of the second is
  // "Daarom", which is no evidence of the source.
  const std::string second = ParsedSentence(
      "Daarom bekritiseerde hij Duitsland.",
      {"1 Daarom daarom ADV 2 advmod", "2 bekritiseerde bekritiseren VERB 0 root",
       "3 hij hij PRON 2 nsubj Person=3|PronType=Prs", "4 Duitsland Duitsland PROPN 2 obj", "5 . . PUNCT 2 punct"});
  EXPECT_EQ(Lines(CodeBuiltin("nl", PutinVisitedBerlinNl() + second)),
            Strings{"1 RUSGOV DEU 111 | hij | Duitsland"});
}

TEST(References, AnaphoricNounPhraseIsTheEvidence) {
  const std::string first = ParsedSentence(
      "Rusland bezocht Berlijn.",
      {"1 Rusland Rusland PROPN 2 nsubj", "2 bezocht bezoeken VERB 0 root", "3 Berlijn Berlijn PROPN 2 obj",
       "4 . . PUNCT 2 punct"});
  const std::string second = ParsedSentence(
      "Later bekritiseerde het land Duitsland.",
      {"1 Later later ADV 2 advmod", "2 bekritiseerde bekritiseren VERB 0 root", "3 het het DET 4 det",
       "4 land land NOUN 2 nsubj", "5 Duitsland Duitsland PROPN 2 obj", "6 . . PUNCT 2 punct"});
  EXPECT_EQ(Lines(CodeBuiltin("nl", first + second)), Strings{"1 RUS DEU 111 | het land | Duitsland"});
}

// "Wie Duitsland bekritiseert, wordt gestraft.": whoever criticises
// Germany, not Poetin of the sentence before. With the tagger's PronType
// and, for a tagger that gives none, by the `free-relative` words.
TEST(References, FreeRelativeRefersToNoOne) {
  for (const std::string feats : {"Person=3|PronType=Int", "_"}) {
    const std::string second = ParsedSentence(
        "Wie Duitsland bekritiseert, wordt gestraft.",
        {"1 Wie wie PRON 3 nsubj " + feats, "2 Duitsland Duitsland PROPN 3 obj",
         "3 bekritiseert bekritiseren VERB 6 csubj", "4 , , PUNCT 3 punct", "5 wordt worden AUX 6 aux:pass",
         "6 gestraft straffen VERB 0 root", "7 . . PUNCT 6 punct"});
    EXPECT_EQ(Lines(CodeBuiltin("nl", PutinVisitedBerlinNl() + second)), Strings{}) << feats;
  }
}

TEST(References, EnglishWhoeverRefersToNoOne) {
  const std::string first = ParsedSentence(
      "Putin visited Berlin.",
      {"1 Putin Putin PROPN 2 nsubj", "2 visited visit VERB 0 root", "3 Berlin Berlin PROPN 2 obj",
       "4 . . PUNCT 2 punct"});
  for (const std::string feats : {"PronType=Int", "_"}) {
    const std::string second = ParsedSentence(
        "Whoever criticizes Germany will be punished.",
        {"1 Whoever whoever PRON 2 nsubj " + feats, "2 criticizes criticize VERB 6 csubj",
         "3 Germany Germany PROPN 2 obj", "4 will will AUX 6 aux", "5 be be AUX 6 aux:pass",
         "6 punished punish VERB 0 root", "7 . . PUNCT 6 punct"});
    EXPECT_EQ(Lines(CodeBuiltin("en", first + second)), Strings{}) << feats;
  }
  // A personal pronoun still refers back: "He criticized Germany."
  const std::string he = ParsedSentence(
      "Later he criticized Germany.",
      {"1 Later later ADV 3 advmod", "2 he he PRON 3 nsubj Person=3|PronType=Prs", "3 criticized criticize VERB 0 root",
       "4 Germany Germany PROPN 3 obj", "5 . . PUNCT 3 punct"});
  EXPECT_EQ(Lines(CodeBuiltin("en", first + he)), Strings{"1 RUSGOV DEU 111 | he | Germany"});
}

}  // namespace
}  // namespace dyad::testing
