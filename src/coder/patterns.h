// Matching verb patterns against the clause window of a predicate.
//
// TABARI/PETRARCH-1 patterns are word sequences around the verb: the
// `before` elements are matched right to left from the verb, the `after`
// elements left to right; a gap may skip words of the window unless the
// element is `adjacent`. `$`, `+` and `%` bind the actor phrase found there.
// Patterns from dyad's own dictionaries are `unordered`: their words must
// occur anywhere in the window (Dutch puts objects before the verb).
#pragma once

#include <span>

#include "coder/lexicon.h"
#include "coder/tree.h"

namespace dyad::coder {

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  int source = -1, target = -1, symmetric = -1;  // token indices bound by $, +, %
  bool mentions_negation = false;                // the pattern itself says "not"
  size_t reach = 0;  // window positions between the verb and the farthest element matched
};

// The best pattern of `block` for the predicate occupying
// window[verb_first..verb_last] (more than one index for multi-word verbs):
// the longest match (most elements), the first in file order on ties
// (PETRARCH-2 blocks: the nearest the verb, then the last of patterns with
// the same elements).
// Returns false when no pattern matches.
bool MatchBlock(const Lexicon& lexicon, const Tree& tree, std::span<const int> window, size_t verb_first,
                size_t verb_last, const VerbBlock& block, PatternMatch* best);

}  // namespace dyad::coder
