#include "text/chars.h"

#include <unicode/uchar.h>

#include <array>

namespace dyad::text {
namespace {

constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') t[c] = kSpace;
    else if (c == '\n') t[c] = kSpace | kNewline;
    else if (c >= 'A' && c <= 'Z') t[c] = kUpper;
    else if (c >= 'a' && c <= 'z') t[c] = kLower;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c < 32 || c == 127) t[c] = kSymbol;
    else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
             c == '`' || c == '|' || c == '~') t[c] = kSymbol;
    else t[c] = kPunct;
  }
  return t;
}
constexpr std::array<uint8_t, 128> kAscii = MakeAsciiTable();

}  // namespace

const uint8_t kAsciiClass[128] = {
#define R(i) kAscii[i], kAscii[i + 1], kAscii[i + 2], kAscii[i + 3]
    R(0),  R(4),  R(8),  R(12),  R(16),  R(20),  R(24),  R(28),  R(32),  R(36),  R(40),
    R(44), R(48), R(52), R(56),  R(60),  R(64),  R(68),  R(72),  R(76),  R(80),  R(84),
    R(88), R(92), R(96), R(100), R(104), R(108), R(112), R(116), R(120), R(124)
#undef R
};

uint8_t UnicodeClass(char32_t c) {
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return kSpace | kNewline;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER: return kUpper;
    case U_LOWERCASE_LETTER: return kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK: return kOtherLetter;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER: return kDigit;
    case U_SPACE_SEPARATOR: return kSpace;
    case U_FORMAT_CHAR: return c == 0xFEFF || c == 0x200B ? kSpace : kOtherLetter;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: return kPunct;
    default: return kSymbol;
  }
}

char32_t DecodeAtSlow(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  unsigned char b = p[0];
  if (b < 0x80) { *len = 1; return b; }
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (n == 0 || static_cast<size_t>(n) > left) { *len = 1; return 0xFFFD; }
  char32_t c = b & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    if ((p[k] & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
    c = (c << 6) | (p[k] & 0x3F);
  }
  *len = n;
  return c;
}

char32_t DecodeBeforeSlow(std::string_view s, size_t i, int* len) {
  size_t j = i - 1;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (j > 0 && i - j < 4 && (p[j] & 0xC0) == 0x80) --j;
  int n = 0;
  char32_t c = DecodeAt(s, j, &n);
  if (j + n != i) { *len = 1; return 0xFFFD; }
  *len = n;
  return c;
}

bool IsOpening(char32_t c) {
  switch (c) {
    case '(': case '[': case '{': case '"': case '\'': case '`':
    case 0x201E: case 0x201C: case 0x2018: case 0x201A: case 0xAB: case 0x2039:
    case 0xBF: case 0xA1: return true;
    default: return c >= 128 && u_charType(static_cast<UChar32>(c)) == U_START_PUNCTUATION;
  }
}

bool IsClosing(char32_t c) {
  switch (c) {
    case ')': case ']': case '}': case '"': case '\'':
    case 0x201D: case 0x2019: case 0x201C: case 0xBB: case 0x203A: return true;
    default: return c >= 128 && u_charType(static_cast<UChar32>(c)) == U_END_PUNCTUATION;
  }
}

bool IsQuote(char32_t c) {
  switch (c) {
    case '"': case '\'': case '`': case 0x201E: case 0x201C: case 0x201D: case 0x2018:
    case 0x2019: case 0x201A: case 0xAB: case 0xBB: case 0x2039: case 0x203A: return true;
    default: return false;
  }
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool IsDash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 ||
         c == 0x2014 || c == 0x2015 || c == 0x2212;
}

bool IsSentenceFinal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

}  // namespace dyad::text
