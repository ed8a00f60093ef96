// Conversions of older treebank releases to the conventions of the current
// ones, so that mixed training data teaches one annotation scheme. Used by
// recipes ("train FILE convert=nl-ud2017"); see docs/syntax.md.
#pragma once

#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/words.h"

namespace dyad::syntax {

// Known schemes:
//   nl-ud2017  Dutch UD 2.0/2.1 (LassySmall and Alpino releases of 2017) ->
//              current UD Dutch: possessive determiners become PRON with
//              nmod:poss and Poss=Yes; flat:name -> flat; "als" as marker is
//              SCONJ; a passive's "door" phrase is obl:agent; cc and the
//              commas between conjuncts attach to the following conjunct;
//              a separable verb's lemma includes its particle (in_zetten);
//              ordinals (eerste, tweede) are ADJ with amod; punctuation
//              attaches to the phrase it delimits, not to the root;
//              "moeten" is an auxiliary; "willen", "gaan", copular
//              "worden", "blijven" … are main verbs with an xcomp.
// Unknown schemes are an error.
Status Harmonize(std::string_view scheme, std::vector<Words>* sentences);

}  // namespace dyad::syntax
