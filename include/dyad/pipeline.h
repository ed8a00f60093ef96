// Text to annotated sentences: the tokenizer and syntax model of each
// language, loaded on first use. Used by `dyad parse`, `dyad code` and
// everything that starts from raw documents.
//
// Not thread-safe (models are loaded lazily); use one Analyzer per thread,
// the loaded models themselves are shared read-only.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/syntax.h"
#include "dyad/tokenizer.h"

namespace dyad {

class Analyzer {
 public:
  // `model_path`: one model file for every language; "" = the model of each
  // document's language from ModelDirectory().
  explicit Analyzer(std::string model_path = "") : model_path_(std::move(model_path)) {}

  // The model for `lang`; a load failure is returned every time it is asked
  // again, without retrying.
  Result<const SyntaxModel*> Model(const std::string& lang);
  const Tokenizer& Tokens(const std::string& lang);

  // Splits, tokenizes and annotates `text` as document `doc_id` in `lang`.
  Result<std::vector<conllu::Sentence>> Analyze(std::string_view doc_id, std::string_view text,
                                                const std::string& lang);

 private:
  std::string model_path_;
  std::map<std::string, Result<std::shared_ptr<const SyntaxModel>>> models_;
  std::map<std::string, std::shared_ptr<const Tokenizer>> tokenizers_;
};

}  // namespace dyad
