// Feature templates of the tagger.
//
// Per sentence, each word is reduced once to a TokenInfo of hashes (forms,
// affixes, shape); the templates then only mix hashes, so extracting the
// features of a word allocates nothing. Features are split in a part that
// does not depend on predicted tags (computed once per word and shared by
// the UPOS, XPOS and FEATS classifiers) and small tag-dependent parts.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/perceptron.h"
#include "syntax/words.h"

namespace dyad::syntax {

struct TokenInfo {
  uint64_t form = 0, lower = 0, shape = 0;
  uint64_t prefix[4] = {}, suffix[4] = {};  // 1..4 code points of the lowercased form
  uint32_t flags = 0;                       // WordFlag
  uint64_t ambiguity = 0;                   // UPOS set seen with the word in training (0: none)
};

// Lowercased-form hash -> bit set of the UPOS ids seen with that form in
// training (frequent forms only). Gives the tagger a look at the possible
// tags of the words to the right, which greedy decoding has not tagged yet.
using AmbiguityMap = std::unordered_map<uint64_t, uint64_t>;

// Per-thread buffers reused from sentence to sentence.
struct TaggerScratch {
  std::vector<TokenInfo> tokens;  // kPad entries of padding on either side
  std::vector<Feature> base;      // kBaseFeatures per word
  std::vector<Feature> features;  // the features of one decision
  std::vector<int> upos;          // predicted UPOS ids
  std::vector<int> fixed_xpos, fixed_feats;  // from the tag dictionary, -1 if none
  std::vector<float> scores;
  std::string lower, shape;
};

inline constexpr int kPad = 2;
inline constexpr int kBaseFeatures = 36;

// Fills scratch->tokens for `words` (padded) and scratch->base.
void ComputeBaseFeatures(const Words& words, const AmbiguityMap& ambiguity, TaggerScratch* scratch);

// The features of the UPOS decision for word i given the previous two
// predicted tags (-1 before the sentence): base features + tag features.
void UposFeatures(const TaggerScratch& s, int i, int prev1, int prev2, std::vector<Feature>* out);

// The features of the XPOS/FEATS decisions of word i given the UPOS of the
// whole sentence (`upos`, predicted or gold).
void MorphFeatures(const TaggerScratch& s, int i, std::span<const int> upos, std::vector<Feature>* out);

}  // namespace dyad::syntax
