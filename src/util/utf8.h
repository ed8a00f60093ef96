// UTF-8 validation and byte-offset to line/column mapping.
//
// These are on the hot path of every reader (each record is validated once),
// so they work on raw bytes with an ASCII fast path and never allocate.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

// Offset of the first byte of `text` that does not start a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF, no truncated sequence at the end), or std::string_view::npos
// when the whole of `text` is valid.
size_t FindInvalidUtf8(std::string_view text);

inline bool IsValidUtf8(std::string_view text) {
  return FindInvalidUtf8(text) == std::string_view::npos;
}

// 1-based line of the byte at `offset` (lines end at '\n'). Offsets past the
// end are clamped to text.size().
size_t LineAt(std::string_view text, size_t offset);

// 1-based line and 1-based byte column of the byte at `offset`.
struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};
LineColumn LineColumnAt(std::string_view text, size_t offset);

// Appends the UTF-8 encoding of `code_point` to `out`. Returns false (and
// appends nothing) for surrogates and values above U+10FFFF.
bool AppendUtf8(char32_t code_point, std::string* out);

// Simple (one-to-one, locale-independent) lowercase of valid UTF-8 text;
// invalid bytes are copied unchanged. ASCII fast path. The Into form
// replaces *out and reuses its capacity (for hot loops).
void Utf8LowerInto(std::string_view text, std::string* out);
std::string Utf8Lower(std::string_view text);

}  // namespace dyad
