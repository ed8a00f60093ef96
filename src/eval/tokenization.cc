// Scoring the tokenizer against a treebank's gold tokens and sentences.
#include "dyad/eval.h"

namespace dyad::eval {
namespace {

// The evaluator insists on a well-formed tree; tokenizer output has none, so
// each sentence gets a flat one (word 1 the root, the rest its dependents).
// Attachment scores of this tree are not reported.
void AddPlaceholderTree(std::vector<conllu::Sentence>* sentences) {
  for (conllu::Sentence& s : *sentences) {
    for (conllu::Row& row : s.rows) {
      if (row.kind != conllu::Row::Kind::kWord) continue;
      row.head = row.start == 1 ? "0" : "1";
      row.deprel = row.start == 1 ? "root" : "dep";
    }
  }
}

}  // namespace

Result<Scores> EvaluateTokenizer(const std::vector<conllu::Sentence>& gold, const Tokenizer& tokenizer) {
  const std::string raw = conllu::RawText(gold);
  std::vector<Sentence> sentences;
  tokenizer.Tokenize(raw, &sentences);
  std::vector<conllu::Sentence> system = ToConllu("system", raw, sentences);
  AddPlaceholderTree(&system);
  return EvaluateConllu(gold, system);
}

}  // namespace dyad::eval
