// The date a sentence's events get: its own time expression, or the time the
// text before it set (docs/dates.md, "Sentences without a time expression").
#pragma once

#include <set>
#include <string>

#include "coder/dates.h"
#include "coder/tree.h"
#include "dyad/coder.h"

namespace dyad::coder {

// The tense of the finite verb of the sentence's main clause. A perfect
// ("heeft aangenomen", "is afgetreden", "has said") reports the past, so it
// is kPast; a present passive or modal ("wordt gecontroleerd", "willen
// praten") is kPresent. kUnknown when the main clause has no finite verb.
Tense MainClauseTense(const Tree& t);

// The time a document's text has set: the last time expression's date and
// the sentence it was in.
struct SetTime {
  Date date;
  size_t sentence = 0;
};

// A paragraph continues a time over at most this many sentences after the
// one that set it: text without paragraph breaks (the DPG Media articles are
// one line each) would otherwise carry a date through a whole article.
inline constexpr size_t kMaxCarriedSentences = 3;

// The date of sentence `i` of `in`. Its own time expression governs and
// becomes *set. Without one it continues set->date within its paragraph (up
// to kMaxCarriedSentences on), or after a `sequels` word ("toen", "later"),
// unless the main clause is in the present tense and that time is before the
// document: a present-tense sentence speaks of the time of the report.
// Otherwise it is the document's date.
Date SentenceDate(const Tree& t, const CodingInput& in, size_t i, const std::set<std::string>& sequels,
                  SetTime* set);

}  // namespace dyad::coder
