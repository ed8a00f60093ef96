// Documents that name no author speak for the place they were issued in:
// "a statement issued in Pyongyang said …", "a report released in the
// Rwandan capital alleged …", "een in Teheran verspreide verklaring". News
// writes the place for the country whose authorities issued it. The words
// are language data (lang/<iso>/coder.txt: document-noun, issue-verb,
// issue-place, capital-noun; seats in lang/<iso>/places.txt;
// docs/dictionary-format.md).
#pragma once

#include "coder/actors.h"
#include "coder/tree.h"

namespace dyad::coder {

// Who issued the document noun `n`, as the head of the phrase naming it:
// the agent of its issuing clause ("released in Geneva by Human Rights
// Watch", "which Rwanda published": *place false) or, with none, the place
// the clause says it was issued in ("issued in Pyongyang": *place true).
// -1 when `n` is no document noun or has no issuing clause naming either.
// The caller checks that `n` names no actor of its own ("a UN report").
int IssuerOf(const Tree& t, int n, bool* place);

// Does the place phrase headed by `p`, resolved to `a`, name a capital or
// seat of power, which news writes for its country's voice: a capital
// noun its country's adjective names ("the Rwandan capital", `capital-noun`)
// or a dictionary seat ("Pyongyang", "the Kremlin": `actor CODE seat:`)?
// Other places (Geneva, New York, Texas) say where a document appeared,
// not who issued it.
bool IsSeat(const Tree& t, int p, const ActorRef& a);

}  // namespace dyad::coder
