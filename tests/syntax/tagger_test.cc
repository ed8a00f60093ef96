#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "syntax/words_fixture.h"
#include "test_util.h"

namespace dyad::syntax {
namespace {

// A token line from space-separated columns (forms have no spaces).
using dyad::testing::ConlluRow;

// A few sentences written for this test, English and Dutch, with XPOS.
const std::string kTreebank =
    ConlluRow("1 The the DET DT Definite=Def|PronType=Art 2 det _ _") +
    ConlluRow("2 dog dog NOUN NN Number=Sing 3 nsubj _ _") +
    ConlluRow("3 barks bark VERB VBZ Number=Sing|Person=3|Tense=Pres 0 root _ _") +
    ConlluRow("4 . . PUNCT . _ 3 punct _ _") + "\n" +
    ConlluRow("1 Dogs dog NOUN NNS Number=Plur 2 nsubj _ _") +
    ConlluRow("2 walked walk VERB VBD Tense=Past 0 root _ _") +
    ConlluRow("3 home home ADV RB _ 2 advmod _ _") +
    ConlluRow("4 . . PUNCT . _ 2 punct _ _") + "\n" +
    ConlluRow("1 She she PRON PRP Case=Nom|Person=3 2 nsubj _ _") +
    ConlluRow("2 can can AUX MD VerbForm=Fin 3 aux _ _") +
    ConlluRow("3 walk walk VERB VB VerbForm=Inf 0 root _ _") +
    ConlluRow("4 the the DET DT Definite=Def|PronType=Art 5 det _ _") +
    ConlluRow("5 walk walk NOUN NN Number=Sing 3 obj _ _") +
    ConlluRow("6 quickly quickly ADV RB _ 3 advmod _ _") +
    ConlluRow("7 . . PUNCT . _ 3 punct _ _") + "\n" +
    ConlluRow("1 De de DET LID Definite=Def 2 det _ _") +
    ConlluRow("2 hond hond NOUN N Number=Sing 3 nsubj _ _") +
    ConlluRow("3 heeft hebben AUX WW Number=Sing|Tense=Pres 4 aux _ _") +
    ConlluRow("4 gewerkt werken VERB WW VerbForm=Part 0 root _ _") +
    ConlluRow("5 . . PUNCT LET _ 4 punct _ _") + "\n" +
    ConlluRow("1 Wij wij PRON VNW Case=Nom|Person=1 2 nsubj _ _") +
    ConlluRow("2 werken werken VERB WW Number=Plur|Tense=Pres 0 root _ _") +
    ConlluRow("3 in in ADP VZ _ 4 case _ _") +
    ConlluRow("4 Amsterdam Amsterdam PROPN SPEC _ 2 obl _ _") +
    ConlluRow("5 . . PUNCT LET _ 2 punct _ _") + "\n";

std::vector<Words> Parse(const std::string& text) { return testing::ReadWords(text); }

Word W(std::string form) {
  Word w;
  w.form = std::move(form);
  return w;
}

// The forms of `gold` with every annotation cleared.
Words Untagged(const Words& gold) {
  Words words;
  for (const Word& g : gold) words.push_back(W(g.form));
  return words;
}

Tagger TrainTiny(const std::vector<Words>& train) {
  TaggerOptions options;
  options.epochs = 15;
  int reports = 0;
  auto tagger = Tagger::Train(train, train, options, [&](const TrainProgress& p) {
    EXPECT_EQ(p.stage, "tagger");
    EXPECT_EQ(p.epoch, ++reports);
    EXPECT_GE(p.dev_accuracy, 0);
  });
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  EXPECT_EQ(reports, options.epochs);
  return std::move(tagger).value();
}

std::string Serialize(const Tagger& tagger) {
  ModelWriter out;
  tagger.Save(&out);
  return out.bytes();
}

TEST(TaggerTest, LearnsTheTrainingSentences) {
  auto train = Parse(kTreebank);
  Tagger tagger = TrainTiny(train);
  for (const Words& gold : train) {
    Words words = Untagged(gold);
    tagger.Tag(&words);
    for (size_t i = 0; i < gold.size(); ++i) {
      EXPECT_EQ(words[i].upos, gold[i].upos) << gold[i].form;
      EXPECT_EQ(words[i].xpos, gold[i].xpos) << gold[i].form;
      EXPECT_EQ(words[i].feats, gold[i].feats) << gold[i].form;
    }
  }
}

TEST(TaggerTest, WithoutXposInTheTreebankXposStaysEmpty) {
  auto train = Parse(kTreebank);
  for (Words& s : train) {
    for (Word& w : s) w.xpos.clear();
  }
  Tagger tagger = TrainTiny(train);
  Words words = Untagged(train[0]);
  tagger.Tag(&words);
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].xpos, "");
    EXPECT_EQ(words[i].upos, train[0][i].upos);
  }
}

