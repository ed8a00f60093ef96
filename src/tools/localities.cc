// dyad_localities: writes the sub-national regions and the cities of every
// country, in one language, as a dyad dictionary (`actor CODE: name | …`,
// docs/dictionary-format.md), each under its country's code, so that "a
// protest in Zurich" or "exercises in Alaska" place the event in CHE or
// USA without anyone typing the names. Run at build time by
// lang/CMakeLists.txt; see docs/language-data.md, "The place generator".
//
//   dyad_localities LANG SPLIT_HYPHENS OUT ISO_CODES_JSON_DIR LOCALE_DIR WORDLIST PEOPLE [KNOWN …]
//
// Names:
//   - ISO 3166-2 first-order subdivisions from Debian's iso-codes (entries
//     without a parent whose type is a state-like region: kRegionTypes),
//     translated with the iso_3166-2 gettext catalogue where it has LANG
//     ("Bayern" -> "Bavaria", "Beieren"), else as iso-codes writes them;
//   - CLDR's exemplar cities of the time zones (through ICU, in LANG),
//     except the ocean and polar zones, whose exemplars are islands and
//     research stations named by a bare word ("Easter", "Christmas",
//     "Wake", "Casey").
// A name is left out when it would mislead the phrase matcher:
//   - a name another dictionary of LANG already has (KNOWN: the generated
//     countries and the hand-written files win, "Washington" stays USA),
//     or a former country's (ISO 3166-3: "Zaire" is not Angola's);
//   - a word of a listed person's name (PEOPLE, lang/mul/people.txt:
//     "Santiago" is also Santiago Cafiero);
//   - a common word: the name in lower case is in WORDLIST (a spelling
//     word list such as /usr/share/dict/american-english, when present):
//     "Central", "Centre", "Phoenix", "Oral";
//   - a name the places of two countries share ("Punjab", "Córdoba",
//     "San Juan"), names shorter than four letters, catalogue forms with
//     commas, brackets or semicolons or annotations ("Hong Kong SAR").
// Names are compared in lower case without accents ("Cordoba" is
// "Córdoba").
// The output is deterministic.
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/tznames.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lang_gen.h"

namespace {

using dyad::gen::CameoCode;
using dyad::gen::Usable;
using dyad::gen::Utf8;

// Subdivision types (lower case, matched as words of iso-codes' `type`)
// that name a state-like region with a government of its own: states,
// provinces, regions, cantons … but not municipalities, districts,
// parishes or councils, whose names are mostly small towns.
const char* const kRegionTypes[] = {"state",    "province", "region",     "governorate", "prefecture",
                                    "canton",   "republic", "land",       "voivodship",  "oblast",
                                    "emirate",  "county",   "department", "autonomous",  "federal",
                                    "territory", "capital", "country"};

// Zone areas whose exemplars are islands and stations, not cities.
const char* const kOceanAreas[] = {"Antarctica/", "Arctic/", "Atlantic/", "Indian/", "Pacific/"};

// The key names are compared by: lower case without accents ("Córdoba"
// and "Cordoba" are one name).
std::string Fold(const std::string& s) {
  static icu::Transliterator* fold = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Lower", UTRANS_FORWARD, status);
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (fold != nullptr) fold->transliterate(u);
  return Utf8(u);
}

struct Place {
  std::set<std::string> codes;  // the countries naming a place so
  std::set<std::string> forms;  // as written, accents and all
};
using Places = std::map<std::string, Place>;  // by Fold(name)

// Catalogue annotations: an all-capitals word of two letters or more
// ("Hong Kong SAR", "Cymru GB-CYM").
bool Annotated(const std::string& name) {
  size_t run = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? name[i] : ' ';
    if (c >= 'A' && c <= 'Z') ++run;
    else if (c == ' ' || c == '-') {
      if (run >= 2 && (i - run == 0 || name[i - run - 1] == ' ' || name[i - run - 1] == '-')) return true;
      run = 0;
    } else run = 0;
  }
  return false;
}

bool RegionType(const std::string& type) {
  const std::string t = Fold(type);
  return std::any_of(std::begin(kRegionTypes), std::end(kRegionTypes),
                     [&](const char* w) { return t.find(w) != std::string::npos; });
}

// Adds each usable form of a catalogue name: "Catalunya [Cataluña]" gives
// both, "Peking, Stadsprovincie; Beijing, Stadsprovincie" neither.
void AddForms(const std::string& name, const std::string& code, Places* places) {
  std::string form;
  auto flush = [&] {
    while (!form.empty() && form.back() == ' ') form.pop_back();
    while (!form.empty() && form.front() == ' ') form.erase(0, 1);
    if (Usable(form) && !Annotated(form) && form.find('*') == std::string::npos) {
      Place& p = (*places)[Fold(form)];
      p.codes.insert(code), p.forms.insert(form);
    }
    form.clear();
  };
  bool comma = false;
  for (char c : name) {
    if (c == '[' || c == ']' || c == ';') {
      if (!comma) flush();
      form.clear(), comma = false;
    } else if (c == ',') {
      comma = true;
    } else {
      form += c;
    }
  }
  if (!comma) flush();
}

bool AddSubdivisions(const std::string& lang, const std::string& json_dir, const std::string& locale_dir,
                     Places* places) {
  std::ifstream in(json_dir + "/iso_3166-2.json");
  if (!in) return false;
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.contains("3166-2")) return false;
  const auto mo = dyad::gen::ReadMo(fmt::format("{}/{}/LC_MESSAGES/iso_3166-2.mo", locale_dir, lang));
  for (const nlohmann::json& e : doc["3166-2"]) {
    if (e.contains("parent") || !RegionType(e.value("type", ""))) continue;
    const std::string iso = e.value("code", "");
    std::string name = e.value("name", "");
    auto it = mo.find(name);
    if (it != mo.end() && !it->second.empty()) name = it->second;
    AddForms(name, CameoCode(iso.substr(0, 2)), places);
  }
  return true;
}

