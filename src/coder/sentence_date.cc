// SentenceDate: a sentence's own time expression, or the one before it it
// continues; MainClauseTense reads the tense from the parse's features.
#include "coder/sentence_date.h"

#include <string_view>
#include <vector>

namespace dyad::coder {

namespace {

bool Has(const Token& t, std::string_view feature) { return t.feats.find(feature) != std::string::npos; }

// Is there a blank line between sentence i-1 and sentence i?
bool NewParagraph(const CodingInput& in, size_t i) {
  if (i == 0) return true;
  const size_t from = conllu::ByteRange(in.sentences[i - 1]).second, to = conllu::ByteRange(in.sentences[i]).first;
  const std::string& text = in.document->text;
  if (to <= from || to > text.size()) return false;
  const std::string_view gap = std::string_view(text).substr(from, to - from);
  const size_t nl = gap.find('\n');
  return nl != std::string_view::npos && gap.find('\n', nl + 1) != std::string_view::npos;
}

// The finite word of the clause headed by `v`: `v` itself or one of its
// auxiliaries or its copula; -1 if none.
int FiniteWord(const Tree& t, int v) {
  if (Has(t[v], "VerbForm=Fin")) return v;
  for (int c : t.children(v))
    if ((t.Rel(c) == "aux" || t.Rel(c) == "cop") && Has(t[c], "VerbForm=Fin")) return c;
  return -1;
}

// A perfect auxiliary before a participle: "heeft/is … aangenomen", "has said".
bool IsPerfect(const Tree& t, int finite, int v) {
  return finite != v && Has(t[v], "VerbForm=Part") && t.words().perfect_aux.contains(t[finite].lemma);
}

// Does period `a` end before the day or period `doc` begins? (2018 and
// 2019-02 are before 2019-03-25; 2019-03 is not.)
bool EndsBefore(const Date& a, const Date& doc) {
  if (a.year != doc.year || a.month == 0 || doc.month == 0) return a.year < doc.year;
  if (a.month != doc.month || a.day == 0 || doc.day == 0) return a.month < doc.month;
  return a.day < doc.day;
}

}  // namespace

Tense MainClauseTense(const Tree& t) {
  for (size_t v = 0; v < t.size(); ++v) {
    if (t[v].head != -1) continue;
    const int f = FiniteWord(t, static_cast<int>(v));
    if (f < 0) return Tense::kUnknown;
    if (Has(t[f], "Tense=Past") || IsPerfect(t, f, static_cast<int>(v))) return Tense::kPast;
    return Has(t[f], "Tense=Pres") ? Tense::kPresent : Tense::kUnknown;
  }
  return Tense::kUnknown;
}

Date SentenceDate(const Tree& t, const CodingInput& in, size_t i, const std::set<std::string>& sequels,
                  SetTime* set) {
  const Date& doc = in.document->date;
  const Tense tense = MainClauseTense(t);
  std::vector<std::string_view> words;
  words.reserve(t.size());
  for (size_t k = 0; k < t.size(); ++k) words.push_back(t[k].lower);
  if (std::optional<Date> own = FindEventDate(words, in.lang, doc, tense)) {
    *set = {*own, i};
    return *own;
  }
  if (!set->date.known() || (tense == Tense::kPresent && EndsBefore(set->date, doc))) return doc;
  if (!NewParagraph(in, i) && i - set->sentence <= kMaxCarriedSentences) return set->date;
  for (size_t k = 0; k < t.size(); ++k)
    if (sequels.count(t[k].lower) > 0) return set->date;
  return doc;
}

}  // namespace dyad::coder
