// Dictionary lint (`dyad dict check`) and statistics (`dyad dict stats`).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "coder/dictionary.h"

namespace dyad::coder {

// Problems a loaded set of dictionaries has, each naming file:line:
// - the same phrase given to different actors, agents or predicates;
// - event codes the CAMEO ontology does not know, actor codes that start
//   with neither a country nor an international/group code;
// - dated roles of one actor that overlap with different codes, or end
//   before they start;
// - patterns that can never be chosen: a repeat of an earlier pattern of
//   the same block (the first wins a tie), a dyad pattern without words
//   or target, a reference to an unknown synset, a block without predicates.
std::vector<Diagnostic> CheckDictionaries(const Dictionaries& dicts);

struct DictStats {
  size_t actors = 0, actor_phrases = 0, dated_roles = 0, agents = 0, discards = 0;
  size_t predicates = 0, patterns = 0;
  // Predicates and patterns by CAMEO root ("01".."20"), the way issue 5
  // counts them: every predicate lemma with a code and every pattern.
  std::map<std::string, size_t> by_root;
};
DictStats ComputeStats(const Dictionaries& dicts);

}  // namespace dyad::coder