TEST(TaggerTest, SaveLoadRoundTripTagsIdentically) {
  auto train = Parse(kTreebank);
  Tagger tagger = TrainTiny(train);
  std::string bytes = Serialize(tagger);
  ModelReader in(bytes);
  auto loaded = Tagger::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(in.at_end());
  EXPECT_EQ(Serialize(*loaded), bytes);
  // Unseen words too, where the classifiers (not lookups) decide.
  Words probe = Untagged(train[2]);
  probe.push_back(W("Rotterdam"));
  probe.push_back(W("jumped"));
  Words a = probe, b = probe;
  tagger.Tag(&a);
  loaded->Tag(&b);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].upos, b[i].upos);
    EXPECT_EQ(a[i].xpos, b[i].xpos);
    EXPECT_EQ(a[i].feats, b[i].feats);
    EXPECT_FALSE(a[i].upos.empty());
  }
}

TEST(TaggerTest, TruncatedOrCorruptModelIsAnError) {
  Tagger tagger = TrainTiny(Parse(kTreebank));
  const std::string bytes = Serialize(tagger);
  for (size_t n = 0; n < bytes.size(); n += 1 + n / 16) {
    ModelReader in(std::string_view(bytes).substr(0, n));
    EXPECT_FALSE(Tagger::Load(&in).ok()) << "prefix of " << n << " bytes";
  }
  std::string bad_tag = bytes;
  bad_tag[0] = 'X';
  ModelReader in1(bad_tag);
  EXPECT_FALSE(Tagger::Load(&in1).ok());
  // A huge count right after the tag and the xpos flag (the UPOS list).
  std::string bad_count = bytes;
  bad_count.replace(5, 4, "\xff\xff\xff\x7f");
  ModelReader in2(bad_count);
  auto loaded = Tagger::Load(&in2);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Code::kCorrupt);
}

TEST(TaggerTest, EmptyAndVeryLongSentences) {
  Tagger tagger = TrainTiny(Parse(kTreebank));
  Words empty;
  tagger.Tag(&empty);
  EXPECT_TRUE(empty.empty());
  Words one = {W("dog")};
  tagger.Tag(&one);
  EXPECT_EQ(one[0].upos, "NOUN");
  Words words;
  const char* forms[] = {"The", "dog", "walked", "quickly", "naar", "Amsterdam", "ééntje", "."};
  for (int i = 0; i < 2000; ++i) words.push_back(W(forms[i % 8]));
  tagger.Tag(&words);
  for (const Word& w : words) EXPECT_FALSE(w.upos.empty());
}

TEST(TaggerTest, RejectsBadTrainingData) {
  TaggerOptions options;
  EXPECT_FALSE(Tagger::Train({}, {}, options, nullptr).ok());
  auto train = Parse(kTreebank);
  train[0][1].upos.clear();
  EXPECT_EQ(Tagger::Train(train, {}, options, nullptr).status().code(), Code::kInvalidArgument);
  options.epochs = 0;
  EXPECT_FALSE(Tagger::Train(Parse(kTreebank), {}, options, nullptr).ok());
}

