// The PETRARCH Internal Coding Ontology (PICO): CAMEO codes as numbers whose
// hex digits are independent facets (0x3000 "intend", 0x0040 "aid"), so that
// a verb governing another verb combines with it ("wants to help": 0x3000 +
// 0x0040 = 0x3040 = 033) and a negation is a subtraction (-0xFFFF).
// See the comments at the top of PETR.Internal.Coding.Ontology.txt and
// PETRARCH-2's utilities.combine_code / convert_code, whose rules this follows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace dyad::coder {

class Pico {
 public:
  Pico() = default;
  // From Dictionaries::pico (code -> value text such as "-0xFFFF+0x2040").
  // Values that are no sum of hex or decimal numbers are left out.
  explicit Pico(const std::map<std::string, std::string>& table);
  bool empty() const { return value_.empty(); }
  // The value of a CAMEO code; an unlisted code falls back to its root
  // ("0871x" -> "080"), as convert_code does. nullopt when neither is listed.
  std::optional<long> Value(const std::string& code) const;
  // The CAMEO code of a value, "" when none has it. Of several codes with one
  // value the three-digit one wins ("080", not "08"), then the smallest.
  std::string Code(long value) const;
  // combine_code: an upper verb's value with the value of the verb it governs.
  static long Combine(long upper, long lower);

 private:
  std::unordered_map<std::string, long> value_;
  std::unordered_map<long, std::string> code_;
};

// "-0xFFFF+0x2040+0x300" -> its sum; nullopt when the text is not such a sum.
std::optional<long> ParsePicoValue(const std::string& text);

}  // namespace dyad::coder
