#include "syntax/harmonize.h"

#include <gtest/gtest.h>

#include "syntax/words_fixture.h"
#include "test_util.h"

namespace dyad::syntax {
namespace {

using dyad::testing::ConlluRow;

// Sentences in the style of the 2017 Dutch releases, written for this test.
const std::string k2017 =
    // "Zijn eerste boek werd door Mulisch geschreven en uitgegeven , als ..."
    ConlluRow("1 Zijn zijn DET _ _ 3 det _ _") +
    ConlluRow("2 eerste één NUM _ _ 3 nummod _ _") +
    ConlluRow("3 boek boek NOUN _ _ 7 nsubj:pass _ _") +
    ConlluRow("4 werd worden AUX _ _ 7 aux:pass _ _") +
    ConlluRow("5 door door ADP _ _ 6 case _ _") +
    ConlluRow("6 Mulisch Mulisch PROPN _ _ 7 obl _ _") +
    ConlluRow("7 geschreven schrijven VERB _ _ 0 root _ _") +
    ConlluRow("8 , , PUNCT _ _ 7 punct _ _") +
    ConlluRow("9 gedrukt drukken VERB _ _ 7 conj _ _") +
    ConlluRow("10 en en CCONJ _ _ 7 cc _ _") +
    ConlluRow("11 gaf geven VERB _ _ 7 conj _ _") +
    ConlluRow("12 Harry Harry PROPN _ _ 11 obj _ _") +
    ConlluRow("13 Mulisch Mulisch PROPN _ _ 12 flat:name _ _") +
    ConlluRow("14 uit uit ADP _ _ 11 compound:prt _ _") +
    ConlluRow("15 als als ADP _ _ 16 mark _ _") +
    ConlluRow("16 debuut debuut NOUN _ _ 11 obl _ _") + "\n";

TEST(Harmonize, Dutch2017BecomesCurrentConventions) {
  auto s = testing::ReadWords(k2017);
  ASSERT_TRUE(Harmonize("nl-ud2017", &s).ok());
  const Words& w = s[0];
  EXPECT_EQ(w[0].upos, "PRON");  // possessive
  EXPECT_EQ(w[0].deprel, "nmod:poss");
  EXPECT_EQ(w[0].feats, "Person=3|Poss=Yes|PronType=Prs");
  EXPECT_EQ(w[1].upos, "ADJ");  // ordinal
  EXPECT_EQ(w[1].deprel, "amod");
  EXPECT_EQ(w[5].deprel, "obl:agent");  // door + passive
  EXPECT_EQ(w[7].head, 9);  // comma before a conjunct -> that conjunct
  EXPECT_EQ(w[9].head, 11);  // cc -> the following conjunct
  EXPECT_EQ(w[12].deprel, "flat");
  EXPECT_EQ(w[10].lemma, "uit_geven");  // particle in the verb's lemma
  EXPECT_EQ(w[14].upos, "SCONJ");  // als as marker
  EXPECT_EQ(w[15].deprel, "obl");  // no passive: stays obl
}

// "Hij zei ( in Nijmegen ) : " with every mark on the root, as in 2017.
TEST(Harmonize, Dutch2017PunctuationMovesToThePhraseItDelimits) {
  auto s = testing::ReadWords(ConlluRow("1 Hij hij PRON _ _ 2 nsubj _ _") +
                              ConlluRow("2 zei zeggen VERB _ _ 0 root _ _") +
                              ConlluRow("3 ( ( PUNCT _ _ 2 punct _ _") +
                              ConlluRow("4 in in ADP _ _ 5 case _ _") +
                              ConlluRow("5 Nijmegen Nijmegen PROPN _ _ 2 obl _ _") +
                              ConlluRow("6 ) ) PUNCT _ _ 2 punct _ _") +
                              ConlluRow("7 : : PUNCT _ _ 2 punct _ _") + "\n");
  ASSERT_TRUE(Harmonize("nl-ud2017", &s).ok());
  EXPECT_EQ(s[0][2].head, 5);  // "(" -> the phrase it opens
  EXPECT_EQ(s[0][5].head, 5);  // ")" -> where its "(" went
  EXPECT_EQ(s[0][6].head, 2);  // last token -> root word
}

// "Hij moet winnen" and "Zij wil winnen" in 2017 style: moeten was the
// main verb, willen an auxiliary; current UD has it the other way round.
TEST(Harmonize, Dutch2017ModalsSwapHeads) {
  auto s = testing::ReadWords(ConlluRow("1 Hij hij PRON _ _ 2 nsubj _ _") +
                              ConlluRow("2 moet moeten VERB _ _ 0 root _ _") +
                              ConlluRow("3 winnen winnen VERB _ _ 2 xcomp _ _") +
                              ConlluRow("4 . . PUNCT _ _ 2 punct _ _") + "\n" +
                              ConlluRow("1 Zij zij PRON _ _ 3 nsubj _ _") +
                              ConlluRow("2 wil willen AUX _ _ 3 aux _ _") +
                              ConlluRow("3 winnen winnen VERB _ _ 0 root _ _") +
                              ConlluRow("4 . . PUNCT _ _ 3 punct _ _") + "\n" +
                              ConlluRow("1 Zij zij PRON _ _ 3 nsubj _ _") +
                              ConlluRow("2 wordt worden AUX _ _ 3 cop _ _") +
                              ConlluRow("3 kampioen kampioen NOUN _ _ 0 root _ _") + "\n");
  ASSERT_TRUE(Harmonize("nl-ud2017", &s).ok());
  EXPECT_EQ(s[0][2].head, 0);  // winnen is the root
  EXPECT_EQ(s[0][1].head, 3);
  EXPECT_EQ(s[0][1].deprel, "aux");
  EXPECT_EQ(s[0][1].upos, "AUX");
  EXPECT_EQ(s[0][0].head, 3);  // the subject follows
  EXPECT_EQ(s[1][1].head, 0);  // wil is the root
  EXPECT_EQ(s[1][1].upos, "VERB");
  EXPECT_EQ(s[1][2].head, 2);
  EXPECT_EQ(s[1][2].deprel, "xcomp");
  EXPECT_EQ(s[1][0].head, 2);
  EXPECT_EQ(s[1][3].head, 2);  // final punctuation on the root
  EXPECT_EQ(s[2][1].head, 0);  // wordt is the root, kampioen its xcomp
  EXPECT_EQ(s[2][2].deprel, "xcomp");
  EXPECT_EQ(s[2][0].head, 2);
}

TEST(Harmonize, UnknownSchemeIsAnError) {
  std::vector<Words> s;
  EXPECT_FALSE(Harmonize("xx-ud1999", &s).ok());
}

}  // namespace
}  // namespace dyad::syntax
