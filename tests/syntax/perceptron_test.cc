#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <vector>

namespace dyad::syntax {
namespace {

// Three classes, each signalled by its own feature; a shared feature fires
// always. The perceptron must separate them.
std::vector<std::pair<std::vector<Feature>, int>> Toy() {
  Feature shared = FeatureKey(9, HashString("always"));
  return {{{FeatureKey(1, HashString("a")), shared}, 0},
          {{FeatureKey(1, HashString("b")), shared}, 1},
          {{FeatureKey(1, HashString("c")), shared}, 2}};
}

Perceptron TrainToy() {
  Perceptron p(3);
  float scores[3];
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (auto& [feats, truth] : Toy()) {
      p.Tick();
      p.Update(feats, truth, p.Predict(feats, scores));
    }
  }
  return p;
}

TEST(Perceptron, LearnsSeparableToyAndKeepsItAfterAveraging) {
  Perceptron p = TrainToy();
  p.Finalize();
  float scores[3];
  for (auto& [feats, truth] : Toy()) EXPECT_EQ(p.Predict(feats, scores), truth);
}

TEST(Perceptron, AllowedMaskRestrictsTheAnswer) {
  Perceptron p = TrainToy();
  p.Finalize();
  float scores[3];
  auto [feats, truth] = Toy()[0];
  std::vector<uint8_t> allowed = {0, 1, 1};
  EXPECT_NE(p.Predict(feats, scores, allowed), 0);
}

TEST(Perceptron, SaveLoadRoundTripGivesTheSameScores) {
  Perceptron p = TrainToy();
  p.Finalize();
  ModelWriter w;
  p.Save(&w);
  ModelReader r(w.bytes());
  auto q = Perceptron::Load(&r);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_TRUE(r.at_end());
  for (auto& [feats, truth] : Toy()) {
    float a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
    p.Score(feats, a);
    q->Score(feats, b);
    for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(a[c], b[c]);
  }
  EXPECT_EQ(q->num_weights(), p.num_weights());
}

TEST(Perceptron, TruncatedOrCorruptBytesAreCleanErrors) {
  Perceptron p = TrainToy();
  p.Finalize();
  ModelWriter w;
  p.Save(&w);
  for (size_t cut = 0; cut < w.bytes().size(); cut += 3) {
    ModelReader r(std::string_view(w.bytes()).substr(0, cut));
    EXPECT_FALSE(Perceptron::Load(&r).ok()) << "cut at " << cut;
  }
  std::string bad = w.bytes();
  bad[8 + 4 + 8 + 4] = 0x7f;  // first weight's class id -> out of range
  ModelReader r(bad);
  EXPECT_FALSE(Perceptron::Load(&r).ok());
}

TEST(Perceptron, PruningDropsSmallAveragedWeights) {
  Perceptron p = TrainToy();
  size_t before = p.num_weights();
  p.Finalize(1e6f);
  EXPECT_GT(before, 0u);
  EXPECT_EQ(p.num_weights(), 0u);
}

}  // namespace
}  // namespace dyad::syntax
