// Character classes for the tokenizer: a byte table for ASCII and ICU's
// general categories beyond it. Input is assumed to be valid UTF-8 (the
// readers validate); malformed bytes decode as U+FFFD and count as symbols.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::text {

enum CharClass : uint8_t {
  kSpace = 1 << 0,
  kNewline = 1 << 1,
  kUpper = 1 << 2,
  kLower = 1 << 3,
  kOtherLetter = 1 << 4,  // letters without case (CJK, …) and marks
  kDigit = 1 << 5,
  kPunct = 1 << 6,
  kSymbol = 1 << 7,
};
constexpr uint8_t kLetter = kUpper | kLower | kOtherLetter;
constexpr uint8_t kAlnum = kLetter | kDigit;

char32_t DecodeAtSlow(std::string_view text, size_t i, int* len);
char32_t DecodeBeforeSlow(std::string_view text, size_t i, int* len);
uint8_t UnicodeClass(char32_t c);
extern const uint8_t kAsciiClass[128];

// Decodes the code point at text[i]; sets *len to its byte length (>= 1).
inline char32_t DecodeAt(std::string_view text, size_t i, int* len) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return DecodeAtSlow(text, i, len);
}

// Decodes the code point that ends just before text[i] (i > 0).
inline char32_t DecodeBefore(std::string_view text, size_t i, int* len) {
  const auto b = static_cast<unsigned char>(text[i - 1]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return DecodeBeforeSlow(text, i, len);
}

inline uint8_t ClassOf(char32_t c) { return c < 128 ? kAsciiClass[c] : UnicodeClass(c); }

// Quotation marks and brackets that open / close a span. ASCII '"' and '\''
// are both: the tokenizer decides by position.
bool IsOpening(char32_t c);
bool IsClosing(char32_t c);
bool IsQuote(char32_t c);
bool IsApostrophe(char32_t c);  // ' and ’ (U+2019), as used inside words
bool IsDash(char32_t c);        // - – — and friends
// . ! ? … and their full-width/ideographic forms.
bool IsSentenceFinal(char32_t c);

}  // namespace dyad::text
