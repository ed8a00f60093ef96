// Language data for the rule tokenizer, read from lang/<iso>/tokenizer.txt,
// abbreviations.txt and sentence_starters.txt (format: docs/language-data.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::text {

// ASCII-only lowercasing: the keys of the word lists are ASCII or must
// match exactly, and it costs no locale lookup on the hot path.
std::string AsciiLower(std::string_view s);

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// How an abbreviation behaves at a possible sentence end.
enum class AbbrevKind : uint8_t {
  kPlain,  // "o.a.", "e.g.": never ends a sentence inside a paragraph
  kTitle,  // "Mr.", "dhr.", "Jan.": precedes a name, never ends a sentence
  kFinal,  // "etc.", "U.S.", "Inc.": ends one when a sentence starter follows
};

struct TokenizerRules {
  std::string lang;
  std::unordered_map<std::string, AbbrevKind, StringHash, std::equal_to<>> abbreviations;
  bool split_hyphens = false;  // "search-engine" -> search - engine (UD English)
  bool split_slash = false;    // "and/or" -> and / or, digits excepted
  bool split_percent = true;   // "10%" -> 10 %
  bool split_number_units = false;  // "5pm" -> 5 pm, "#1" -> # 1
  bool keep_word_brackets = false;  // "(inter)gemeentelijk" stays one token
  StringSet hyphen_prefixes;   // lowercase prefixes that keep their hyphen
  StringSet hyphen_words;      // lowercase whole words that keep theirs
  // Multi-word tokens: clitic suffixes split off a word ("n't", "'s"), and
  // whole words with a split point ("cannot" -> "can|not"), lowercase keys.
  std::vector<std::string> clitics;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> split_words;
  StringSet apostrophe_words;  // words starting with an apostrophe ("'s", "'t")
  StringSet sentence_starters; // lowercase words that usually open a sentence
  StringSet emoticons;

  // Rules for `lang`; unknown languages get the neutral defaults.
  static TokenizerRules Load(std::string_view lang);
  const AbbrevKind* FindAbbreviation(std::string_view word) const;
};

}  // namespace dyad::text
