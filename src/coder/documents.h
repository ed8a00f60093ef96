// Documents that name no author speak for the place they were issued in:
// "a statement issued in Pyongyang said …", "a report released in the
// Rwandan capital alleged …", "een in Teheran verspreide verklaring". News
// writes the place for the country whose authorities issued it. The words
// are language data (lang/<iso>/coder.txt: document-noun, issue-verb,
// issue-place; docs/dictionary-format.md).
#pragma once

#include "coder/tree.h"

namespace dyad::coder {

// Who issued the document noun `n`, as the head of the phrase naming it:
// the agent of its issuing clause ("released in Geneva by Human Rights
// Watch", "which Rwanda published": *place false) or, with none, the place
// the clause says it was issued in ("issued in Pyongyang": *place true).
// -1 when `n` is no document noun or has no issuing clause naming either.
// The caller checks that `n` names no actor of its own ("a UN report").
int IssuerOf(const Tree& t, int n, bool* place);

}  // namespace dyad::coder