void AddCities(const std::string& lang, Places* places) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale(lang.c_str()), status));
  std::unique_ptr<icu::StringEnumeration> zones(
      icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) return;
  for (const icu::UnicodeString* id; (id = zones->snext(status)) != nullptr && U_SUCCESS(status);) {
    const std::string zone = Utf8(*id);
    if (std::any_of(std::begin(kOceanAreas), std::end(kOceanAreas), [&](const char* a) { return zone.starts_with(a); }))
      continue;
    char region[8] = {0};
    UErrorCode s = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof(region), s);
    icu::UnicodeString city;
    names->getExemplarLocationName(*id, city);
    if (U_SUCCESS(s) && std::string(region) != "001" && !city.isEmpty())
      AddForms(Utf8(city), CameoCode(region), places);
  }
}

// Lower-cased names of the actors of a dyad dictionary file; with `words`,
// each word of each name instead.
void ReadNames(const std::string& path, bool words, std::set<std::string>* out) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("actor ")) continue;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string names = line.substr(colon + 1);
    names = names.substr(0, names.find('#'));
    for (size_t start = 0; start < names.size();) {
      size_t bar = names.find('|', start);
      if (bar == std::string::npos) bar = names.size();
      std::string name = names.substr(start, bar - start);
      start = bar + 1;
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (!words) out->insert(Fold(name));
      for (size_t w = 0; words && w < name.size();) {
        size_t sp = name.find(' ', w);
        if (sp == std::string::npos) sp = name.size();
        out->insert(Fold(name.substr(w, sp - w)));
        w = sp + 1;
      }
    }
  }
}

// The names of former countries (ISO 3166-3: "Zaire", "Yugoslavia"), in
// LANG where the iso_3166-3 catalogue translates them.
void ReadFormerCountries(const std::string& lang, const std::string& json_dir, const std::string& locale_dir,
                         std::set<std::string>* out) {
  std::ifstream in(json_dir + "/iso_3166-3.json");
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (doc.is_discarded() || !doc.contains("3166-3")) return;
  const auto mo = dyad::gen::ReadMo(fmt::format("{}/{}/LC_MESSAGES/iso_3166-3.mo", locale_dir, lang));
  for (const nlohmann::json& e : doc["3166-3"]) {
    const std::string name = e.value("name", "");
    auto it = mo.find(name);
    for (std::string n : {name, it != mo.end() ? it->second : std::string()})
      if (!n.empty()) out->insert(Fold(n.substr(0, n.find(','))));  // "Zaire, Republic of"
  }
}

// The words WORDLIST spells in lower case: common nouns and adjectives,
// not proper names.
std::set<std::string> ReadCommonWords(const std::string& path) {
  std::set<std::string> out;
  std::ifstream in(path);
  for (std::string w; std::getline(in, w);)
    if (!w.empty() && !(w[0] >= 'A' && w[0] <= 'Z')) out.insert(Fold(w));
  return out;
}

std::string Render(const std::string& lang, bool split, const Places& places, const std::set<std::string>& known,
                   const std::set<std::string>& person_words, const std::set<std::string>& common) {
  std::map<std::string, std::vector<std::string>> by_code;
  size_t kept = 0, shared = 0;
  for (const auto& [key, place] : places) {
    if (place.codes.size() > 1) ++shared;
    if (place.codes.size() > 1 || icu::UnicodeString::fromUTF8(key).length() < 4 || person_words.contains(key) ||
        common.contains(key))
      continue;
    for (const std::string& form : place.forms) {
      const std::string written = dyad::gen::SplitHyphens(form, split);
      if (known.contains(Fold(written)) || known.contains(key)) continue;
      by_code[*place.codes.begin()].push_back(written);
      ++kept;
    }
  }
  std::string out = fmt::format(
      "%dyad-dictionary 1\n%lang {}\n# Generated by dyad_localities (src/tools/localities.cc) from iso-codes "
      "(ISO 3166-2) and ICU {} (CLDR exemplar cities); do not edit.\n# {} names; {} left out as shared by two "
      "countries.\n",
      lang, U_ICU_VERSION, kept, shared);
  for (const auto& [code, names] : by_code) out += fmt::format("actor {}: {}\n", code, fmt::join(names, " | "));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 8) {
    std::fprintf(stderr,
                 "usage: dyad_localities LANG SPLIT_HYPHENS(yes|no) OUT ISO_CODES_JSON_DIR LOCALE_DIR WORDLIST PEOPLE "
                 "[KNOWN …]\n");
    return 2;
  }
  const std::string lang = argv[1];
  Places places;
  if (!AddSubdivisions(lang, argv[4], argv[5], &places))
    std::fprintf(stderr, "dyad_localities: iso-codes not found, cities only\n");
  AddCities(lang, &places);
  std::set<std::string> known, person_words;
  ReadNames(argv[7], true, &person_words);
  for (int i = 8; i < argc; ++i) ReadNames(argv[i], false, &known);
  ReadFormerCountries(lang, argv[4], argv[5], &known);
  const std::set<std::string> common = ReadCommonWords(argv[6]);
  if (common.empty()) std::fprintf(stderr, "dyad_localities: word list %s not found, common words kept\n", argv[6]);
  std::ofstream out(argv[3], std::ios::binary);
  out << Render(lang, std::string(argv[2]) == "yes", places, known, person_words, common);
  return out.good() ? 0 : 1;
}
