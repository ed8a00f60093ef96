#include "dyad/pipeline.h"

namespace dyad {

Result<const SyntaxModel*> Analyzer::Model(const std::string& lang) {
  auto it = models_.find(lang);
  if (it == models_.end()) {
    auto model = model_path_.empty() ? SyntaxModel::ForLanguage(lang) : SyntaxModel::Load(model_path_);
    it = models_.emplace(lang, std::move(model)).first;
  }
  if (!it->second.ok()) return it->second.status();
  return it->second->get();
}

const Tokenizer& Analyzer::Tokens(const std::string& lang) {
  auto it = tokenizers_.find(lang);
  // ForLanguage falls back to language-neutral rules, so it cannot fail.
  if (it == tokenizers_.end()) it = tokenizers_.emplace(lang, Tokenizer::ForLanguage(lang).value()).first;
  return *it->second;
}

Result<std::vector<conllu::Sentence>> Analyzer::Analyze(std::string_view doc_id, std::string_view text,
                                                        const std::string& lang) {
  Result<const SyntaxModel*> model = Model(lang);
  if (!model.ok()) return model.status();
  std::vector<Sentence> sentences;
  Tokens(lang).Tokenize(text, &sentences);
  std::vector<conllu::Sentence> out = ToConllu(doc_id, text, sentences);
  (*model)->Annotate(std::span<conllu::Sentence>(out));
  return out;
}

}  // namespace dyad
