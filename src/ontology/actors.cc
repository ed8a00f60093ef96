// CAMEO actor codes: actor types (lang/ontology/actor_types.txt), country
// codes (ICU's ISO 3166 list plus lang/ontology/countries.txt) and splitting
// composite codes such as "PSEREBHMS".
#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "dyad/ontology.h"
#include "ontology/table_lines.h"
#include "util/lang_data.h"

namespace dyad::ontology {
namespace {

struct ActorTable {
  std::vector<ActorType> types;
  std::unordered_map<std::string_view, size_t> index;  // views into `types`
};

bool ParseKind(std::string_view s, ActorKind* kind) {
  if (s == "role") *kind = ActorKind::kRole;
  else if (s == "international") *kind = ActorKind::kInternational;
  else if (s == "group") *kind = ActorKind::kGroup;
  else if (s == "religion") *kind = ActorKind::kReligion;
  else return false;
  return true;
}

const ActorTable& Actors() {
  static const ActorTable table = [] {
    ActorTable t;
    for (std::string_view line : LangLines("ontology/actor_types.txt")) {
      std::vector<std::string_view> f = TabFields(line);
      ActorKind kind;
      if (f.size() != 3 || !IsUpperCode(f[0]) || !ParseKind(f[1], &kind) || f[2].empty()) continue;
      t.types.push_back({std::string(f[0]), std::string(f[2]), kind});
    }
    for (size_t i = 0; i < t.types.size(); ++i) t.index.emplace(t.types[i].code, i);
    return t;
  }();
  return table;
}

// ISO 3166-1 alpha-3 codes from ICU (current codes only) plus the extra
// country-like codes of our table. std::string keys: ICU hands out C strings.
const std::unordered_set<std::string>& Countries() {
  static const std::unordered_set<std::string> countries = [] {
    std::unordered_set<std::string> set;
    for (const char* const* a2 = icu::Locale::getISOCountries(); *a2 != nullptr; ++a2) {
      std::string a3 = uloc_getISO3Country((std::string("_") + *a2).c_str());
      if (IsUpperCode(a3)) set.insert(std::move(a3));
    }
    for (std::string_view line : LangLines("ontology/countries.txt")) {
      std::string_view code = TabFields(line)[0];
      if (IsUpperCode(code)) set.emplace(code);
    }
    return set;
  }();
  return countries;
}

}  // namespace

const std::vector<ActorType>& ActorTypes() { return Actors().types; }

const ActorType* FindActorType(std::string_view code) {
  const ActorTable& t = Actors();
  auto it = t.index.find(code);
  return it == t.index.end() ? nullptr : &t.types[it->second];
}

bool IsCountryCode(std::string_view code) {
  return IsUpperCode(code) && Countries().count(std::string(code)) > 0;
}

std::vector<std::string> SplitActorCode(std::string_view code) {
  std::vector<std::string> parts;
  if (code.empty() || code.size() % 3 != 0) return parts;
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view part = code.substr(i, 3);
    if (!IsUpperCode(part)) return {};
    parts.emplace_back(part);
  }
  return parts;
}

std::string CountryOf(std::string_view actor_code) {
  std::vector<std::string> parts = SplitActorCode(actor_code);
  if (parts.empty() || !IsCountryCode(parts[0])) return "";
  return parts[0];
}

}  // namespace dyad::ontology
