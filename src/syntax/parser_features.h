// Feature extraction for the transition parser: rich non-local features in
// the style of Zhang & Nivre (2011), adapted to arc-hybrid (whose s1-s0 pair
// plays the role of arc-eager's s0-head pair).
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/perceptron.h"
#include "syntax/transition_system.h"
#include "syntax/words.h"

namespace dyad::syntax {

// Hashes of one position's attributes, computed once per sentence.
struct TokenInfo {
  uint64_t w = 0;  // lowercased form
  uint64_t l = 0;  // lemma
  uint64_t p = 0;  // UPOS
  uint64_t x = 0;  // XPOS
  uint64_t m = 0;  // selected FEATS (Case, Definite, PronType, VerbForm, ...)
};

// Position 0 is the root token, 1..n the words, n+1 the "none" token that
// stands for absent positions (-1). Reuses the capacity of `out`.
void ComputeTokens(const Words& words, std::vector<TokenInfo>* out);

// Appends the features of configuration `c` to `out` (cleared first).
void ExtractFeatures(const transition::Config& c, const std::vector<TokenInfo>& tokens,
                     std::vector<Feature>* out);

}  // namespace dyad::syntax