// Invented sentences in which "-" is only ever a dash (XPOS ","); the
// hyphen XPOS HYPH is known from another character, so the classifier
// alone tags every "-" as a dash.
const std::string kDashTreebank =
    ConlluRow("1 Troops troop NOUN NNS Number=Plur 2 nsubj _ _") +
    ConlluRow("2 left leave VERB VBD Tense=Past 0 root _ _") +
    ConlluRow("3 - - PUNCT , _ 6 punct _ _") +
    ConlluRow("4 the the DET DT Definite=Def|PronType=Art 5 det _ _") +
    ConlluRow("5 town town NOUN NN Number=Sing 6 nsubj _ _") +
    ConlluRow("6 said say VERB VBD Tense=Past 2 parataxis _ _") + "\n" +
    ConlluRow("1 a a DET DT Definite=Ind|PronType=Art 4 det _ _") +
    ConlluRow("2 state state NOUN NN Number=Sing 4 compound _ SpaceAfter=No") +
    ConlluRow("3 \u2010 \u2010 PUNCT HYPH _ 2 punct _ SpaceAfter=No") +
    ConlluRow("4 paper paper NOUN NN Number=Sing 0 root _ _") + "\n";

// `forms` as untagged words; a form ending in "+" has no space after it.
Words Spaced(std::vector<std::string> forms) {
  Words words;
  for (std::string& f : forms) {
    Word& w = words.emplace_back(W(f));
    if (!f.empty() && f.back() == '+') {
      w.form.pop_back();
      w.space_after = false;
    }
  }
  return words;
}

TEST(TaggerTest, AnUnspacedHyphenBetweenLettersIsHyph) {
  Tagger tagger = TrainTiny(Parse(kDashTreebank));
  Words joined = Spaced({"Troops", "left", "a", "rebel+", "-+", "held", "town"});
  Words as_trained = joined;
  tagger.Tag(&joined, /*word_hyphens=*/true);
  EXPECT_EQ(joined[4].upos, "PUNCT");
  EXPECT_EQ(joined[4].xpos, "HYPH");
  // Without the constraint (as training tags) the classifier decides.
  tagger.Tag(&as_trained);
  EXPECT_EQ(as_trained[4].xpos, ",");
  // A spaced dash, a hyphen with a space on one side, and a range between
  // digits stay with the classifier.
  for (Words words : {Spaced({"Troops", "left", "-", "the", "town"}), Spaced({"Troops", "left+", "-", "town"}),
                      Spaced({"Troops", "left", "1990+", "-+", "95"})}) {
    tagger.Tag(&words, /*word_hyphens=*/true);
    for (const Word& w : words) {
      if (w.form == "-") {
        EXPECT_EQ(w.xpos, ",");
      }
    }
  }
}

TEST(TaggerTest, WithoutHyphInTheTagSetTheClassifierDecides) {
  auto train = Parse(kDashTreebank);
  train[1][2].xpos = "LET";
  Tagger tagger = TrainTiny(train);
  Words words = Spaced({"a", "rebel+", "-+", "held", "town"});
  tagger.Tag(&words, /*word_hyphens=*/true);
  EXPECT_EQ(words[2].xpos, ",");
}

TEST(TaggerTest, WordsKnowWhetherASpaceFollows) {
  auto words = Parse(ConlluRow("1-2 don't _ _ _ _ _ _ _ SpaceAfter=No") + ConlluRow("1 do do AUX VBP _ 3 aux _ _") +
                     ConlluRow("2 n't not PART RB _ 3 advmod _ _") + ConlluRow("3 - - PUNCT , _ 4 punct _ _") +
                     ConlluRow("4 go go VERB VB _ 0 root _ SpaceAfter=No") + ConlluRow("5 . . PUNCT . _ 4 punct _ _") +
                     "\n");
  ASSERT_EQ(words.size(), 1u);
  std::vector<bool> space;
  for (const Word& w : words[0]) space.push_back(w.space_after);
  EXPECT_EQ(space, (std::vector<bool>{false, false, true, false, true}));
}

TEST(TaggerTest, SameSeedSameModel) {
  auto train = Parse(kTreebank);
  TaggerOptions options;
  options.epochs = 3;
  auto a = Tagger::Train(train, {}, options, nullptr);
  auto b = Tagger::Train(train, {}, options, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Serialize(*a), Serialize(*b));
}

}  // namespace
}  // namespace dyad::syntax
