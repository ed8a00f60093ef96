// Language identification for documents and sentences.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

struct LanguageGuess {
  std::string lang;       // ISO 639-1 ("nl", "en", …) or "und"
  double confidence = 0;  // 0..1
  bool reliable = false;
};

// Thread-safe and stateless. Text must be valid UTF-8.
LanguageGuess IdentifyLanguage(std::string_view text);

}  // namespace dyad
