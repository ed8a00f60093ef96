// Event records: facts from the ontology, de-duplication.
#pragma once

#include <vector>

#include "dyad/coder.h"

namespace dyad::coder {

// Root, QuadClass (GDELT convention), Goldstein and PLOVER mapping of
// event->code; unknown codes keep zeros and empty strings.
void FillCodeFacts(Event* event);

// Drops repeats of (source, target, code, date) within a document, keeping
// the first (its evidence), in order.
void Deduplicate(std::vector<Event>* events);

}  // namespace dyad::coder
