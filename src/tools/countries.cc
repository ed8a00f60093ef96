// dyad_countries: writes the country names of one language as a dyad
// dictionary (`actor CODE: name | name …`, docs/dictionary-format.md), so
// the coder knows every ISO 3166 country without anyone typing the names.
// Run at build time by lang/CMakeLists.txt; see docs/language-data.md,
// "Coding dictionaries".
//
//   dyad_countries LANG SPLIT_HYPHENS OUT [ISO_CODES_JSON_DIR LOCALE_DIR]
//
// SPLIT_HYPHENS is the `split_hyphens` switch of lang/LANG/tokenizer.txt
// (`yes` in English: "Guinea-Bissau" is then written "Guinea - Bissau", as
// the tokenizer will see it).
//
// Names of each region, in LANG:
//   - CLDR (through ICU): the display name and the `short` and `variant`
//     forms ("Verenigde Staten", "VS"; "Türkiye", "Turkey");
//   - Debian's iso-codes, when its directories are given and present:
//     name, common_name and official_name, translated with the iso_3166-1
//     gettext catalogue for languages other than English.
// A name is dropped when it would mislead the phrase matcher: inverted
// catalogue forms with a comma ("Korea, Republic of"), names with
// parentheses, and names that two regions share (listed as a comment in the
// output). Everything else is kept, even names that are also common words
// (en "US" is also the pronoun "us": the matcher ignores case), as the
// Phoenix dictionaries do. The output is deterministic.
//
// Codes are CAMEO/Phoenix country codes: ISO 3166-1 alpha-3 with the
// exceptions of kCameoCodes (Kosovo KSV; territories coded under their
// state, as the Phoenix country dictionary does).
#include <unicode/locid.h>
#include <unicode/ures.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lang_gen.h"

namespace {

using dyad::gen::CameoCode;
using dyad::gen::ReadMo;
using dyad::gen::SplitHyphens;
using dyad::gen::Usable;
using dyad::gen::Utf8;

using Names = std::map<std::string, std::vector<std::string>>;  // alpha-2 -> names in order found

bool g_split_hyphens = false;  // set once in main from the command line

// Adds `name` as the tokenizer will see it: with the hyphens as words of
// their own ("Guinea - Bissau") when the language splits them.
void Add(Names* names, const std::string& region, std::string name) {
  if (name.starts_with("the ")) name.erase(0, 4);  // "the State of Palestine"
  name = SplitHyphens(name, g_split_hyphens);
  std::vector<std::string>& v = (*names)[region];
  if (std::find(v.begin(), v.end(), name) == v.end()) v.push_back(std::move(name));
}

// CLDR's alternative forms: table "Countries%short" or "Countries%variant"
// of ICU's region data for `lang` (with fallback to its parents).
void AddCldrAlternatives(const std::string& lang, const char* table, const std::set<std::string>& regions,
                         Names* names) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-region", lang.c_str(), &status);
  UResourceBundle* alt = ures_getByKey(bundle, table, nullptr, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(alt); ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* key = nullptr;
    int32_t len = 0;
    const UChar* value = ures_getNextString(alt, &len, &key, &s);
    if (U_SUCCESS(s) && key != nullptr && regions.contains(key))
      Add(names, key, Utf8(icu::UnicodeString(value, len)));
  }
  ures_close(alt);
  ures_close(bundle);
}

// iso-codes' names (name, common_name, official_name) of each region,
// translated into `lang` when a catalogue exists.
bool AddIsoCodes(const std::string& lang, const std::string& json_dir, const std::string& locale_dir,
                 const std::set<std::string>& regions, Names* names) {
  std::ifstream in(json_dir + "/iso_3166-1.json");
  if (!in) return false;
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.contains("3166-1")) return false;
  std::map<std::string, std::string> mo;
  if (lang != "en") {
    mo = ReadMo(fmt::format("{}/{}/LC_MESSAGES/iso_3166-1.mo", locale_dir, lang));
    if (mo.empty()) return false;  // English names are no help in another language
  }
  for (const nlohmann::json& e : doc["3166-1"]) {
    const std::string region = e.value("alpha_2", "");
    if (!regions.contains(region)) continue;
    for (const char* field : {"name", "common_name", "official_name"}) {
      if (!e.contains(field)) continue;
      std::string name = e[field].get<std::string>();
      if (lang != "en") {
        auto it = mo.find(name);
        if (it == mo.end() || it->second.empty()) continue;
        name = it->second;
      }
      Add(names, region, name);
    }
  }
  return true;
}

// The dictionary text: one actor per region, sorted by code; names shared
// by two regions are left out.
std::string Render(const std::string& lang, const Names& names, bool iso_codes) {
  std::map<std::string, std::set<std::string>> owners;  // name -> regions
  for (const auto& [region, list] : names)
    for (const std::string& n : list) owners[n].insert(region);
  std::map<std::string, std::string> lines;  // code -> line
  std::set<std::string> shared;
  size_t regions = 0;
  for (const auto& [region, list] : names) {
    std::vector<std::string> kept;
    for (const std::string& n : list) {
      if (owners[n].size() > 1) shared.insert(n);
      else if (Usable(n)) kept.push_back(n);
    }
    const std::string code = CameoCode(region);
    if (kept.empty()) continue;
    lines[code] += fmt::format("actor {}: {}\n", code, fmt::join(kept, " | "));
    ++regions;
  }
  std::string out = fmt::format(
      "%dyad-dictionary 1\n%lang {}\n# Generated by dyad_countries (src/tools/countries.cc) from ICU {} (CLDR){}; "
      "do not edit.\n# {} regions.\n",
      lang, U_ICU_VERSION, iso_codes ? " and iso-codes" : "", regions);
  if (!shared.empty()) out += fmt::format("# Left out, shared by two regions: {}\n", fmt::join(shared, ", "));
  for (const auto& [code, line] : lines) out += line;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 6) {
    std::fprintf(stderr, "usage: dyad_countries LANG SPLIT_HYPHENS(yes|no) OUT [ISO_CODES_JSON_DIR LOCALE_DIR]\n");
    return 2;
  }
  const std::string lang = argv[1];
  g_split_hyphens = std::string(argv[2]) == "yes";
  std::set<std::string> regions = {"XK"};
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) regions.insert(*c);
  for (const char* reserved : {"DG", "EA", "IC"}) regions.erase(reserved);  // ISO's exceptional reservations
  Names names;
  const icu::Locale in_lang(lang.c_str());
  for (const std::string& r : regions) {
    icu::UnicodeString display;
    icu::Locale("", r.c_str()).getDisplayCountry(in_lang, display);
    if (Utf8(display) != r) Add(&names, r, Utf8(display));  // ICU echoes the code when it has no name
  }
  AddCldrAlternatives(lang, "Countries%short", regions, &names);
  AddCldrAlternatives(lang, "Countries%variant", regions, &names);
  const bool iso_codes = argc == 6 && AddIsoCodes(lang, argv[4], argv[5], regions, &names);
  if (argc == 6 && !iso_codes) std::fprintf(stderr, "dyad_countries: iso-codes for %s not found, CLDR only\n", argv[1]);
  std::ofstream out(argv[3], std::ios::binary);
  out << Render(lang, names, iso_codes);
  return out.good() ? 0 : 1;
}
