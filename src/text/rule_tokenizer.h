// The rule tokenizer: whitespace chunks split into tokens by punctuation,
// abbreviation, hyphen and clitic rules, then grouped into sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/tokenizer.h"
#include "text/tokenizer_rules.h"

namespace dyad::text {

enum PieceFlag : uint16_t {
  kFinalPunct = 1 << 0,  // a run of . ! ? …
  kCloser = 1 << 1,      // a closing quote or bracket
  kOpener = 1 << 2,      // an opening quote or bracket
  kAbbrev = 1 << 3,      // a word that kept its final period
  kParaBefore = 1 << 4,  // a blank line precedes the token
  kNoSplit = 1 << 5,     // URL, e-mail, emoticon: one token whatever it holds
};

// A token before sentence grouping.
struct Piece {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint16_t flags = 0;
  AbbrevKind abbrev = AbbrevKind::kPlain;
  uint16_t split = 0;  // >0: multi-word token, first word is [begin, begin+split)
};

class RuleTokenizer final : public Tokenizer {
 public:
  explicit RuleTokenizer(TokenizerRules rules) : rules_(std::move(rules)) {}
  const std::string& lang() const override { return rules_.lang; }
  void Tokenize(std::string_view text, std::vector<Sentence>* out) const override;

  // Exposed for tests: the token pieces of `text` before sentence grouping.
  void Split(std::string_view text, std::vector<Piece>* pieces) const;
  // Indices of pieces that start a sentence (always including 0 if any).
  std::vector<size_t> SentenceStarts(std::string_view text, const std::vector<Piece>& pieces) const;

 private:
  const TokenizerRules rules_;
};

}  // namespace dyad::text
