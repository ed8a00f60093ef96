// Labelled dependency parser: greedy transition-based (arc-hybrid or
// arc-eager) with an averaged perceptron trained with a dynamic oracle.
// Output trees are projective; non-projective training trees are
// projectivized by lifting (see docs/syntax.md).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "syntax/model_io.h"
#include "syntax/perceptron.h"
#include "syntax/words.h"

namespace dyad::syntax {

struct ParserOptions {
  int epochs = 15;
  uint64_t seed = 1;
};

class Parser {
 public:
  // Learns from the gold HEAD/DEPREL of `train`, using whatever FORM, LEMMA,
  // UPOS, XPOS and FEATS the words carry (the pipeline passes predicted tags
  // so training matches parsing). Sentences whose gold tree is not a tree
  // (no root, two roots, a cycle) are skipped and counted in the progress.
  static Result<Parser> Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                              const ParserOptions& options,
                              const std::function<void(const TrainProgress&)>& progress);
  // Sets head and deprel of every word: a single tree rooted at one word with
  // deprel "root". Thread-safe. Any length, including 0 and 10,000 words.
  void Parse(Words* words) const;

  void Save(ModelWriter* out) const;
  static Result<Parser> Load(ModelReader* in);

 private:
  // labels_[0] is "root"; the classifier has 2 * labels_.size() + 1 classes
  // (see transition_system.h). Empty for a default-constructed parser, which
  // attaches every word to the first.
  std::vector<std::string> labels_;
  Perceptron model_;
};

}  // namespace dyad::syntax
