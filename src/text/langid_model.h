// The function-word model behind IdentifyLanguage (src/text/langid.cc).
//
// A unigram model over the few hundred most frequent words of each modelled
// language, read from the hand-written lists lang/<iso>/function_words.txt
// (compiled into the binary). A word of rank r in a list gets the Zipf
// probability kZipfA / (r + kZipfK); a listed word that is missing from
// another language's list gets kAbsentProb there. Words that are in no list
// are ignored, so names and content words neither help nor hurt: they are
// left to CLD2's character statistics.
//
// Function words settle what CLD2 gets wrong on sentences: Dutch sentences
// that CLD2 labels Afrikaans, or English because of a few English names,
// almost always contain "de", "het", "een", "van", "werd"...
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>

namespace dyad::langid {

// The languages with a word list. Afrikaans, Italian and Portuguese are
// modelled only so that their neighbours (Dutch, Spanish/French) are not
// chosen for them; see docs/langid.md. English comes first: a text with no
// evidence at all that still gets an answer gets CLD2's own default.
inline constexpr size_t kNumModelLanguages = 8;
inline constexpr std::array<std::string_view, kNumModelLanguages> kModelLanguages = {
    "en", "nl", "de", "es", "fr", "it", "pt", "af"};

// Index of `iso` in kModelLanguages, or -1.
int ModelIndex(std::string_view iso);

struct WordEvidence {
  // Sum over matched words of log p_L(word), per kModelLanguages index.
  std::array<double, kNumModelLanguages> log_likelihood{};
  // Matched words that are in language L's own list.
  std::array<int, kNumModelLanguages> hits{};
  int words = 0;      // words seen (URLs, e-mail addresses, initials skipped)
  int lowercase = 0;  // words that start with a lowercase letter
  int matched = 0;    // words (or parts of words) found in some list
};

struct Word {
  std::string_view text;  // lowercased
  bool lowercase = false;  // its first letter was lowercase in the text
};

// Scores every word of `text`. Never fails: invalid UTF-8 bytes are skipped.
WordEvidence ScoreWords(std::string_view text);

// Calls `fn` with each word of `text`, lowercased, with typographic
// apostrophes folded to '\''. Words are letters joined by internal hyphens
// or apostrophes, with an optional leading or trailing apostrophe ("'t",
// "l'", "paria's"). Whitespace-separated chunks that look like URLs, paths
// or e-mail addresses ('@', '/', or a '.' followed by a letter or digit) are
// skipped, and so is a single capital letter (an initial, "U P D A T E D")
// unless it is a chunk of its own followed by a lowercase word ("I think",
// "A man", "O governo").
void ForEachWord(std::string_view text, const std::function<void(const Word&)>& fn);

}  // namespace dyad::langid
