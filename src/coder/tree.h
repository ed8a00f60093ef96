// A parsed sentence as the coder sees it: lower-cased forms and lemmas, the
// dependency tree with child lists, and the tree questions the coder asks
// (clause windows, subjects, objects, conjuncts).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coder/closed_class.h"
#include "dyad/conllu.h"

namespace dyad::coder {

struct Token {
  std::string form;   // as written
  std::string lower;  // lower-cased form
  std::string lemma;  // lower-cased lemma ("" when the parser gave none)
  std::string upos, xpos, deprel, feats;
  int head = -1;  // 0-based; -1 = root
};

class Tree {
 public:
  // `sentence` must be annotated; words whose HEAD is missing or out of
  // range are treated as roots. `closed`, the closed-class words of `lang`,
  // must outlive the tree.
  Tree(const conllu::Sentence& sentence, std::string_view lang, const ClosedClass& closed);

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  const std::vector<int>& children(int i) const { return children_[i]; }
  std::string_view lang() const { return lang_; }
  // The closed-class words of the sentence's language.
  const ClosedClass& words() const { return *words_; }

  // The deprel without its subtype ("nsubj:pass" -> "nsubj").
  std::string_view Rel(int i) const;
  bool IsVerbal(int i) const;
  bool IsPassive(int v) const;
  // A past participle modifying a noun, with no subject or auxiliary of its
  // own ("men sought in the slaying", "soldiers killed in Ukraine"): a
  // reduced passive relative whose noun is the one acted on.
  bool IsReducedPassive(int v) const;
  // Tagged a past participle: VerbForm=Part (not present), or an xpos field
  // listed as a `participle-tag`.
  bool IsPastParticiple(int v) const;
  // The first child of `i` with relation `rel` (subtypes count: "obl"
  // finds "obl:agent" only when asked for exactly that), -1 if none.
  int Child(int i, std::string_view rel) const;
  // The lower-cased lemma of the case/mark child of `i` ("" if none).
  std::string CaseOf(int i) const;
  // Negated by a `negation` word ("not", "never", "niet") on the verb, or
  // by a negative determiner on its object (or passive subject): "sent no
  // weapons".
  bool IsNegated(int v) const;
  // Whether the noun `n` has a `negative-det` determiner ("no", "geen").
  bool HasNegativeDeterminer(int n) const;
  // An infinitive the head verb controls: xcomp, or a subjectless advcl
  // introduced by an `infinitive` mark ("to": UD 1 parses attach "asking
  // Obama to help" so).
  bool IsInfinitival(int v) const;
  // Heads of `i` and its conjuncts, in order.
  std::vector<int> Conjuncts(int i) const;
  // Tokens of the phrase headed by `i`: its subtree without clauses
  // (relative clauses, adverbial clauses) and without conjuncts, sorted.
  std::vector<int> Phrase(int i) const;
  // Tokens whose text a predicate may match: the subtree of the clause of
  // `v` (climbing xcomp/ccomp links) without other clauses, sorted.
  std::vector<int> Window(int v) const;
  // Every token under `i` (and `i`), sorted.
  std::vector<int> Subtree(int i) const;
  // The surface text of tokens first..last (inclusive), spaces as written.
  std::string Text(int first, int last) const;
  bool IsClauseRel(int i) const;

 private:
  void RepairObjectApposition(int i);
  void RepairPerfectPassive(int v);
  std::vector<Token> tokens_;
  std::vector<std::vector<int>> children_;
  std::vector<bool> space_after_;
  std::string lang_;
  const ClosedClass* words_;
  void Collect(int i, int keep_chain, bool skip_conj, std::vector<int>* out) const;
};

}  // namespace dyad::coder
