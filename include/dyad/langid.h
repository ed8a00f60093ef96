// Language identification for documents and sentences.
//
// CLD2 (Debian's libcld2) weighs character statistics; a function-word model
// written for nl, en, de, es, fr (and it, pt, af, to keep their neighbours
// apart) arbitrates when CLD2 is fooled by short text, names or a close
// language. Method and measured accuracy: docs/langid.md.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct LanguageGuess {
  std::string lang;       // ISO 639-1 ("nl", "en", …), 639-2/3 where CLD2
                          // knows no 639-1 code ("haw"), or "und"
  double confidence = 0;  // 0..1
  bool reliable = false;
};

struct LangIdOptions {
  // When non-empty, the answer is one of these ISO codes, or "und".
  std::vector<std::string> candidates;
  // The language of the surrounding document ("" if unknown), for
  // per-sentence use: it tips short, ambiguous sentences (lists of names,
  // titles) towards the document's language without overriding clear
  // evidence for another one, such as a quoted English sentence.
  std::string context;
  // For measurement only: CLD2's own best-effort answer, without the
  // function-word model (candidates still apply).
  bool cld2_only = false;
};

// Thread-safe and stateless. Text should be valid UTF-8; invalid bytes are
// ignored, not fatal. Only the first 1 MiB is looked at. Empty text, text
// without letters and text that neither model recognises give "und".
LanguageGuess IdentifyLanguage(std::string_view text);
LanguageGuess IdentifyLanguage(std::string_view text, const LangIdOptions& options);

// Accuracy of IdentifyLanguage on the sentences ("# text = " lines) of a
// CoNLL-U treebank whose language is `lang`. A sentence counts if it has at
// least `min_words` whitespace-separated words; an answer other than `lang`
// ("und" included) is wrong.
struct LangIdEvaluation {
  size_t total = 0;
  size_t correct = 0;
  std::map<std::string, size_t> predicted;                 // answer -> sentences
  std::vector<std::pair<std::string, std::string>> errors;  // (answer, sentence)
  double accuracy() const { return total == 0 ? 0.0 : static_cast<double>(correct) / total; }
};
Result<LangIdEvaluation> EvaluateLangIdConllu(const std::string& path, std::string_view lang,
                                              size_t min_words,
                                              const LangIdOptions& options = {});

// The language to process a document in: `requested` unless it is "auto" or
// empty; else the document's declared language; else the identified one;
// "en" when identification fails.
std::string DocumentLanguage(const Document& doc, std::string_view requested);

}  // namespace dyad
