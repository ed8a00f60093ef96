// The CoNLL 2018 evaluation on tiny hand-made treebanks whose scores are
// worked out by hand in the comments.
#include "dyad/eval.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "dyad/data.h"
#include "test_util.h"

namespace dyad::eval {
namespace {

// A token line from space-separated columns.
std::string L(std::string columns) {
  std::replace(columns.begin(), columns.end(), ' ', '\t');
  return columns + "\n";
}

// Gold: 3 sentences, 10 tokens, 11 words; "don't" is a multi-word token.
// Content words (CLAS/MLAS/BLEX): We n't know They left early Sure = 7.
// Characters: We 0-2, don't 2-7, know 7-11, . 11-12 | They 12-16, left
// 16-20, early 20-25, . 25-26 | Sure 26-30, . 30-31.
const std::string kS1 = "# text = We don't know.\n" +
                        L("1 We we PRON PRP Case=Nom|Number=Plur 4 nsubj _ _") +
                        L("2-3 don't _ _ _ _ _ _ _ _") +
                        L("2 do do AUX VBP Mood=Ind|Tense=Pres 4 aux _ _") +
                        L("3 n't not PART RB Polarity=Neg 4 advmod _ _") +
                        L("4 know know VERB VB VerbForm=Inf 0 root _ SpaceAfter=No") +
                        L("5 . . PUNCT . _ 4 punct _ _") + "\n";
const std::string kS2 = "# text = They left early.\n" +
                        L("1 They they PRON PRP Case=Nom|Number=Plur 2 nsubj _ _") +
                        L("2 left leave VERB VBD Tense=Past 0 root _ _") +
                        L("3 early early ADV RB _ 2 advmod _ SpaceAfter=No") +
                        L("4 . . PUNCT . _ 2 punct _ _") + "\n";
const std::string kS3 = "# text = Sure.\n" + L("1 Sure sure INTJ UH _ 0 root _ SpaceAfter=No") +
                        L("2 . . PUNCT . _ 1 punct _ _") + "\n";
const std::string kGold = kS1 + kS2 + kS3;

std::vector<conllu::Sentence> Parse(const std::string& text) {
  auto r = conllu::ReadString(text, "fixture");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<conllu::Sentence>{};
}

Scores Evaluate(const std::string& gold, const std::string& system) {
  Result<Scores> r = EvaluateConllu(Parse(gold), Parse(system));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : Scores{};
}

std::string ErrorOf(const std::string& gold, const std::string& system) {
  Result<Scores> r = EvaluateConllu(Parse(gold), Parse(system));
  return r.ok() ? "(no error)" : r.status().message();
}

// `text` with the first `from` replaced by `to` (which must be there).
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

void ExpectPR(const Scores& s, const std::string& metric, double p, double r) {
  SCOPED_TRACE(metric);
  EXPECT_DOUBLE_EQ(s.at(metric).precision, p);
  EXPECT_DOUBLE_EQ(s.at(metric).recall, r);
  EXPECT_DOUBLE_EQ(s.at(metric).f1, p + r == 0 ? 0 : 2 * p * r / (p + r));
}

TEST(Eval, GoldAgainstItselfIsPerfect) {
  Scores s = Evaluate(kGold, kGold);
  for (std::string_view m : kMetrics) {
    const Score& score = s.at(std::string(m));
    SCOPED_TRACE(m);
    EXPECT_EQ(score.precision, 1.0);
    EXPECT_EQ(score.recall, 1.0);
    EXPECT_EQ(score.f1, 1.0);
    EXPECT_EQ(score.has_aligned_accuracy, m != "Tokens" && m != "Sentences" && m != "Words");
    if (score.has_aligned_accuracy) {
      EXPECT_EQ(score.aligned_accuracy, 1.0);
    }
  }
  EXPECT_EQ(s.at("Tokens").gold_total, 10u);
  EXPECT_EQ(s.at("Sentences").gold_total, 3u);
  EXPECT_EQ(s.at("Words").gold_total, 11u);
  EXPECT_EQ(s.at("CLAS").gold_total, 7u);
}

// "They" moves to the end of sentence 1: only sentence 3 keeps its span
// (1/3 each way). "They" now hangs off "know": UAS/LAS 10/11; it is still a
// content word (dep), so CLAS is 6/7 both ways.
TEST(Eval, SentenceBoundaryMoved) {
  std::string s1 = kS1.substr(0, kS1.size() - 1) + L("6 They they PRON PRP _ 4 dep _ _") + "\n";
  std::string s2 = L("1 left leave VERB VBD Tense=Past 0 root _ _") +
                   L("2 early early ADV RB _ 1 advmod _ SpaceAfter=No") +
                   L("3 . . PUNCT . _ 1 punct _ _") + "\n";
  Scores s = Evaluate(kGold, s1 + s2 + kS3);
  ExpectPR(s, "Sentences", 1.0 / 3, 1.0 / 3);
  ExpectPR(s, "Tokens", 1, 1);
  ExpectPR(s, "Words", 1, 1);
  ExpectPR(s, "UAS", 10.0 / 11, 10.0 / 11);
  ExpectPR(s, "LAS", 10.0 / 11, 10.0 / 11);
  ExpectPR(s, "CLAS", 6.0 / 7, 6.0 / 7);
}

// "early" split into "ear" + "ly": tokens 9 correct of 11 system / 10 gold;
// words 10 aligned of 12 / 11; every aligned word keeps its head.
TEST(Eval, TokenSplitWrongly) {
  std::string s2 = L("1 They they PRON PRP Case=Nom|Number=Plur 2 nsubj _ _") +
                   L("2 left leave VERB VBD Tense=Past 0 root _ _") +
                   L("3 ear ear ADV RB _ 2 advmod _ SpaceAfter=No") +
                   L("4 ly ly X RB _ 3 dep _ SpaceAfter=No") + L("5 . . PUNCT . _ 2 punct _ _") + "\n";
  Scores s = Evaluate(kGold, kS1 + s2 + kS3);
  ExpectPR(s, "Tokens", 9.0 / 11, 9.0 / 10);
  ExpectPR(s, "Words", 10.0 / 12, 10.0 / 11);
  ExpectPR(s, "UAS", 10.0 / 12, 10.0 / 11);
  EXPECT_EQ(s.at("UAS").aligned_total, 10u);
  EXPECT_DOUBLE_EQ(s.at("UAS").aligned_accuracy, 1.0);
  ExpectPR(s, "Sentences", 1, 1);
}

// "don't" expanded as "DO" + "not": the LCS of lowercased forms aligns only
// do/DO, so 10 of 11 words on each side; the token itself still matches.
TEST(Eval, MultiwordTokenExpandedDifferently) {
  std::string s1 = Replace(Replace(kS1, "2\tdo\t", "2\tDO\t"), "3\tn't\t", "3\tnot\t");
  Scores s = Evaluate(kGold, s1 + kS2 + kS3);
  ExpectPR(s, "Tokens", 1, 1);
  ExpectPR(s, "Words", 10.0 / 11, 10.0 / 11);
  ExpectPR(s, "UPOS", 10.0 / 11, 10.0 / 11);
  EXPECT_DOUBLE_EQ(s.at("UPOS").aligned_accuracy, 1.0);
}

// "do" and "n't" as two plain tokens: tokens 9 of 11 / 10, but the words
// still align one to one inside the multi-word span.
TEST(Eval, MultiwordTokenNotMarked) {
  std::string s1 = L("1 We we PRON PRP Case=Nom|Number=Plur 4 nsubj _ _") +
                   L("2 do do AUX VBP Mood=Ind|Tense=Pres 4 aux _ SpaceAfter=No") +
                   L("3 n't not PART RB Polarity=Neg 4 advmod _ _") +
                   L("4 know know VERB VB VerbForm=Inf 0 root _ SpaceAfter=No") +
                   L("5 . . PUNCT . _ 4 punct _ _") + "\n";
  Scores s = Evaluate(kGold, s1 + kS2 + kS3);
  ExpectPR(s, "Tokens", 9.0 / 11, 9.0 / 10);
  ExpectPR(s, "Words", 1, 1);
  ExpectPR(s, "LAS", 1, 1);
}

// "early" attached to "They": one of 11 heads and one of 7 content words.
TEST(Eval, WrongHead) {
  std::string s2 = Replace(kS2, "_\t2\tadvmod", "_\t1\tadvmod");
  Scores s = Evaluate(kGold, kS1 + s2 + kS3);
  ExpectPR(s, "UPOS", 1, 1);
  ExpectPR(s, "UAS", 10.0 / 11, 10.0 / 11);
  ExpectPR(s, "LAS", 10.0 / 11, 10.0 / 11);
  for (const char* m : {"CLAS", "MLAS", "BLEX"}) ExpectPR(s, m, 6.0 / 7, 6.0 / 7);
}

// Only universal features count, in any order; deprel subtypes are ignored.
TEST(Eval, UniversalFeaturesAndDeprelSubtypes) {
  std::string s1 = Replace(kS1, "Case=Nom|Number=Plur\t4\tnsubj",
                           "Number=Plur|Foo=Bar|Case=Nom\t4\tnsubj:pass");
  Scores s = Evaluate(kGold, s1 + kS2 + kS3);
  for (const char* m : {"UFeats", "AllTags", "LAS", "MLAS"}) ExpectPR(s, m, 1, 1);
}

// A gold lemma "_" accepts any system lemma, not the other way round.
TEST(Eval, UnderscoreGoldLemmaMatchesAnything) {
  std::string s3 = Replace(kS3, "Sure\tsure", "Sure\t_");
  ExpectPR(Evaluate(kS1 + kS2 + s3, kGold), "Lemmas", 1, 1);
  ExpectPR(Evaluate(kGold, kS1 + kS2 + s3), "Lemmas", 10.0 / 11, 10.0 / 11);
}

// MLAS also compares the functional children ("do" of "know").
TEST(Eval, FunctionalChildCountsForMlasOnly) {
  std::string s1 = Replace(kS1, "AUX", "VERB");
  Scores s = Evaluate(kGold, s1 + kS2 + kS3);
  ExpectPR(s, "UPOS", 10.0 / 11, 10.0 / 11);
  ExpectPR(s, "CLAS", 1, 1);
  ExpectPR(s, "MLAS", 6.0 / 7, 6.0 / 7);
}

TEST(Eval, EmptyNodesAreIgnored) {
  std::string s2 = kS2;
  s2.insert(s2.find("3\tearly"), L("2.1 left leave VERB VBD _ _ _ 2:conj _"));
  ExpectPR(Evaluate(kGold, kS1 + s2 + kS3), "LAS", 1, 1);
}

TEST(Eval, DifferentTextIsAnErrorNamingThePosition) {
  std::string s2 = Replace(kS2, "1\tThey", "1\tThem");
  std::string e = ErrorOf(kGold, kS1 + s2 + kS3);
  EXPECT_NE(e.find("The concatenation of tokens in gold file and in system file differ"),
            std::string::npos) << e;
  EXPECT_NE(e.find("character 15"), std::string::npos) << e;
  EXPECT_NE(e.find("gold line 10, system line 10"), std::string::npos) << e;
  EXPECT_NE(e.find("'yleftearly.Sure.' and system file: 'mleftearly.Sure.'"), std::string::npos) << e;
}

TEST(Eval, BadTreesAreErrors) {
  std::string cycle = "# text = Sure.\n" + L("1 Sure sure INTJ UH _ 2 root _ SpaceAfter=No") +
                      L("2 . . PUNCT . _ 1 punct _ _") + "\n";
  EXPECT_NE(ErrorOf(kGold, kS1 + kS2 + cycle).find("system line 15: There is a cycle"),
            std::string::npos);
  std::string roots = L("1 Sure sure INTJ UH _ 0 root _ _") + L("2 . . PUNCT . _ 0 punct _ _");
  EXPECT_NE(ErrorOf(kS1 + kS2 + roots + "\n", kGold).find("gold line 15: There are multiple roots"),
            std::string::npos);
  std::string outside = L("1 Sure sure INTJ UH _ 0 root _ _") + L("2 . . PUNCT . _ 7 punct _ _");
  EXPECT_NE(ErrorOf(kGold, kS1 + kS2 + outside + "\n").find("points outside"), std::string::npos);
}

TEST(Eval, TableAndJsonFormats) {
  Scores s = Evaluate(kGold, kGold);
  std::string table = FormatTable(s);
  EXPECT_EQ(table.substr(0, 59), "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
  EXPECT_NE(table.find("\nTokens     |    100.00 |    100.00 |    100.00 |\n"), std::string::npos);
  EXPECT_NE(table.find("\nBLEX       |    100.00 |    100.00 |    100.00 |    100.00\n"),
            std::string::npos);
  auto json = nlohmann::json::parse(FormatJson(s));
  EXPECT_TRUE(json["Words"]["aligned_accuracy"].is_null());
  EXPECT_EQ(json["LAS"]["f1"], 1.0);
  EXPECT_EQ(json["Tokens"]["gold_total"], 10);
}

// The official script's own alignment cases (TestAlignment): each string is
// a token, "abc a b c" a multi-word token "abc" of words a, b, c.
std::string Words(const std::vector<std::string>& tokens) {
  std::string out;
  int n = 0;
  auto word = [&](const std::string& form) {
    ++n;
    out += std::to_string(n) + "\t" + form + "\t_\t_\t_\t_\t" + (n > 1 ? "1" : "0") + "\t_\t_\t_\n";
  };
  for (const std::string& t : tokens) {
    std::vector<std::string> parts;
    for (size_t p = 0, q; p <= t.size(); p = q + 1) {
      q = std::min(t.find(' ', p), t.size());
      parts.push_back(t.substr(p, q - p));
    }
    if (parts.size() == 1) {
      word(parts[0]);
      continue;
    }
    out += std::to_string(n + 1) + "-" + std::to_string(n + parts.size() - 1) + "\t" + parts[0] +
           "\t_\t_\t_\t_\t_\t_\t_\t_\n";
    for (size_t k = 1; k < parts.size(); ++k) word(parts[k]);
  }
  return out + "\n";
}

void ExpectWords(const std::vector<std::string>& gold, const std::vector<std::string>& system,
                 size_t correct) {
  Scores s = Evaluate(Words(gold), Words(system));
  EXPECT_EQ(s.at("Words").correct, correct) << Words(gold) << Words(system);
}

TEST(EvalAlignment, OfficialCases) {
  ExpectWords({"a"}, {"a"}, 1);
  ExpectWords({"a", "b", "c"}, {"a", "b", "c"}, 3);
  ExpectWords({"abc a b c"}, {"a", "b", "c"}, 3);
  ExpectWords({"a", "bc b c", "d"}, {"a", "b", "c", "d"}, 4);
  ExpectWords({"abcd a b c d"}, {"ab a b", "cd c d"}, 4);
  ExpectWords({"abc a b c", "de d e"}, {"a", "bcd b c d", "e"}, 5);
  ExpectWords({"abcd"}, {"a", "b", "c", "d"}, 0);
  ExpectWords({"abc", "d"}, {"a", "b", "c", "d"}, 1);
  ExpectWords({"a", "bc", "d"}, {"a", "b", "c", "d"}, 2);
  ExpectWords({"a", "bc b c", "d"}, {"a", "b", "cd"}, 2);
  ExpectWords({"abc a BX c", "def d EX f"}, {"ab a b", "cd c d", "ef e f"}, 4);
  ExpectWords({"ab a b", "cd bc d"}, {"a", "bc", "d"}, 2);
  ExpectWords({"a", "bc b c", "d"}, {"ab AX BX", "cd CX a"}, 1);
  EXPECT_NE(ErrorOf(Words({"a"}), Words({"b"})).find("differ"), std::string::npos);
}

// Spaces (Unicode Zs) inside forms are ignored when matching the texts, and
// multi-word forms are compared case-insensitively beyond ASCII too.
std::string Line(const std::string& id, const std::string& form, const std::string& head) {
  return id + "\t" + form + "\t_\t_\t_\t_\t" + head + "\t_\t_\t_\n";
}

TEST(EvalAlignment, SpacesInFormsAndUnicodeCase) {
  std::string gold = Line("1", "New York", "0") + Line("2-3", "ÄB", "_") + Line("2", "äX", "1") +
                     Line("3", "b", "1") + "\n";
  std::string system = Line("1", "NewYork", "0") + Line("2-3", "ÄB", "_") + Line("2", "ÄX", "1") +
                       Line("3", "B", "1") + "\n";
  Scores s = Evaluate(gold, system);
  ExpectPR(s, "Tokens", 1, 1);
  EXPECT_EQ(s.at("Words").correct, 3u);
  ExpectWords({"a\u00A0b"}, {"ab"}, 1);
}

// ---- the CLI ----

using testing::CliRun;
using testing::WriteTemp;

// `dyad ARGS` with stdout and stderr captured.
CliRun Dyad(const std::string& args) { return testing::RunDyad(args, "eval_test"); }

TEST(EvalCli, TableJsonErrorsAndUsage) {
  std::string gold = WriteTemp("dyad_eval_gold.conllu", kGold);
  std::string bad = WriteTemp("dyad_eval_bad.conllu", Words({"x"}));
  CliRun table = Dyad("evaluate --gold " + gold + " --system " + gold);
  EXPECT_EQ(table.status, 0);
  EXPECT_EQ(table.out, FormatTable(Evaluate(kGold, kGold)));
  CliRun json = Dyad("evaluate --gold " + gold + " --system " + gold + " --format json");
  EXPECT_EQ(json.status, 0);
  EXPECT_EQ(nlohmann::json::parse(json.out)["UAS"]["correct"], 11);
  CliRun error = Dyad("evaluate --gold " + gold + " --system " + bad);
  EXPECT_EQ(error.status, 1);
  EXPECT_NE(error.err.find(bad), std::string::npos) << error.err;
  EXPECT_NE(error.err.find(gold), std::string::npos) << error.err;
  EXPECT_EQ(Dyad("evaluate --gold " + gold).status, 2);
  EXPECT_EQ(Dyad("evaluate --gold " + gold + " --system " + gold + " --format xml").status, 2);
  EXPECT_EQ(Dyad("evaluate --gold " + gold + " --system " + gold + " --bogus").status, 2);
  EXPECT_EQ(Dyad("evaluate --gold /no/such.conllu --system " + gold).status, 1);
}

TEST(EvalCli, SharedAlpinoTestAgainstItselfGivesHundreds) {
  Result<std::string> path = DataPath("ud/nl/nl_alpino-ud-test.conllu");
  if (!path.ok()) GTEST_SKIP() << path.status().ToString();
  CliRun r = Dyad("evaluate --gold " + *path + " --system " + *path);
  EXPECT_EQ(r.status, 0);
  for (std::string_view m : kMetrics) {
    std::string label(m);
    label.resize(11, ' ');
    EXPECT_NE(r.out.find(label + "|    100.00 |    100.00 |    100.00 |"), std::string::npos) << m;
  }
}

}  // namespace
}  // namespace dyad::eval
