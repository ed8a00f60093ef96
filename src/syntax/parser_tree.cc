#include "syntax/parser_tree.h"

#include <cstdlib>

namespace dyad::syntax {
namespace {

// Whether `h` dominates `k` (is k or an ancestor of it). Trees only.
bool Dominates(const std::vector<int>& heads, int h, int k) {
  while (k != 0 && k != h) k = heads[k];
  return k == h;
}

bool ArcIsProjective(const std::vector<int>& heads, int d) {
  int h = heads[d];
  int lo = h < d ? h : d, hi = h < d ? d : h;
  for (int k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, h, k)) return false;
  }
  return true;
}

// The shortest non-projective arc (by its dependent), leftmost on ties; 0 if none.
int ShortestNonProjective(const std::vector<int>& heads) {
  int best = 0, best_len = 0;
  for (int d = 1; d < static_cast<int>(heads.size()); ++d) {
    int len = std::abs(heads[d] - d);
    if (best != 0 && len >= best_len) continue;
    if (ArcIsProjective(heads, d)) continue;
    best = d;
    best_len = len;
  }
  return best;
}

}  // namespace

bool IsTree(const std::vector<int>& heads) {
  int n = static_cast<int>(heads.size()) - 1;
  if (n < 1) return false;
  int roots = 0;
  for (int d = 1; d <= n; ++d) {
    if (heads[d] < 0 || heads[d] > n || heads[d] == d) return false;
    roots += heads[d] == 0;
  }
  if (roots != 1) return false;
  // Every word must reach the root within n steps; colour words known to
  // reach it so the check stays linear.
  std::vector<char> state(n + 1, 0);  // 0 unknown, 1 on current path, 2 reaches root
  state[0] = 2;
  for (int d = 1; d <= n; ++d) {
    int k = d;
    while (state[k] == 0) {
      state[k] = 1;
      k = heads[k];
    }
    if (state[k] == 1) return false;  // came back to the current path: a cycle
    for (k = d; state[k] == 1; k = heads[k]) state[k] = 2;
  }
  return true;
}

bool IsProjective(const std::vector<int>& heads) {
  for (int d = 1; d < static_cast<int>(heads.size()); ++d) {
    if (!ArcIsProjective(heads, d)) return false;
  }
  return true;
}

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  int lifts = 0;
  // Each lift moves an arc strictly up the tree, so this terminates.
  for (int d = ShortestNonProjective(h); d != 0; d = ShortestNonProjective(h)) {
    if (h[h[d]] == 0) break;  // cannot happen for a single-rooted tree
    h[d] = h[h[d]];
    ++lifts;
  }
  return lifts;
}

}  // namespace dyad::syntax
