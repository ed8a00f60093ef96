#include "dyad/langid.h"

namespace dyad {

std::string DocumentLanguage(const Document& doc, std::string_view requested) {
  if (!requested.empty() && requested != "auto") return std::string(requested);
  if (!doc.lang.empty()) return doc.lang;
  LanguageGuess guess = IdentifyLanguage(doc.text);
  return guess.lang == "und" ? "en" : guess.lang;
}

}  // namespace dyad
