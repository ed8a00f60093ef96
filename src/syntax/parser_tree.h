// Dependency-tree checks and projectivization for parser training.
//
// Heads are given for positions 1..n at index 1..n of a vector of size n+1
// (index 0 unused); 0 is the root token.
#pragma once

#include <vector>

namespace dyad::syntax {

// True iff every head is in [0, n], exactly one word has head 0, and no
// word is its own ancestor.
bool IsTree(const std::vector<int>& heads);

// True iff no arc crosses another, i.e. every word between a head and its
// dependent is dominated by the head. Requires IsTree(heads).
bool IsProjective(const std::vector<int>& heads);

// Projectivizes a tree in place by lifting (Nivre & Nilsson 2005, without
// encoding the lift in the labels): while some arc is non-projective, the
// shortest such arc (leftmost on ties) h -> d is replaced by
// head(h) -> d. Labels are kept. A lift never reaches the root token,
// because the single root word dominates every word, so the result is
// still a single-rooted tree. Returns the number of lifts. Requires
// IsTree(heads).
int Projectivize(std::vector<int>* heads);

}  // namespace dyad::syntax
