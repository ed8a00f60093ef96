#include "coder/patterns.h"

#include <algorithm>

namespace dyad::coder {
namespace {

constexpr size_t kMaxSkip = 8;  // longest phrase '^' may skip

class Matcher {
 public:
  Matcher(const Lexicon& lex, const Tree& tree, std::span<const int> window)
      : lex_(lex), tree_(tree), w_(window) {}
  void ExactForms(bool on) { exact_forms_ = on; }
  void SkipVerbs(bool on) { skip_verbs_ = on; }
  void Verb(size_t first, size_t last) { verb_first_ = first, verb_last_ = last; }

  // Positions (window indices) element `e` covers when it starts at q:
  // its length, 0 when it does not match there.
  size_t LengthAt(const Element& e, size_t q) const {
    if (q >= w_.size()) return 0;
    PhraseMatch m;
    if (skip_verbs_ && tree_[w_[q]].upos == "VERB" && (e.kind == ElementKind::kWord || e.kind == ElementKind::kSynset))
      return 0;
    switch (e.kind) {
      case ElementKind::kWord:
        // TABARI and PETRARCH patterns spell surface words; dyad's name lemmas.
        return (exact_forms_ ? tree_[w_[q]].lower == e.text : PatternWordMatches(e.text, tree_[w_[q]])) ? 1 : 0;
      case ElementKind::kSynset: {
        if (e.synset < 0) return 0;
        return lex_.synset_indexes[e.synset].LongestAt(tree_, w_, q, &m) ? m.end - m.begin : 0;
      }
      case ElementKind::kSource:
      case ElementKind::kTarget:
      case ElementKind::kSymmetric:
        if (lex_.actors.LongestAt(tree_, w_, q, &m) || lex_.agents.LongestAt(tree_, w_, q, &m)) return m.end - m.begin;
        return 0;
      case ElementKind::kSkipPhrase:
        return 1;
    }
    return 0;
  }

  // The length of an element ending at q (backward matching), 0 if none.
  size_t LengthEndingAt(const Element& e, size_t q) const {
    for (size_t len = 1; len <= std::min(q + 1, kMaxSkip); ++len)
      if (LengthAt(e, q + 1 - len) == len) return len;
    return 0;
  }

  void Bind(const Element& e, size_t q, PatternMatch* m) const {
    const int tok = w_[q];
    m->reach = std::max(m->reach, q > verb_last_ ? q - verb_last_ : q < verb_first_ ? verb_first_ - q : 0);
    if (e.kind == ElementKind::kSource) m->source = tok;
    if (e.kind == ElementKind::kTarget) m->target = tok;
    if (e.kind == ElementKind::kSymmetric) m->symmetric = tok;
    // A pattern that spells out the negation ("NOT *", "&NEGATVAUXVRB *")
    // codes the negated verb.
    if (e.kind == ElementKind::kWord || e.kind == ElementKind::kSynset)
      for (size_t k = q; k < q + std::max<size_t>(1, LengthAt(e, q)) && k < w_.size(); ++k)
        if (tree_.words().negators.contains(tree_[w_[k]].lower)) m->mentions_negation = true;
  }

  // after[k..] from window index pos onwards.
  bool Forward(const std::vector<Element>& after, size_t k, size_t pos, PatternMatch* m) const {
    if (k == after.size()) return true;
    const Element& e = after[k];
    const size_t hi = e.adjacent ? pos : w_.size();
    for (size_t q = pos; q < w_.size() && q <= hi; ++q) {
      if (e.kind == ElementKind::kSkipPhrase) {
        // The noun phrase starting at q first, then any span (TABARI's reading).
        const size_t np = NounPhraseLength(q);
        if (np > 0 && Forward(after, k + 1, q + np, m)) return true;
        for (size_t len = 1; len <= kMaxSkip && q + len <= w_.size(); ++len)
          if (len != np && Forward(after, k + 1, q + len, m)) return true;
        continue;
      }
      const size_t len = LengthAt(e, q);
      if (len > 0 && Forward(after, k + 1, q + len, m)) {
        Bind(e, q, m);
        return true;
      }
    }
    return false;
  }

  // The length of the base noun phrase starting at window index q: up to
  // the first nominal that does not modify a word to its right ("the
  // Gondor" of "the Gondor of the Prince"), 0 if none within kMaxSkip.
  size_t NounPhraseLength(size_t q) const {
    for (size_t k = q; k < w_.size() && k < q + kMaxSkip; ++k) {
      const Token& tok = tree_[w_[k]];
      const bool nominal = tok.upos == "NOUN" || tok.upos == "PROPN" || tok.upos == "PRON" || tok.upos == "NUM";
      if (nominal && tok.head < w_[k]) return k + 1 - q;
      if (k > q && w_[k] != w_[k - 1] + 1) return 0;
    }
    return 0;
  }

