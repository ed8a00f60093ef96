// Edit rules that turn a word form into its lemma, and the classifier
// features that choose between them.
//
// A rule optionally lowercases the form, removes an infix at a fixed
// code-point offset (Dutch participles: "ge" in "gelopen" -> "lopen",
// "opgestaan" -> "opstaan"), strips a literal suffix and appends a string:
//   "studies" -> strip "ies", append "y" -> "study"
//   "The"     -> lowercase, nothing else -> "the"
// Rules keep literal strings, not lengths, so a rule applies only to forms
// that end in its suffix (and have its infix): the classifier then chooses
// among a handful of candidates instead of thousands.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/model_io.h"
#include "syntax/perceptron.h"

namespace dyad::syntax {

struct EditRule {
  bool lower = false;   // lowercase the form first
  uint8_t infix_at = 0; // code points before the removed infix
  std::string infix;    // removed at infix_at; "" for none
  std::string strip;    // suffix removed
  std::string append;   // then appended

  // Whether the rule fits `f` (the form, already lowercased if `lower`).
  bool Applies(std::string_view f) const;
  // The lemma of `f`; the rule must apply.
  void Apply(std::string_view f, std::string* out) const;
  // A unique text key, for counting and deduplication.
  std::string Key() const;

  void Save(ModelWriter* out) const;
  static EditRule Load(ModelReader* in);
};

// The rule turning `form` into `lemma`: lowercase when the lemma has no
// uppercase letter; the cheapest of "strip/append after the common prefix"
// and "remove a two-letter infix, then strip/append".
EditRule ExtractRule(std::string_view form, std::string_view lemma);

// Lexicon keys: (form, UPOS, FEATS) and the fallback (form, UPOS), from
// the HashString of each column.
inline uint64_t FullLexiconKey(uint64_t form, uint64_t upos, uint64_t feats) {
  return FeatureKey(0x4c4558, form, upos, feats);
}
inline uint64_t UposLexiconKey(uint64_t form, uint64_t upos) { return FeatureKey(0x4c5850, form, upos); }
// Last resort when the form was seen only with another UPOS (tagger error
// or treebank convention: Dutch "eerste" NUM vs ADJ): its commonest lemma.
inline uint64_t FormLexiconKey(uint64_t form) { return FeatureKey(0x4c5846, form); }
// Index key of the rules with suffix `strip` and lowercasing flag `lower`.
inline uint64_t StripKey(std::string_view strip, bool lower) { return FeatureKey(0x535450, HashString(strip), lower); }

// Classifier features of a form with its UPOS and FEATS. `lower` is the
// lowercased form; `flags` its WordFlag set.
void LemmaFeatures(std::string_view lower, std::string_view upos, std::string_view feats, uint32_t flags,
                   std::vector<Feature>* out);

}  // namespace dyad::syntax
