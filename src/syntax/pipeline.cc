// SyntaxModel: the tagger, lemmatizer and parser of one language in one file.
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "dyad/syntax.h"
#include "syntax/lemmatizer.h"
#include "syntax/model_io.h"
#include "syntax/parser.h"
#include "syntax/particles.h"
#include "syntax/pipeline_internal.h"
#include "syntax/tagger.h"
#include "syntax/words.h"
#include "util/utf8.h"

#ifndef DYAD_MODELS_DEFAULT
#define DYAD_MODELS_DEFAULT "models"
#endif

namespace dyad {
namespace syntax {
namespace {

class Model final : public SyntaxModel {
 public:
  Model(std::string lang, std::string metadata, PipelineOptions options, Tagger tagger, Lemmatizer lemmatizer,
        Parser parser)
      : lang_(std::move(lang)),
        metadata_(std::move(metadata)),
        options_(options),
        tagger_(std::move(tagger)),
        lemmatizer_(std::move(lemmatizer)),
        parser_(std::move(parser)) {}

  const std::string& lang() const override { return lang_; }
  const std::string& metadata() const override { return metadata_; }

  void Annotate(conllu::Sentence* sentence) const override { Annotate(std::span<conllu::Sentence>(sentence, 1)); }

  void Annotate(std::span<conllu::Sentence> sentences) const override {
    thread_local std::vector<Words> batch;
    batch.resize(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) batch[i] = FromConllu(sentences[i]);
    for (Words& w : batch) tagger_.Tag(&w, /*word_hyphens=*/true, /*finite_verb=*/true);
    for (Words& w : batch) lemmatizer_.Lemmatize(&w);
    for (Words& w : batch) parser_.Parse(&w);
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (options_.join_particles) JoinParticleLemmas(&batch[i]);
      if (!batch[i].empty()) ToConllu(batch[i], &sentences[i]);
    }
  }

 private:
  std::string lang_, metadata_;
  PipelineOptions options_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

}  // namespace

void WriteComponents(const std::string& lang, const PipelineOptions& options, const Tagger& tagger,
                     const Lemmatizer& lemmatizer, const Parser& parser, ModelWriter* out) {
  out->Tag("DYSX");
  out->Str(lang);
  out->U8(options.join_particles ? 1 : 0);
  tagger.Save(out);
  lemmatizer.Save(out);
  parser.Save(out);
  out->Tag("END.");
}

Result<std::shared_ptr<const SyntaxModel>> ReadComponents(const std::string& path, const ModelFile& file) {
  ModelReader in(file.payload);
  in.Tag("DYSX");
  std::string lang = in.Str();
  PipelineOptions options;
  options.join_particles = in.U8() != 0;
  auto tagger = Tagger::Load(&in);
  if (!tagger.ok()) return Status::Corrupt(path + ": tagger: " + tagger.status().message());
  auto lemmatizer = Lemmatizer::Load(&in);
  if (!lemmatizer.ok()) return Status::Corrupt(path + ": lemmatizer: " + lemmatizer.status().message());
  auto parser = Parser::Load(&in);
  if (!parser.ok()) return Status::Corrupt(path + ": parser: " + parser.status().message());
  in.Tag("END.");
  if (!in.ok() || !in.at_end()) return Status::Corrupt(path + ": trailing or missing model sections");
  return std::shared_ptr<const SyntaxModel>(std::make_shared<Model>(
      std::move(lang), file.metadata, options, std::move(*tagger), std::move(*lemmatizer), std::move(*parser)));
}

}  // namespace syntax

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::Load(const std::string& path) {
  auto file = syntax::ReadModelFile(path);
  if (!file.ok()) return file.status();
  auto meta = nlohmann::json::parse(file->metadata, nullptr, false);
  if (meta.is_discarded() || !meta.is_object() || meta.value("kind", "") != "syntax") {
    return Status::Corrupt(path + ": not a dyad syntax model (metadata kind is not \"syntax\")");
  }
  return syntax::ReadComponents(path, *file);
}

std::string ModelDirectory() {
  const char* env = std::getenv("DYAD_MODELS");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string(DYAD_MODELS_DEFAULT);
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::ForLanguage(std::string_view lang) {
  std::string path = ModelDirectory() + "/" + std::string(lang) + ".dyadmodel";
  auto model = Load(path);
  if (!model.ok() && model.status().code() == Code::kNotFound) {
    return Status::NotFound("no syntax model for language '" + std::string(lang) + "': " +
                            model.status().message() + " (build it with `make models`, or set DYAD_MODELS)");
  }
  return model;
}

std::string PhrasalLemma(const conllu::Sentence& sentence, size_t word, std::string_view lang) {
  return PhrasalLemma(sentence.Words(), word, lang);
}

std::string PhrasalLemma(std::span<const conllu::Row* const> words, size_t word, std::string_view lang) {
  if (word >= words.size()) return "";
  std::string lemma = words[word]->lemma == "_" ? words[word]->form : words[word]->lemma;
  const bool join = lang == "nl" || lang == "de" || lang == "af";
  const std::string head = std::to_string(word + 1);
  for (const conllu::Row* w : words) {
    if (w->head != head || w->deprel != "compound:prt") continue;
    std::string particle = Utf8Lower(w->lemma == "_" ? w->form : w->lemma);
    if (!join) {
      lemma += " " + particle;
    } else if (lemma.rfind(particle + "_", 0) == 0) {  // UD Dutch writes in_zetten
      lemma.erase(particle.size(), 1);
    } else if (lemma.rfind(particle, 0) != 0) {
      lemma.insert(0, particle);
    }
  }
  return lemma;
}

}  // namespace dyad
