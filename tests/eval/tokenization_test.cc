// Tokenizer quality on the held-out UD test sets, against the targets of
// the foundation issue: UDPipe 1.2's published raw-text scores (UD 2.3):
// English-EWT tokens 99.1, sentences 77.1; Dutch-Alpino tokens 99.9,
// sentences 91.7. Measured figures are in docs/tokenizer.md.
#include <gtest/gtest.h>

#include "dyad/data.h"
#include "dyad/eval.h"

namespace dyad::eval {
namespace {

Scores Evaluate(const std::string& relative, const std::string& lang) {
  Result<std::string> path = DataPath(relative);
  if (!path.ok()) return {};
  auto gold = conllu::ReadFile(*path);
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  auto scores = EvaluateTokenizer(*gold, *Tokenizer::ForLanguage(lang).value());
  EXPECT_TRUE(scores.ok()) << scores.status().ToString();
  return scores.ok() ? *scores : Scores{};
}

TEST(EvalTokenizer, EnglishEwtBeatsUdpipeRawTextScores) {
  if (!DataPath("ud/en_ewt/en_ewt-ud-test.conllu").ok()) GTEST_SKIP() << "DYAD_DATA not available";
  Scores s = Evaluate("ud/en_ewt/en_ewt-ud-test.conllu", "en");
  EXPECT_GT(s["Tokens"].f1, 0.991);
  EXPECT_GT(s["Sentences"].f1, 0.771);
  EXPECT_GT(s["Words"].f1, 0.985);
}

TEST(EvalTokenizer, DutchAlpinoBeatsUdpipeRawTextScores) {
  if (!DataPath("ud/nl/nl_alpino-ud-test.conllu").ok()) GTEST_SKIP() << "DYAD_DATA not available";
  Scores s = Evaluate("ud/nl/nl_alpino-ud-test.conllu", "nl");
  EXPECT_GT(s["Tokens"].f1, 0.999);
  EXPECT_GT(s["Sentences"].f1, 0.917);
}

}  // namespace
}  // namespace dyad::eval
