#include "lang_gen.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

#include <unicode/locid.h>

namespace dyad::gen {
namespace {

// Regions whose CAMEO code is not their ISO alpha-3 code.
const std::map<std::string, std::string> kCameoCodes = {
    {"XK", "KSV"},     // Kosovo: user-assigned in ISO, KSV in Phoenix
    {"AS", "USAASM"},  {"FK", "GBRFLK"}, {"GI", "GBRGIB"}, {"GP", "FRAGLP"}, {"GL", "DNKGRL"},
    {"GF", "FRAGUF"},  {"GU", "USAGUM"}, {"IM", "GBRIMY"}, {"MS", "GBRMSR"}, {"MQ", "FRAMTQ"},
    {"YT", "FRA"},     {"NC", "FRANCL"}, {"NU", "NZLNIU"}, {"PN", "GBRPCN"}, {"PR", "USAPRI"},
    {"PF", "FRAPYF"},  {"TK", "NZLTKL"}, {"VG", "GBRVGB"},
};

}  // namespace


std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::map<std::string, std::string> ReadMo(const std::string& path) {
  std::map<std::string, std::string> out;
  std::ifstream in(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto u32 = [&](size_t at, bool swap) -> uint32_t {
    if (at + 4 > data.size()) return 0;
    uint32_t v;
    std::memcpy(&v, data.data() + at, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  if (data.size() < 20) return out;
  const bool swap = u32(0, false) != 0x950412de;
  if (u32(0, swap) != 0x950412de) return out;
  const uint32_t n = u32(8, swap), originals = u32(12, swap), translations = u32(16, swap);
  auto str = [&](uint32_t table, uint32_t i) {
    const uint32_t len = u32(table + 8 * i, swap), at = u32(table + 8 * i + 4, swap);
    return at + len <= data.size() ? data.substr(at, len) : std::string();
  };
  for (uint32_t i = 0; i < n; ++i) out[str(originals, i)] = str(translations, i);
  return out;
}

std::string SplitHyphens(const std::string& name, bool split) {
  if (!split) return name;
  std::string out;
  for (char c : name) out += c == '-' ? std::string(" - ") : std::string(1, c);
  for (size_t at; (at = out.find("  ")) != std::string::npos;) out.erase(at, 1);
  return out;
}

std::string CameoCode(const std::string& region) {
  auto it = kCameoCodes.find(region);
  return it != kCameoCodes.end() ? it->second : icu::Locale("", region.c_str()).getISO3Country();
}

bool Usable(const std::string& name) { return !name.empty() && name.find_first_of(",()[];|#:") == std::string::npos; }

}  // namespace dyad::gen
