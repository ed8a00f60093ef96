// Shared by pipeline.cc (loading) and train.cc (writing): the payload layout
// of a syntax model file, "DYSX" lang tagger lemmatizer parser "END.".
#pragma once

#include <memory>
#include <string>

#include "dyad/syntax.h"
#include "syntax/lemmatizer.h"
#include "syntax/model_io.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad::syntax {

// Bump whenever a change to the training code changes the models it makes:
// the build retrains every model whose stored trainer version differs.
inline constexpr int kSyntaxTrainerVersion = 4;

// How the pipeline combines its components, learned from the training data.
struct PipelineOptions {
  bool join_particles = false;  // verb lemma = particle_lemma (ParticleJoinedLemmas)
};

void WriteComponents(const std::string& lang, const PipelineOptions& options, const Tagger& tagger,
                     const Lemmatizer& lemmatizer, const Parser& parser, ModelWriter* out);
Result<std::shared_ptr<const SyntaxModel>> ReadComponents(const std::string& path, const ModelFile& file);

}  // namespace dyad::syntax
