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

// The date of sentence `i` of `in`. Its own time expression governs and
// becomes *last_explicit. Without one it continues *last_explicit within its
// paragraph, or after a `sequels` word ("toen", "later"), unless the main
// clause is in the present tense and that time is before the document: a
// present-tense sentence speaks of the time of the report. Otherwise it is
// the document's date.
Date SentenceDate(const Tree& t, const CodingInput& in, size_t i, const std::set<std::string>& sequels,
                  Date* last_explicit);

}  // namespace dyad::coder
