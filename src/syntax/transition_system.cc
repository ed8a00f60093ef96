#include "syntax/transition_system.h"

#include <cstddef>

namespace dyad::syntax::transition {

void Config::Reset(int num_words) {
  n = num_words;
  buffer = 1;
  stack.clear();
  stack.push_back(0);
  std::size_t size = static_cast<std::size_t>(n) + 1;
  head.assign(size, -1);
  label.assign(size, -1);
  lc1.assign(size, -1);
  lc2.assign(size, -1);
  rc1.assign(size, -1);
  rc2.assign(size, -1);
  nleft.assign(size, 0);
  nright.assign(size, 0);
  lset.assign(size, 0);
  rset.assign(size, 0);
  in_stack.assign(size, 0);
  in_stack[0] = 1;
}

bool Config::Legal(int cls, int num_labels) const {
  int l = LabelOf(cls, num_labels);
  switch (MoveOf(cls, num_labels)) {
    case Move::kShift:
      return CanShift();
    case Move::kLeft:
      return CanLeft() && l != kRootLabel;
    case Move::kRight:
      return CanRight() && (l == kRootLabel) == RightIsRoot();
  }
  return false;
}

// In arc-hybrid a new left child of b0 is always left of the earlier ones
// (it comes from deeper in the stack), and a new right child of s1 is always
// right of the earlier ones, so the extreme children update in O(1).
void Config::AddArc(int h, int d, int l) {
  head[d] = h;
  label[d] = l;
  uint64_t bit = uint64_t{1} << (static_cast<unsigned>(l) & 63);
  if (d < h) {
    lc2[h] = lc1[h];
    lc1[h] = d;
    ++nleft[h];
    lset[h] |= bit;
  } else {
    rc2[h] = rc1[h];
    rc1[h] = d;
    ++nright[h];
    rset[h] |= bit;
  }
}

void Config::Apply(int cls, int num_labels) {
  int l = LabelOf(cls, num_labels);
  switch (MoveOf(cls, num_labels)) {
    case Move::kShift:
      stack.push_back(buffer);
      in_stack[buffer] = 1;
      ++buffer;
      return;
    case Move::kLeft: {
      int s0 = stack.back();
      stack.pop_back();
      in_stack[s0] = 0;
      AddArc(buffer, s0, l);
      return;
    }
    case Move::kRight: {
      int s0 = stack.back();
      stack.pop_back();
      in_stack[s0] = 0;
      AddArc(stack.back(), s0, l);
      return;
    }
  }
}

void GoldTree::Set(const std::vector<int>& heads, const std::vector<int>& labels) {
  head = heads;
  label = labels;
  std::size_t size = heads.size();
  child_begin.assign(size + 1, 0);
  for (std::size_t d = 1; d < size; ++d) ++child_begin[heads[d] + 1];
  for (std::size_t p = 1; p <= size; ++p) child_begin[p] += child_begin[p - 1];
  children.assign(size, 0);
  std::vector<int> fill(child_begin.begin(), child_begin.end() - 1);
  for (std::size_t d = 1; d < size; ++d) children[fill[heads[d]]++] = static_cast<int>(d);
}

namespace {

// Gold dependents of p still in the buffer (positions >= buffer).
int DependentsInBuffer(const GoldTree& g, int p, int buffer) {
  int count = 0;
  for (int k = g.child_begin[p]; k < g.child_begin[p + 1]; ++k) count += g.children[k] >= buffer;
  return count;
}

}  // namespace

// An arc (h, d) is reachable iff d is unattached and h can still become its
// head: a stack item gets its head from the item directly below it or from
// any buffer word; a buffer word from s0 (if it is shifted next) or any
// stack item it can be shifted directly onto (after popping those above),
// or a later buffer word. Each cost counts the reachable gold arcs the move
// destroys (so that a zero-cost move keeps the best reachable tree).
MoveCosts ComputeMoveCosts(const Config& c, const GoldTree& g) {
  MoveCosts costs;
  int s0 = c.S(0), s1 = c.S(1), b0 = c.B(0);
  if (c.CanShift()) {
    // b0 can no longer take a head from below s0, nor dependents from the stack.
    int h = g.head[b0];
    if (h != s0 && c.in_stack[h]) ++costs.shift;
    for (int k = g.child_begin[b0]; k < g.child_begin[b0 + 1]; ++k) {
      costs.shift += c.in_stack[g.children[k]];
    }
  }
  if (s0 > 0) {
    int h = g.head[s0];
    int deps = DependentsInBuffer(g, s0, c.buffer);
    // LEFT: s0 loses heads s1 and buffer words after b0, and buffer dependents.
    costs.left = deps + (h == s1 || (b0 >= 0 && h > b0));
    // RIGHT: s0 loses heads in the buffer, and buffer dependents.
    costs.right = deps + (b0 >= 0 && h >= b0);
  }
  return costs;
}

int ClassCost(const Config& c, const GoldTree& g, const MoveCosts& costs, int cls,
              int num_labels) {
  int l = LabelOf(cls, num_labels);
  switch (MoveOf(cls, num_labels)) {
    case Move::kShift:
      return costs.shift;
    case Move::kLeft: {
      int s0 = c.S(0);
      return costs.left + (g.head[s0] == c.B(0) && g.label[s0] != l);
    }
    case Move::kRight: {
      int s0 = c.S(0);
      return costs.right + (g.head[s0] == c.S(1) && g.label[s0] != l);
    }
  }
  return 0;
}

}  // namespace dyad::syntax::transition
