// Sentence splitting and tokenization with byte offsets.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/status.h"

namespace dyad {

struct Token {
  uint32_t begin = 0;  // byte offsets into the tokenized text: [begin, end)
  uint32_t end = 0;
  bool space_after = true;
  // Syntactic words of a multi-word token ("don't" -> "do", "n't"); empty
  // when the token is a single word.
  std::vector<std::string> words;
};

struct Sentence {
  uint32_t begin = 0;  // byte span of the sentence in the text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

// Language-specific tokenizer. Immutable after construction, so one instance
// may be shared by threads.
class Tokenizer {
 public:
  // Languages with their own data in lang/<iso>/ ("nl", "en", "de", "es");
  // any other code gets the language-neutral rules.
  static Result<std::shared_ptr<const Tokenizer>> ForLanguage(std::string_view lang);

  virtual ~Tokenizer() = default;
  virtual const std::string& lang() const = 0;
  // Appends the sentences of `text` (valid UTF-8, at most 4 GiB) to `out`.
  // Blank lines always end a sentence; single newlines are spaces.
  virtual void Tokenize(std::string_view text, std::vector<Sentence>* out) const = 0;
};

// CoNLL-U for tokenized text: "# sent_id = <doc_id>-<n>" and "# text" per
// sentence, one row per token (a range row plus word rows for multi-word
// tokens), SpaceAfter=No and TokenRange=BEGIN:END (byte offsets into `text`)
// in MISC; the annotation columns are "_".
std::vector<conllu::Sentence> ToConllu(std::string_view doc_id, std::string_view text,
                                       const std::vector<Sentence>& sentences);

}  // namespace dyad
