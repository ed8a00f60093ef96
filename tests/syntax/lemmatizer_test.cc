#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "syntax/words_fixture.h"
#include "test_util.h"
#include "syntax/lemmatizer_rules.h"
#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

using dyad::testing::ConlluRow;

// Sentences written for this test: regular English past tenses, Dutch
// participles with "ge-", case (proper nouns keep it), punctuation.
const std::string kTreebank =
    ConlluRow("1 They they PRON PRP _ 2 nsubj _ _") +
    ConlluRow("2 walked walk VERB VBD Tense=Past 0 root _ _") +
    ConlluRow("3 and and CCONJ CC _ 4 cc _ _") +
    ConlluRow("4 talked talk VERB VBD Tense=Past 2 conj _ _") +
    ConlluRow("5 . . PUNCT . _ 2 punct _ _") + "\n" +
    ConlluRow("1 Anna Anna PROPN NNP _ 2 nsubj _ _") +
    ConlluRow("2 played play VERB VBD Tense=Past 0 root _ _") +
    ConlluRow("3 with with ADP IN _ 4 case _ _") +
    ConlluRow("4 Dogs dog NOUN NNS Number=Plur 2 obl _ _") +
    ConlluRow("5 ! ! PUNCT . _ 2 punct _ _") + "\n" +
    ConlluRow("1 The the DET DT _ 2 det _ _") +
    ConlluRow("2 cats cat NOUN NNS Number=Plur 3 nsubj _ _") +
    ConlluRow("3 went go VERB VBD Tense=Past 0 root _ _") +
    ConlluRow("4 to to ADP IN _ 5 case _ _") +
    ConlluRow("5 London London PROPN NNP _ 3 obl _ _") +
    ConlluRow("6 , , PUNCT , _ 3 punct _ _") +
    ConlluRow("7 worked work VERB VBD Tense=Past 3 conj _ _") +
    ConlluRow("8 hard hard ADV RB _ 7 advmod _ _") + "\n" +
    ConlluRow("1 Hij hij PRON VNW _ 2 nsubj _ _") +
    ConlluRow("2 heeft hebben AUX WW _ 3 aux _ _") +
    ConlluRow("3 gewerkt werken VERB WW VerbForm=Part 0 root _ _") +
    ConlluRow("4 en en CCONJ VG _ 5 cc _ _") +
    ConlluRow("5 gedanst dansen VERB WW VerbForm=Part 3 conj _ _") +
    ConlluRow("6 en en CCONJ VG _ 7 cc _ _") +
    ConlluRow("7 gefietst fietsen VERB WW VerbForm=Part 3 conj _ _") +
    ConlluRow("8 in in ADP VZ _ 9 case _ _") +
    ConlluRow("9 Utrecht Utrecht PROPN SPEC _ 3 obl _ _") +
    ConlluRow("10 . . PUNCT LET _ 3 punct _ _") + "\n";

std::vector<Words> Parse(const std::string& text) { return testing::ReadWords(text); }

Lemmatizer TrainTiny() {
  LemmatizerOptions options;
  int reports = 0;
  auto lemmatizer = Lemmatizer::Train(Parse(kTreebank), Parse(kTreebank), options,
                                      [&](const TrainProgress& p) {
                                        EXPECT_EQ(p.stage, "lemmatizer");
                                        EXPECT_EQ(p.epoch, ++reports);
                                      });
  EXPECT_TRUE(lemmatizer.ok()) << lemmatizer.status().ToString();
  EXPECT_EQ(reports, options.epochs);
  return std::move(lemmatizer).value();
}

std::string Serialize(const Lemmatizer& lemmatizer) {
  ModelWriter out;
  lemmatizer.Save(&out);
  return out.bytes();
}

Word W(std::string form, std::string upos, std::string feats = "") {
  Word w;
  w.form = std::move(form);
  w.upos = std::move(upos);
  w.feats = std::move(feats);
  return w;
}

