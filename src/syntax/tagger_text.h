// UTF-8 helpers shared by the tagger and the lemmatizer: lowercasing into a
// reused buffer, code-point counting and slicing, and word shapes.
//
// Input is assumed to be valid UTF-8 (the readers validate); a malformed
// byte is treated as a one-byte code point, never read past the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/utf8.h"  // Utf8LowerInto, the lowercasing the features use

namespace dyad::syntax {

// True if `text` has an uppercase letter (ASCII or Unicode).
bool HasUpper(std::string_view text);

inline bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Number of code points in `text`.
inline size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsContinuationByte(c);
  return n;
}

// Byte length of the first `k` code points of `text` (all of it if shorter).
inline size_t PrefixBytes(std::string_view text, size_t k) {
  size_t i = 0;
  while (i < text.size() && k > 0) {
    ++i;
    while (i < text.size() && IsContinuationByte(text[i])) ++i;
    --k;
  }
  return i;
}

// Byte length of the last `k` code points of `text` (all of it if shorter).
inline size_t SuffixBytes(std::string_view text, size_t k) {
  size_t i = text.size();
  while (i > 0 && k > 0) {
    --i;
    while (i > 0 && IsContinuationByte(text[i])) --i;
    --k;
  }
  return text.size() - i;
}

inline std::string_view Prefix(std::string_view text, size_t k) { return text.substr(0, PrefixBytes(text, k)); }
inline std::string_view Suffix(std::string_view text, size_t k) {
  return text.substr(text.size() - SuffixBytes(text, k));
}

// Character-class flags of a word, for shape features.
enum WordFlag : uint32_t {
  kHasUpper = 1 << 0,
  kInitialUpper = 1 << 1,
  kAllUpper = 1 << 2,  // has letters, all uppercase
  kHasDigit = 1 << 3,
  kAllDigit = 1 << 4,  // digits with optional , . separators
  kHasHyphen = 1 << 5,
  kHasLetter = 1 << 6,
  kHasPunct = 1 << 7,  // neither letter nor digit
};

// Shape of `text` into `*out`: uppercase -> X, lowercase -> x, digit -> d,
// other characters kept; runs longer than 3 are cut to 3 ("Xxxx" for
// "Hello" is "Xxxx"; "1,234" is "d,ddd"). Also returns the WordFlag set.
uint32_t ShapeInto(std::string_view text, std::string* out);

}  // namespace dyad::syntax
