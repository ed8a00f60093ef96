// Tokenizer output as CoNLL-U sentences.
#include <string>

#include "dyad/tokenizer.h"

namespace dyad {
namespace {

// "# text" must be one line: newlines and tabs inside a sentence become spaces.
std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

conllu::Row MakeRow(int start, int end, std::string form) {
  conllu::Row row;
  row.kind = start == end ? conllu::Row::Kind::kWord : conllu::Row::Kind::kMultiword;
  row.start = start;
  row.end = end;
  row.id = start == end ? std::to_string(start) : std::to_string(start) + "-" + std::to_string(end);
  row.form = std::move(form);
  row.lemma = row.upos = row.xpos = row.feats = row.head = row.deprel = row.deps = row.misc = "_";
  return row;
}

std::string TokenMisc(const Token& t) {
  std::string misc;
  if (!t.space_after) misc = "SpaceAfter=No|";
  return misc + "TokenRange=" + std::to_string(t.begin) + ":" + std::to_string(t.end);
}

void AddToken(std::string_view text, const Token& t, int* next_id, conllu::Sentence* out) {
  std::string form(text.substr(t.begin, t.end - t.begin));
  if (t.words.empty()) {
    conllu::Row& row = out->rows.emplace_back(MakeRow(*next_id, *next_id, std::move(form)));
    row.misc = TokenMisc(t);
    ++*next_id;
    return;
  }
  const int last = *next_id + static_cast<int>(t.words.size()) - 1;
  out->rows.emplace_back(MakeRow(*next_id, last, std::move(form))).misc = TokenMisc(t);
  for (const std::string& w : t.words) {
    out->rows.emplace_back(MakeRow(*next_id, *next_id, w));
    ++*next_id;
  }
}

}  // namespace

std::vector<conllu::Sentence> ToConllu(std::string_view doc_id, std::string_view text,
                                       const std::vector<Sentence>& sentences) {
  std::vector<conllu::Sentence> out;
  out.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    conllu::Sentence& c = out.emplace_back();
    c.comments.push_back("# sent_id = " + std::string(doc_id) + "-" + std::to_string(i + 1));
    c.comments.push_back("# text = " + OneLine(text.substr(s.begin, s.end - s.begin)));
    int next_id = 1;
    for (const Token& t : s.tokens) AddToken(text, t, &next_id, &c);
  }
  return out;
}

}  // namespace dyad
