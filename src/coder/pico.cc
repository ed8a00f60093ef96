#include "coder/pico.h"

#include <cctype>
#include <cstdlib>

namespace dyad::coder {

std::optional<long> ParsePicoValue(const std::string& text) {
  long sum = 0;
  size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    long sign = 1;
    if (text[i] == '+' || text[i] == '-') sign = text[i++] == '-' ? -1 : 1;
    else if (any) return std::nullopt;  // two numbers without an operator
    const char* begin = text.c_str() + i;
    char* end = nullptr;
    const long n = std::strtol(begin, &end, 0);
    if (end == begin) return std::nullopt;
    sum += sign * n;
    i += static_cast<size_t>(end - begin);
    any = true;
  }
  return any ? std::optional<long>(sum) : std::nullopt;
}

Pico::Pico(const std::map<std::string, std::string>& table) {
  for (const auto& [code, text] : table) {
    const std::optional<long> v = ParsePicoValue(text);
    if (!v) continue;
    value_[code] = *v;
    auto [it, fresh] = code_.emplace(*v, code);
    if (!fresh && it->second.size() != 3 && code.size() == 3) it->second = code;
  }
  // convert_code's "other weird quirks": want + attack is a threat.
  if (!empty()) code_.emplace(0x30A0, "138");
}

std::optional<long> Pico::Value(const std::string& code) const {
  if (auto it = value_.find(code); it != value_.end()) return it->second;
  if (code.size() < 2) return std::nullopt;
  if (auto it = value_.find(code.substr(0, 2) + "0"); it != value_.end()) return it->second;
  return std::nullopt;
}

std::string Pico::Code(long value) const {
  auto it = code_.find(value);
  return it == code_.end() ? "" : it->second;
}

long Pico::Combine(long upper, long lower) {
  if (lower <= 0) return lower + upper;
  if (upper > 0x1000 && lower > 0x1000) return lower;  // both high-level: the nested one
  if (lower >= upper) return lower;
  if (upper == 0x1000) return lower;
  if (lower == 0x1000) return upper;
  return upper + lower;
}

}  // namespace dyad::coder
