#include "syntax/words.h"

#include <charconv>

namespace dyad::syntax {
namespace {

std::string Column(const std::string& v) { return v == "_" ? std::string() : v; }
std::string Cell(const std::string& v) { return v.empty() ? std::string("_") : v; }

int Head(const std::string& v) {
  int head = -1;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), head);
  return ec == std::errc() && p == v.data() + v.size() ? head : -1;
}

}  // namespace

Words FromConllu(const conllu::Sentence& sentence) {
  Words words;
  const conllu::Row* range = nullptr;  // the multiword token being read, if any
  for (const conllu::Row& row : sentence.rows) {
    if (row.kind == conllu::Row::Kind::kMultiword) range = &row;
    if (row.kind != conllu::Row::Kind::kWord) continue;
    if (range != nullptr && row.start > range->end) range = nullptr;
    Word& w = words.emplace_back();
    w.space_after = range == nullptr ? row.SpaceAfter() : row.start == range->end && range->SpaceAfter();
    w.form = row.form;  // "_" is a legitimate form (an underscore token)
    w.lemma = Column(row.lemma);
    w.upos = Column(row.upos);
    w.xpos = Column(row.xpos);
    w.feats = Column(row.feats);
    w.deprel = Column(row.deprel);
    w.head = Head(row.head);
  }
  return words;
}

void ToConllu(const Words& words, conllu::Sentence* sentence) {
  size_t i = 0;
  for (conllu::Row& row : sentence->rows) {
    if (row.kind != conllu::Row::Kind::kWord || i >= words.size()) continue;
    const Word& w = words[i++];
    row.lemma = w.lemma.empty() && w.form == "_" ? "_" : Cell(w.lemma);
    row.upos = Cell(w.upos);
    row.xpos = Cell(w.xpos);
    row.feats = Cell(w.feats);
    row.head = w.head < 0 ? "_" : std::to_string(w.head);
    row.deprel = Cell(w.deprel);
  }
}

}  // namespace dyad::syntax