std::string LemmaOf(const Lemmatizer& l, std::string form, std::string upos, std::string feats = "") {
  Words words = {W(std::move(form), std::move(upos), std::move(feats))};
  l.Lemmatize(&words);
  return words[0].lemma;
}

TEST(EditRuleTest, ExtractsAndAppliesRules) {
  struct Case {
    const char* form;
    const char* lemma;
  } cases[] = {{"studies", "study"}, {"The", "the"},         {"gelopen", "lopen"}, {"opgestaan", "opstaan"},
               {"London", "London"}, {"Officiële", "officieel"}, {"één", "één"},     {"went", "go"},
               {"ÉÉN", "één"},       {"meegenomen", "meenemen"}};
  for (const Case& c : cases) {
    EditRule r = ExtractRule(c.form, c.lemma);
    // Lowercasing is the rule's first step: Applies/Apply take the form
    // already lowercased when r.lower.
    std::string f, out;
    if (r.lower) {
      Utf8LowerInto(c.form, &f);
    } else {
      f = c.form;
    }
    ASSERT_TRUE(r.Applies(f)) << c.form;
    r.Apply(f, &out);
    EXPECT_EQ(out, c.lemma) << c.form;
  }
  // Dutch participles: the "ge" infix is removed, nothing else.
  EditRule ge = ExtractRule("gelopen", "lopen");
  EXPECT_EQ(ge.infix, "ge");
  EXPECT_EQ(ge.strip, "");
  EXPECT_EQ(ge.append, "");
  EXPECT_FALSE(ge.Applies("lopen"));
  // Multi-byte characters are never split: "cafés" -> strip "s" only.
  EditRule suffix = ExtractRule("cafés", "café");
  EXPECT_EQ(suffix.strip, "s");
  // "é" and "è" share their first byte; the rule must not split it.
  EditRule accent = ExtractRule("café", "cafè");
  EXPECT_EQ(accent.strip, "é");
  EXPECT_EQ(accent.append, "è");
}

TEST(LemmatizerTest, LearnsTheTrainingSentences) {
  Lemmatizer l = TrainTiny();
  for (const Words& gold : Parse(kTreebank)) {
    Words words = gold;
    for (Word& w : words) w.lemma.clear();
    l.Lemmatize(&words);
    for (size_t i = 0; i < gold.size(); ++i) EXPECT_EQ(words[i].lemma, gold[i].lemma) << gold[i].form;
  }
}

TEST(LemmatizerTest, GeneralizesRegularInflectionToUnseenForms) {
  Lemmatizer l = TrainTiny();
  EXPECT_EQ(LemmaOf(l, "jumped", "VERB", "Tense=Past"), "jump");
  EXPECT_EQ(LemmaOf(l, "Jumped", "VERB", "Tense=Past"), "jump");
  EXPECT_EQ(LemmaOf(l, "gemerkt", "VERB", "VerbForm=Part"), "merken");
  // Proper nouns keep their case; capitalized common words are lowercased.
  EXPECT_EQ(LemmaOf(l, "Berlin", "PROPN"), "Berlin");
  EXPECT_EQ(LemmaOf(l, "Cats", "NOUN", "Number=Plur"), "cat");
}

TEST(LemmatizerTest, SaveLoadRoundTripLemmatizesIdentically) {
  Lemmatizer l = TrainTiny();
  std::string bytes = Serialize(l);
  ModelReader in(bytes);
  auto loaded = Lemmatizer::Load(&in);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(in.at_end());
  EXPECT_EQ(Serialize(*loaded), bytes);
  for (const char* form : {"jumped", "gemerkt", "Paris", "walked", "ééntjes", "x"}) {
    EXPECT_EQ(LemmaOf(l, form, "VERB"), LemmaOf(*loaded, form, "VERB")) << form;
  }
}

