// The texts the benchmarks run on, read once from DYAD_DATA; empty when the
// data is missing (benchmarks then skip with a message).
#pragma once

#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/data.h"
#include "dyad/reader.h"

namespace dyad::bench {

// The texts of the Dutch news corpus, one per article.
inline const std::vector<std::string>& DutchCorpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    Result<std::string> path = DataPath("corpora/nl/dpgmedia2019-articles.jsonl");
    if (!path.ok()) return out;
    ReadDocuments({*path}, {}, [&](Document&& d) { out.push_back(std::move(d.text)); }, [](const Diagnostic&) {});
    return out;
  }();
  return texts;
}

// The raw text of the UD English-EWT test set (as the CoNLL 2018 task
// rebuilt it), as one text.
inline const std::vector<std::string>& EnglishEwtText() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    Result<std::string> path = DataPath("ud/en_ewt/en_ewt-ud-test.conllu");
    if (!path.ok()) return out;
    auto sents = conllu::ReadFile(*path);
    if (sents.ok()) out.push_back(conllu::RawText(*sents));
    return out;
  }();
  return texts;
}

}  // namespace dyad::bench
