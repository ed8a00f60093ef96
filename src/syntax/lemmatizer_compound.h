// Compound lemmas in the style of current UD Dutch (Alpino, LassySmall):
// the parts of a compound are joined by "_" and each part is a lemma
// ("opleidingsploeg" -> "opleiding_ploeg", "afgelopen" -> "af_lopen").
//
// Learned only from training lemmas that contain "_": the unsplit spelling
// of each such lemma maps to the split one, and their parts give the known
// modifiers and heads used to split unseen compounds. Training data without
// such lemmas (English, older Dutch releases) leaves the splitter empty, a
// no-op.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "syntax/model_io.h"
#include "syntax/words.h"

namespace dyad::syntax {

class CompoundSplitter {
 public:
  void Train(const std::vector<Words>& train);
  bool empty() const { return split_of_.empty(); }
  // Rewrites *lemma (of a word with `upos`) into its split form when the
  // unsplit spelling is known, or when it is a known modifier (+ linking
  // "s"/"en"/"e") followed by a known head.
  void Apply(std::string_view upos, std::string* lemma) const;

  void Save(ModelWriter* out) const;
  static CompoundSplitter Load(ModelReader* in);  // errors stay in *in

 private:
  bool SplitUnseen(std::string_view lemma, std::string* out) const;

  std::vector<std::string> splits_;                  // split lemmas
  std::unordered_map<uint64_t, uint32_t> split_of_;  // hash of unsplit -> splits_ index
  std::unordered_set<uint64_t> modifiers_, heads_;   // hashes of parts
  std::unordered_set<uint64_t> whole_;               // lemmas seen unsplit only
};

}  // namespace dyad::syntax