TEST(LemmatizerTest, TruncatedOrCorruptModelIsAnError) {
  const std::string bytes = Serialize(TrainTiny());
  for (size_t n = 0; n < bytes.size(); n += 1 + n / 16) {
    ModelReader in(std::string_view(bytes).substr(0, n));
    EXPECT_FALSE(Lemmatizer::Load(&in).ok()) << "prefix of " << n << " bytes";
  }
  std::string bad = bytes;
  bad.replace(4, 4, "\xff\xff\xff\xff");  // the number of lemmas
  ModelReader in(bad);
  auto loaded = Lemmatizer::Load(&in);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Code::kCorrupt);
  std::string wrong_section = bytes;
  wrong_section.replace(0, 4, "TAGR");
  ModelReader in2(wrong_section);
  EXPECT_FALSE(Lemmatizer::Load(&in2).ok());
}

TEST(LemmatizerTest, EmptyAndVeryLongSentences) {
  Lemmatizer l = TrainTiny();
  Words empty;
  l.Lemmatize(&empty);
  EXPECT_TRUE(empty.empty());
  Words words;
  for (int i = 0; i < 2000; ++i) {
    words.push_back(W(i % 3 ? "walked" : "onbekendwoordje" + std::to_string(i), "VERB"));
  }
  l.Lemmatize(&words);
  for (const Word& w : words) EXPECT_FALSE(w.lemma.empty());
  EXPECT_EQ(words[1].lemma, "walk");
}

// Current UD Dutch joins compound parts with "_"; seen compounds are
// looked up, unseen ones split into a known modifier and a known head.
TEST(LemmatizerTest, SplitsCompoundsWhenTheTreebankDoes) {
  const std::string dutch = kTreebank +
      ConlluRow("1 De de DET LID _ 2 det _ _") +
      ConlluRow("2 kopgroep kop_groep NOUN N Number=Sing 3 nsubj _ _") +
      ConlluRow("3 volgt volgen VERB WW _ 0 root _ _") +
      ConlluRow("4 de de DET LID _ 5 det _ _") +
      ConlluRow("5 ploegleider ploeg_leider NOUN N Number=Sing 3 obj _ _") +
      ConlluRow("6 en en CCONJ VG _ 7 cc _ _") +
      ConlluRow("7 opleidingsploeg opleiding_ploeg NOUN N Number=Sing 5 conj _ _") +
      ConlluRow("8 . . PUNCT LET _ 3 punct _ _") + "\n" +
      ConlluRow("1 De de DET LID _ 2 det _ _") +
      ConlluRow("2 leider leider NOUN N Number=Sing 3 nsubj _ _") +
      ConlluRow("3 volgt volgen VERB WW _ 0 root _ _") +
      ConlluRow("4 de de DET LID _ 5 det _ _") +
      ConlluRow("5 groep groep NOUN N Number=Sing 3 obj _ _") +
      ConlluRow("6 . . PUNCT LET _ 3 punct _ _") + "\n";
  auto l = Lemmatizer::Train(Parse(dutch), {}, LemmatizerOptions{}, nullptr);
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  EXPECT_EQ(LemmaOf(*l, "kopgroep", "NOUN", "Number=Sing"), "kop_groep");
  EXPECT_EQ(LemmaOf(*l, "kopleider", "NOUN", "Number=Sing"), "kop_leider");
  EXPECT_EQ(LemmaOf(*l, "opleidingsgroep", "NOUN", "Number=Sing"), "opleiding_groep");
  EXPECT_EQ(LemmaOf(*l, "leider", "NOUN", "Number=Sing"), "leider");
  // Without "_" lemmas in the data (the tiny English set) nothing splits.
  EXPECT_EQ(LemmaOf(TrainTiny(), "kopgroep", "NOUN", "Number=Sing"), "kopgroep");
}

TEST(LemmatizerTest, RejectsDataWithoutLemmas) {
  EXPECT_FALSE(Lemmatizer::Train({}, {}, LemmatizerOptions{}, nullptr).ok());
}

}  // namespace
}  // namespace dyad::syntax
