// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
// with labelled arcs, a root token at the bottom of the stack, and the
// dynamic oracle of Goldberg & Nivre (2013).
//
// Positions: 0 is the root token, 1..n the words. The buffer is always a
// suffix of the sentence, so it is just the index of its first word.
//   SHIFT     push b0
//   LEFT-l    b0 -l-> s0, pop s0
//   RIGHT-l   s1 -l-> s0, pop s0
// Single-root constraint: RIGHT with s1 = root token is only legal once the
// buffer is empty and s0 is the last word on the stack, and only with label
// "root" (label id 0); no other arc may use label 0. Hence every terminal
// configuration (empty buffer, only the root token on the stack) is a tree
// with exactly one word attached to the root, and from every non-terminal
// configuration some transition is legal.
//
// Class ids for the classifier: 0 = SHIFT, 1 + l = LEFT-l,
// 1 + L + l = RIGHT-l, for L labels.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad::syntax::transition {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

inline constexpr int kRootLabel = 0;

inline int NumClasses(int num_labels) { return 2 * num_labels + 1; }
inline int ShiftClass() { return 0; }
inline int LeftClass(int label) { return 1 + label; }
inline int RightClass(int label, int num_labels) { return 1 + num_labels + label; }
inline Move MoveOf(int cls, int num_labels) {
  return cls == 0 ? Move::kShift : cls <= num_labels ? Move::kLeft : Move::kRight;
}
inline int LabelOf(int cls, int num_labels) {
  return cls == 0 ? -1 : cls <= num_labels ? cls - 1 : cls - 1 - num_labels;
}

// A parser configuration plus the partial tree and the per-word child
// summaries the features read. All arrays are indexed by position 0..n;
// "none" is -1. Reset() reuses capacity, so parsing allocates nothing once
// the buffers have grown to the longest sentence seen.
struct Config {
  int n = 0;
  int buffer = 1;          // first word of the buffer; > n when empty
  std::vector<int> stack;  // stack.back() is s0; stack[0] is the root token
  std::vector<int> head, label;
  std::vector<int> lc1, lc2, rc1, rc2;  // leftmost, 2nd leftmost, rightmost, 2nd rightmost child
  std::vector<int> nleft, nright;       // number of left / right children
  std::vector<uint64_t> lset, rset;     // bit (label % 64) of each left / right child
  std::vector<uint8_t> in_stack;

  void Reset(int num_words);
  bool Terminal() const { return buffer > n && stack.size() == 1; }
  // i-th stack item from the top (0 = s0), -1 if none.
  int S(int i) const {
    return i < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - i] : -1;
  }
  // i-th buffer item, -1 if none.
  int B(int i) const { return buffer + i <= n ? buffer + i : -1; }

  bool CanShift() const { return buffer <= n; }
  bool CanLeft() const { return stack.size() >= 2 && buffer <= n; }
  // RIGHT is legal onto a word s1, or onto the root token at the very end.
  bool CanRight() const {
    return stack.size() >= 3 || (stack.size() == 2 && buffer > n);
  }
  bool RightIsRoot() const { return stack.size() == 2; }
  // Whether class `cls` is legal here (label constraints included).
  bool Legal(int cls, int num_labels) const;

  // Applies a legal class.
  void Apply(int cls, int num_labels);

 private:
  void AddArc(int h, int d, int l);
};

// A gold tree for the oracle: heads and label ids of positions 1..n
// (index 0 unused) and the children of each position.
struct GoldTree {
  std::vector<int> head, label;
  std::vector<int> child_begin, children;  // children of p: children[child_begin[p] .. child_begin[p+1])

  // `heads[i]` / `labels[i]` for words 1..n at index i; must be a tree.
  void Set(const std::vector<int>& heads, const std::vector<int>& labels);
};

// Number of gold arcs that a move makes unreachable (Goldberg & Nivre 2013,
// exact for arc-hybrid when the gold tree is projective), ignoring labels.
struct MoveCosts {
  int shift = 0, left = 0, right = 0;
};
MoveCosts ComputeMoveCosts(const Config& c, const GoldTree& gold);
// Cost of class `cls` (legal): the move cost plus 1 if the class builds a
// gold arc with the wrong label.
int ClassCost(const Config& c, const GoldTree& gold, const MoveCosts& costs, int cls,
              int num_labels);

}  // namespace dyad::syntax::transition
