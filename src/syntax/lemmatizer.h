// Lemmatizer: lemma of each word from its form, UPOS and FEATS — a lexicon
// of forms seen in training, and for unseen forms a classifier over edit
// rules (case, suffix and prefix changes) learned from the training pairs.
// UD lemmas: Dutch "spraken" -> "spreken"; the particle of a separable verb
// is joined by PhrasalLemma(), not here.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"
#include "syntax/lemmatizer_compound.h"
#include "syntax/lemmatizer_rules.h"
#include "syntax/model_io.h"
#include "syntax/perceptron.h"
#include "syntax/words.h"

namespace dyad::syntax {

struct LemmaScratch;  // lemmatizer.cc

struct LemmatizerOptions {
  int epochs = 10;
  uint64_t seed = 1;
};

class Lemmatizer {
 public:
  // Learns from the gold FORM/UPOS/FEATS/LEMMA of `train`.
  static Result<Lemmatizer> Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                                  const LemmatizerOptions& options,
                                  const std::function<void(const TrainProgress&)>& progress);
  // Fills the lemma of every word; reads form, upos and feats. Thread-safe.
  void Lemmatize(Words* words) const;

  void Save(ModelWriter* out) const;
  static Result<Lemmatizer> Load(ModelReader* in);

 private:
  friend class LemmatizerTrainer;
  // The lemma of `w` into *out: lexicon first, then the rule classifier
  // (Lemmatize then applies compound splitting).
  void LemmaOf(const Word& w, LemmaScratch* s, std::string* out) const;
  // Predicts with the rule classifier among the rules that apply.
  void Classify(const Word& w, LemmaScratch* s, std::string* out) const;
  // Marks in *allowed (sized to the rules, all zero on entry) the rules
  // that apply to the form and lists them in *touched.
  void CandidateRules(std::string_view form, std::string_view lower, std::vector<uint8_t>* allowed,
                      std::vector<uint32_t>* touched) const;
  // Rebuilds rules_by_strip_, max_strip_ and known_lemmas_ from rules_ and
  // lemmas_.
  void IndexRules();
  // Among the applying rules (`touched`, scored in `scores`), the
  // best-scoring one whose lemma for `f` is a known lemma; -1 if none.
  int BestKnownRule(std::string_view f_form, std::string_view f_lower, const std::vector<uint32_t>& touched,
                    const float* scores, std::string* scratch) const;

  std::vector<std::string> lemmas_;                 // distinct lexicon lemmas
  std::unordered_map<uint64_t, uint32_t> lexicon_;  // LexiconKey -> lemmas_ index
  std::vector<EditRule> rules_;                     // classifier classes
  Perceptron model_;
  // Derived from rules_ (not saved): rules by (hash of strip, lower).
  std::unordered_map<uint64_t, std::vector<uint32_t>> rules_by_strip_;
  size_t max_strip_ = 0;  // longest strip, in code points
  // Derived from lemmas_ (not saved): the lemmas the training data attests.
  std::unordered_set<std::string> known_lemmas_;
  CompoundSplitter compounds_;  // "_"-joined compound lemmas, if the data has them
  // Learned from the data: unseen lowercase proper nouns get a capitalized
  // lemma (EWT: "kerala" -> "Kerala").
  bool capitalize_propn_ = false;
  // Post-edits of a lemma for `w` that the training data's casing implies.
  void FixCase(const Word& w, std::string* lemma) const;
  static void DropSeparationDiaeresis(const Word& w, std::string* lemma);
};

}  // namespace dyad::syntax
