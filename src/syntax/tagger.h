// Part-of-speech and morphology tagger: UPOS, XPOS and FEATS of each word
// from its form and context (greedy, left to right, averaged perceptron).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "syntax/model_io.h"
#include "syntax/perceptron.h"
#include "syntax/words.h"

namespace dyad::syntax {

struct TaggerOptions {
  int epochs = 10;
  uint64_t seed = 1;  // shuffling; same data + options + seed = same model
};

struct TaggerScratch;  // tagger_features.h

class Tagger {
 public:
  // Learns from the gold UPOS/XPOS/FEATS of `train` (empty XPOS, e.g. "_",
  // means the treebank has none; then XPOS stays ""). `dev` may be empty;
  // it is only scored for progress. `progress` may be null.
  static Result<Tagger> Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                              const TaggerOptions& options,
                              const std::function<void(const TrainProgress&)>& progress);
  // Fills upos, xpos and feats of every word from the forms. Thread-safe.
  //
  // With `word_hyphens` one constraint overrides the classifier: a "-" with
  // no space on either side between two letters ("government-held",
  // "al-Assad") is a hyphen inside a word, tagged PUNCT with XPOS HYPH when
  // the XPOS set has HYPH (English). The features do not see spacing, so a
  // hyphen before an unusual second part was sometimes tagged as a dash
  // (","), and the parser then split the compound. Digits on a side
  // ("1990-95", a range) and tag sets without HYPH (Dutch) are left to the
  // classifier. The pipeline tags text with it; training does not, so that
  // models trained before and after the constraint are the same.
  //
  // With `finite_verb` another: a sentence without a finite verb and
  // without an auxiliary, whose first past participle (VerbForm=Part,
  // Tense=Past) follows a noun or pronoun and precedes a nominal
  // ("Syrian troops attacked rebels"), has that verb finite: its FEATS are
  // the classifier's best with VerbForm=Fin, its XPOS, when a
  // participle's, the best other. Sentences that start with a bare plural
  // were often tagged as headlines ("Five killed in attack", which no
  // nominal follows and this leaves alone), and the parser then made the
  // verb a modifier and the sentence subjectless.
  void Tag(Words* words, bool word_hyphens = false, bool finite_verb = false) const;

  void Save(ModelWriter* out) const;
  static Result<Tagger> Load(ModelReader* in);

 private:
  friend class TaggerTrainer;
  // Predicts the UPOS of every word into scratch.upos (base features must
  // be computed), then XPOS and FEATS ids into the words.
  void TagWithScratch(Words* words, TaggerScratch* scratch, bool word_hyphens = false) const;
  // The `finite_verb` constraint of Tag, after TagWithScratch.
  void RequireFiniteVerb(Words* words, TaggerScratch* scratch) const;
  // Fills participle_xpos_ from the tag dictionary.
  void IndexVerbForms();
  // Tags fixed by the tag dictionary for a frequent word; -1 = not fixed
  // (XPOS and FEATS are fixed only when the UPOS is).
  struct DictTags {
    int upos = -1, xpos = -1, feats = -1;
  };
  DictTags TagDictLookup(uint64_t form_hash) const;
  // The UPOS and XPOS ids of a word-internal hyphen (PUNCT, HYPH); both -1
  // when the tag set lacks either (see Tag).
  std::pair<int, int> WordHyphenTags() const;

  std::vector<std::string> upos_names_, xpos_names_, feats_names_;
  Perceptron upos_model_, xpos_model_, feats_model_;
  // Which XPOS / FEATS classes were seen with each UPOS:
  // xpos_allowed_[upos * xpos_names_.size() + xpos].
  std::vector<uint8_t> xpos_allowed_, feats_allowed_;
  // Frequent words that (almost) always had one UPOS in training, and
  // their XPOS / FEATS where those were as constant: form hash -> tags.
  std::unordered_map<uint64_t, DictTags> tag_dict_;
  // Lowercased-form hash -> UPOS bit set (see AmbiguityMap).
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
  bool has_xpos_ = false;
  // Derived, not stored: by XPOS id, whether the tag dictionary's verbs
  // with that XPOS are past participles and never finite (VBN in English;
  // RequireFiniteVerb).
  std::vector<uint8_t> participle_xpos_;
};

}  // namespace dyad::syntax
