// Lemmas of separable verbs. Current UD Dutch writes the particle into the
// verb's lemma ("zette … in" -> in_zetten); a lemmatizer that sees only the
// word cannot know the particle, so the pipeline learns plain verb lemmas
// and joins the particle after parsing, through the compound:prt arc.
#pragma once

#include <vector>

#include "syntax/words.h"

namespace dyad::syntax {

// True when most words with a compound:prt dependent have a lemma that
// starts with the particle's lemma and "_" (the treebank's convention).
bool ParticleJoinedLemmas(const std::vector<Words>& sentences);

// in_zetten -> zetten, for words whose compound:prt dependent is "in".
void SplitParticleLemmas(Words* words);

// zetten -> in_zetten, for words with a compound:prt dependent "in".
void JoinParticleLemmas(Words* words);

}  // namespace dyad::syntax