  // before[0..k] ending at window index pos or earlier; k counts down.
  bool Backward(const std::vector<Element>& before, int k, long pos, PatternMatch* m) const {
    if (k < 0) return true;
    const Element& e = before[k];
    const long lo = e.adjacent ? pos : 0;
    for (long q = pos; q >= 0 && q >= lo; --q) {
      if (e.kind == ElementKind::kSkipPhrase) {
        for (long len = 1; len <= static_cast<long>(kMaxSkip) && q + 1 - len >= 0; ++len)
          if (Backward(before, k - 1, q - len, m)) return true;
        continue;
      }
      const size_t len = LengthEndingAt(e, static_cast<size_t>(q));
      if (len > 0 && Backward(before, k - 1, q - static_cast<long>(len), m)) {
        Bind(e, static_cast<size_t>(q + 1 - static_cast<long>(len)), m);
        return true;
      }
    }
    return false;
  }

  // dyad patterns: every word somewhere in the window except the verb.
  bool Unordered(const VerbPattern& p, size_t vf, size_t vl, PatternMatch* m) const {
    for (const std::vector<Element>* list : {&p.before, &p.after})
      for (const Element& e : *list) {
        bool found = false;
        for (size_t q = 0; q < w_.size() && !found; ++q)
          if ((q < vf || q > vl) && LengthAt(e, q) > 0) {
            Bind(e, q, m);
            found = true;
          }
        if (!found) return false;
      }
    // "target=at" needs its preposition in the clause ("fired … at Russia").
    return p.target_case.empty() || HasCase(p.target_case);
  }

  bool HasCase(const std::string& word) const {
    for (int i : w_)
      if (tree_.Rel(i) == "case" && (tree_[i].lemma == word || tree_[i].lower == word)) return true;
    return false;
  }

 private:
  const Lexicon& lex_;
  const Tree& tree_;
  std::span<const int> w_;
  bool exact_forms_ = false;
  bool skip_verbs_ = false;  // PETRARCH-2 patterns (VerbBlock::petrarch2)
  size_t verb_first_ = 0, verb_last_ = 0;
};

bool SameElements(const std::vector<Element>& a, const std::vector<Element>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Element& x, const Element& y) {
    return x.kind == y.kind && x.text == y.text && x.adjacent == y.adjacent;
  });
}

// PETRARCH-2 stores a block's patterns by their words, so of two with the
// same words the later one replaces the earlier ("* &TREATY [031:031]" then
// "* &TREATY [057]" under one verb block: 057).
bool Replaces(const VerbBlock& block, const VerbPattern& later, const VerbPattern& earlier) {
  return block.petrarch2 && SameElements(later.before, earlier.before) && SameElements(later.after, earlier.after);
}

}  // namespace

bool MatchBlock(const Lexicon& lexicon, const Tree& tree, std::span<const int> window, size_t verb_first,
                size_t verb_last, const VerbBlock& block, PatternMatch* best) {
  Matcher matcher(lexicon, tree, window);
  matcher.SkipVerbs(block.petrarch2);
  matcher.Verb(verb_first, verb_last);
  size_t best_size = 0;
  for (const VerbPattern& p : block.patterns) {
    // A required target preposition counts as an element: "042: summit
    // target=in" is more specific than "044: summit".
    const size_t size = p.before.size() + p.after.size() + (p.target_case.empty() ? 0 : 1);
    // PETRARCH-2 matches a pattern's nouns on the heads of the verb's own
    // phrases, so of two patterns alike in size the one nearer the verb
    // wins ("launched attacks during its campaign": ATTACKS, not CAMPAIGN).
    const bool tie = best->pattern != nullptr && size == best_size;
    if (best->pattern != nullptr && size < best_size) continue;
    if (tie && !block.petrarch2) continue;
    PatternMatch m;
    m.pattern = &p;
    matcher.ExactForms(!p.unordered);
    const bool ok = p.unordered ? matcher.Unordered(p, verb_first, verb_last, &m)
                                : matcher.Forward(p.after, 0, verb_last + 1, &m) &&
                                      matcher.Backward(p.before, static_cast<int>(p.before.size()) - 1,
                                                       static_cast<long>(verb_first) - 1, &m);
    if (!ok || (tie && m.reach > best->reach) || (tie && m.reach == best->reach && !Replaces(block, p, *best->pattern)))
      continue;
    *best = m;
    best_size = size;
  }
  return best->pattern != nullptr;
}

}  // namespace dyad::coder
