// The arc-hybrid system, its dynamic oracle and projectivization.
#include "syntax/transition_system.h"

#include <gtest/gtest.h>

#include <climits>
#include <vector>

#include "syntax/parser_tree.h"

namespace dyad::syntax::transition {
namespace {

constexpr int kLabels = 3;  // 0 root, 1 and 2 ordinary

// Gold labels: root word gets 0, the others 1 + (d % 2).
GoldTree Gold(const std::vector<int>& heads) {
  std::vector<int> labels(heads.size(), 0);
  for (size_t d = 1; d < heads.size(); ++d) labels[d] = heads[d] == 0 ? 0 : 1 + d % 2;
  GoldTree g;
  g.Set(heads, labels);
  return g;
}

// Costs of all legal classes, INT_MAX for illegal ones.
std::vector<int> Costs(const Config& c, const GoldTree& g) {
  MoveCosts mc = ComputeMoveCosts(c, g);
  std::vector<int> costs(NumClasses(kLabels), INT_MAX);
  for (int cls = 0; cls < NumClasses(kLabels); ++cls) {
    if (c.Legal(cls, kLabels)) costs[cls] = ClassCost(c, g, mc, cls, kLabels);
  }
  return costs;
}

// Follows zero-cost transitions (the first, or the last, of them) to the end.
Config RunOracle(const GoldTree& g, bool prefer_last) {
  Config c;
  c.Reset(static_cast<int>(g.head.size()) - 1);
  while (!c.Terminal()) {
    std::vector<int> costs = Costs(c, g);
    int pick = -1;
    for (int cls = 0; cls < NumClasses(kLabels); ++cls) {
      if (costs[cls] == 0 && (pick < 0 || prefer_last)) pick = cls;
    }
    EXPECT_GE(pick, 0) << "no zero-cost transition";
    if (pick < 0) break;
    c.Apply(pick, kLabels);
  }
  return c;
}

// Exhaustive check on a small sentence: from every configuration reached by
// arbitrary legal transitions, a class has cost 0 iff the best tree
// reachable after it is as good as the best reachable before it.
int BestReachable(const Config& c, const GoldTree& g) {
  if (c.Terminal()) {
    int correct = 0;
    for (int d = 1; d <= c.n; ++d) correct += c.head[d] == g.head[d] && c.label[d] == g.label[d];
    return correct;
  }
  int best = -1;
  for (int cls = 0; cls < NumClasses(kLabels); ++cls) {
    if (!c.Legal(cls, kLabels)) continue;
    Config next = c;
    next.Apply(cls, kLabels);
    best = std::max(best, BestReachable(next, g));
  }
  return best;
}

const std::vector<std::vector<int>> kProjectiveTrees = {
    {-1, 0},
    {-1, 2, 0},
    {-1, 0, 1, 2},
    {-1, 2, 0, 2, 5, 3},        // "The cat sat on mats"-like
    {-1, 3, 3, 0, 3, 6, 4, 3},  // subject, object with modifier, punctuation
    {-1, 2, 6, 4, 2, 6, 0, 6},  // a left dependent with its own right subtree
    {-1, 0, 1, 1, 1, 1, 1},     // flat, all right
    {-1, 6, 6, 6, 6, 6, 0},     // flat, all left
};

TEST(TransitionTest, OracleReproducesProjectiveTrees) {
  for (const auto& heads : kProjectiveTrees) {
    ASSERT_TRUE(IsTree(heads));
    ASSERT_TRUE(IsProjective(heads));
    GoldTree g = Gold(heads);
    for (bool last : {false, true}) {
      Config c = RunOracle(g, last);
      ASSERT_TRUE(c.Terminal());
      for (size_t d = 1; d < heads.size(); ++d) {
        EXPECT_EQ(c.head[d], heads[d]) << "word " << d;
        EXPECT_EQ(c.label[d], g.label[d]) << "word " << d;
      }
    }
  }
}

TEST(TransitionTest, CostIsZeroIffBestTreeStaysReachable) {
  // Up to five words: the exhaustive search is exponential.
  const std::vector<std::vector<int>> trees = {
      kProjectiveTrees[3], {-1, 2, 4, 2, 0, 4}, {-1, 0, 3, 1, 3, 1}, {-1, 3, 3, 0, 5, 3}};
  for (const auto& heads : trees) {
    ASSERT_TRUE(IsTree(heads));
    ASSERT_TRUE(IsProjective(heads));
    GoldTree g = Gold(heads);
    // Breadth over all configurations reachable in up to 6 transitions.
    std::vector<Config> frontier(1);
    frontier[0].Reset(static_cast<int>(heads.size()) - 1);
    int checked = 0;
    for (int depth = 0; depth < 6; ++depth) {
      std::vector<Config> next;
      for (const Config& c : frontier) {
        if (c.Terminal()) continue;
        int best = BestReachable(c, g);
        std::vector<int> costs = Costs(c, g);
        for (int cls = 0; cls < NumClasses(kLabels); ++cls) {
          if (costs[cls] == INT_MAX) continue;
          Config after = c;
          after.Apply(cls, kLabels);
          EXPECT_EQ(costs[cls], best - BestReachable(after, g)) << "class " << cls;
          ++checked;
          next.push_back(after);
        }
      }
      frontier = std::move(next);
    }
    EXPECT_GT(checked, 20);
  }
}

TEST(TransitionTest, HandMadeConfigurations) {
  // Gold: 1 <- 2 -> 3, root 2.  Words: 1 2 3.
  GoldTree g = Gold({-1, 2, 0, 2});
  Config c;
  c.Reset(3);
  c.Apply(ShiftClass(), kLabels);  // stack [0 1], buffer [2 3]
  std::vector<int> costs = Costs(c, g);
  EXPECT_EQ(costs[LeftClass(g.label[1])], 0);  // 2 -> 1 with the gold label
  EXPECT_EQ(costs[LeftClass(3 - g.label[1])], 1);  // right arc, wrong label
  EXPECT_EQ(costs[ShiftClass()], 2);  // 1 can no longer get head 2, nor 2 the root
  EXPECT_EQ(costs[RightClass(1, kLabels)], INT_MAX);  // onto the root: not yet legal
  c.Apply(ShiftClass(), kLabels);  // stack [0 1 2], buffer [3]
  costs = Costs(c, g);
  EXPECT_EQ(costs[ShiftClass()], 0);  // 3 can still get head 2 (now s0)
  // 2 loses child 3; its root arc was already lost by the second SHIFT.
  EXPECT_EQ(costs[RightClass(1, kLabels)], 1);
  EXPECT_EQ(costs[LeftClass(1)], 1 + 0);  // 3 -> 2: 2 keeps no gold head anyway, loses 3
}

TEST(TransitionTest, TerminalConfigurationsAreSingleRootedTrees) {
  // Always taking the last legal class (RIGHT when possible) still ends in a tree.
  Config c;
  c.Reset(5);
  while (!c.Terminal()) {
    int pick = -1;
    for (int cls = 0; cls < NumClasses(kLabels); ++cls) {
      if (c.Legal(cls, kLabels)) pick = cls;
    }
    ASSERT_GE(pick, 0);
    c.Apply(pick, kLabels);
  }
  std::vector<int> heads(c.head.begin(), c.head.end());
  EXPECT_TRUE(IsTree(heads));
  int roots = 0;
  for (int d = 1; d <= 5; ++d) roots += c.label[d] == kRootLabel;
  EXPECT_EQ(roots, 1);
}

TEST(TreeTest, IsTreeRejectsBrokenTrees) {
  EXPECT_TRUE(IsTree({-1, 2, 0, 2}));
  EXPECT_FALSE(IsTree({-1, 0, 0}));      // two roots
  EXPECT_FALSE(IsTree({-1, 2, 3, 2, 0}));  // cycle 2 <-> 3... plus root 4
  EXPECT_FALSE(IsTree({-1, 2, 1}));      // no root, a cycle
  EXPECT_FALSE(IsTree({-1, 0, 7}));      // head out of range
  EXPECT_FALSE(IsTree({-1, 1}));         // self loop
  EXPECT_FALSE(IsTree({-1, -1, 0}));     // unannotated head
  EXPECT_FALSE(IsTree({-1}));            // empty
}

TEST(TreeTest, ProjectivizeKeepsProjectiveTrees) {
  for (auto heads : kProjectiveTrees) {
    std::vector<int> copy = heads;
    EXPECT_EQ(Projectivize(&copy), 0);
    EXPECT_EQ(copy, heads);
  }
}

// Parsing is linear in the sentence length: whatever legal classes a
// classifier picks, a sentence of n words ends after exactly 2n transitions
// (n shifts, n arcs), each of constant cost.
TEST(TransitionTest, AnyLegalSequenceEndsAfterTwoTransitionsPerWord) {
  for (int n : {1, 2, 7, 2000}) {
    Config c;
    c.Reset(n);
    uint32_t rng = 12345;
    int steps = 0;
    while (!c.Terminal() && steps <= 2 * n) {
      std::vector<int> legal;
      for (int cls = 0; cls < NumClasses(kLabels); ++cls)
        if (c.Legal(cls, kLabels)) legal.push_back(cls);
      ASSERT_FALSE(legal.empty()) << "stuck after " << steps << " transitions";
      rng = rng * 1664525u + 1013904223u;
      c.Apply(legal[(rng >> 8) % legal.size()], kLabels);
      ++steps;
    }
    EXPECT_TRUE(c.Terminal());
    EXPECT_EQ(steps, 2 * n) << "n = " << n;
  }
}

TEST(TreeTest, ProjectivizeLiftsNonProjectiveArcs) {
  // "A hearing is scheduled on the issue today": 1 2 3 4 5 6 7 8,
  // hearing(2) -> on(5) crosses is(3) <- scheduled(4).
  std::vector<int> heads = {-1, 2, 4, 4, 0, 2, 7, 5, 4};
  ASSERT_TRUE(IsTree(heads));
  ASSERT_FALSE(IsProjective(heads));
  EXPECT_EQ(Projectivize(&heads), 1);
  EXPECT_TRUE(IsProjective(heads));
  EXPECT_TRUE(IsTree(heads));
  EXPECT_EQ(heads[5], 4);  // lifted from "hearing" to "scheduled"
  EXPECT_EQ(heads[7], 5);  // others untouched

  // Doubly crossing: needs more than one lift, ends projective and rooted.
  std::vector<int> twisted = {-1, 3, 4, 0, 3, 1, 2};
  ASSERT_TRUE(IsTree(twisted));
  ASSERT_FALSE(IsProjective(twisted));
  EXPECT_GE(Projectivize(&twisted), 1);
  EXPECT_TRUE(IsProjective(twisted));
  EXPECT_TRUE(IsTree(twisted));
}

}  // namespace
}  // namespace dyad::syntax::transition
