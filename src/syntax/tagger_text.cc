#include "syntax/tagger_text.h"

#include <utf8proc.h>

#include "util/utf8.h"

namespace dyad::syntax {
namespace {

// Decodes the code point at text[i] into *cp; returns its byte length
// (1 for a malformed byte, decoded as itself).
size_t Decode(std::string_view text, size_t i, utf8proc_int32_t* cp) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                        static_cast<utf8proc_ssize_t>(text.size() - i), cp);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  return static_cast<size_t>(n);
}

}  // namespace

bool HasUpper(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return true;
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    i += Decode(text, i, &cp);
    if (cp >= 0 && utf8proc_isupper(cp)) return true;
  }
  return false;
}

uint32_t ShapeInto(std::string_view text, std::string* out) {
  out->clear();
  uint32_t flags = 0;
  bool all_upper = true, all_digit = !text.empty(), first = true;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp;
    size_t n = Decode(text, i, &cp);
    char cls;
    std::string_view keep = text.substr(i, n);
    if (cp >= '0' && cp <= '9') {
      cls = 'd';
      flags |= kHasDigit;
    } else if (cp >= 0 && (utf8proc_isupper(cp) || utf8proc_islower(cp) ||
                           utf8proc_category(cp) == UTF8PROC_CATEGORY_LO)) {
      bool upper = utf8proc_isupper(cp);
      cls = upper ? 'X' : 'x';
      flags |= kHasLetter | (upper ? uint32_t{kHasUpper} : 0u) | (upper && first ? uint32_t{kInitialUpper} : 0u);
      all_upper &= upper;
      all_digit = false;
    } else {
      cls = 0;
      flags |= cp == '-' ? kHasHyphen : kHasPunct;
      if (cp != ',' && cp != '.') all_digit = false;
    }
    first = false;
    char key = cls ? cls : keep[0];
    run = key == last ? run + 1 : 1;
    last = key;
    if (run <= 3) {
      if (cls) {
        out->push_back(cls);
      } else {
        out->append(keep);
      }
    }
    i += n;
  }
  if ((flags & kHasLetter) && all_upper) flags |= kAllUpper;
  if (all_digit && (flags & kHasDigit)) flags |= kAllDigit;
  return flags;
}

}  // namespace dyad::syntax
