// The event ontology: CAMEO event codes with their names, Goldstein values,
// QuadClass and CAMEO->PLOVER mapping, CAMEO actor type codes and country
// codes. The tables are compiled into the library from lang/ontology/ (see
// docs/ontology.md for their sources and the conventions chosen).
//
// Every function is thread-safe: the tables are parsed once, on first use,
// and never change afterwards. Returned pointers and references stay valid
// for the life of the program. Nothing here throws or allocates on lookup
// failure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::ontology {

// PLOVER (version 0.8, CAMEO2PLOVER 2021) for one CAMEO code. All strings are
// empty when the code has no PLOVER counterpart (roots 01 and 02). `context`
// may hold several values joined with ';' ("crime;corruption").
struct PloverMapping {
  std::string type;     // "AGREE", "CONSULT", ..., "ASSAULT"
  std::string mode;     // "visit", "release", ... or ""
  std::string context;  // "diplomatic", "military;legal", ... or ""
  bool mapped() const { return !type.empty(); }
};

struct EventCode {
  std::string code;      // canonical form with its leading zero: "0863"
  std::string name;      // "Allow delivery of humanitarian aid"; roots in capitals
  std::string root;      // the 2-digit root: "08"
  double goldstein = 0;  // -10 .. +10 (GDELT's table, see docs/ontology.md)
  int quad = 0;          // GDELT QuadClass 1..4 (QuadClass(code, kGdelt))
  PloverMapping plover;
};

// How CAMEO roots are grouped into the four (or five) "quad" classes.
enum class QuadConvention {
  // GDELT: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09),
  // 3 verbal conflict (10-14), 4 material conflict (15-20). dyad's JSONL
  // output uses this one.
  kGdelt,
  // Phoenix pipeline: 0 neutral (01-02), 1 verbal cooperation (03-05),
  // 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16),
  // 4 material conflict (14, 15, 17-20).
  kPhoenix,
};

// All codes in CAMEO order (each root followed by its children), 312 of them.
const std::vector<EventCode>& EventCodes();

// The entry for `code`, or nullptr when it is not a CAMEO event code.
// Codes are matched exactly ("0211", "19", "1823"), with one repair: a
// 3-digit code that is unknown but becomes a known code with a leading zero
// ("863" -> "0863", as in GDELT's CAMEO.eventcodes.txt or after a numeric
// round trip) is accepted. This is unambiguous: no CAMEO 3-digit code equals
// a 4-digit one without its zero. Two-digit losses ("10" for "010") cannot
// be repaired and are read as written.
const EventCode* FindEventCode(std::string_view code);

// The quad class of `code` (any level) under `convention`; -1 when
// FindEventCode does not know the code.
int QuadClass(std::string_view code, QuadConvention convention = QuadConvention::kGdelt);

// What a 3-letter actor code part stands for.
enum class ActorKind {
  kRole,           // domestic role or sector: GOV, MIL, REB, MED, PTY, ...
  kInternational,  // non-state / transnational root: IGO, NGO, IMG, MNC, ...
  kGroup,          // a named organisation or movement: UNO, NAT, HMS, ...
  kReligion,       // CHR, SHI, ...
};

struct ActorType {
  std::string code;  // "GOV"
  std::string name;  // "Government"
  ActorKind kind = ActorKind::kRole;
};

// All actor type codes, roles first, then international roots, groups and
// religions, each alphabetically.
const std::vector<ActorType>& ActorTypes();

// The entry for a 3-letter code ("GOV", "HMS"), or nullptr.
const ActorType* FindActorType(std::string_view code);

// True for an ISO 3166-1 alpha-3 code known to ICU ("RUS", "PRK") and for
// the non-ISO country-like codes CAMEO and Phoenix use: regions ("AFR",
// "MEA", "WST"), territories ("WSB", "GZS", "KSV"), older spellings ("ROM")
// and historical states ("USR", "YUG"). Upper case only. The international
// roots ("IGO", "NGO", ...) are not countries.
bool IsCountryCode(std::string_view code);

// Splits an actor code into its 3-letter parts: "PSEREBHMS" -> {"PSE", "REB",
// "HMS"}. Returns an empty vector when `code` is empty, its length is not a
// multiple of 3 or it holds anything but upper-case ASCII letters. The parts
// are not checked against the tables: use IsCountryCode / FindActorType.
std::vector<std::string> SplitActorCode(std::string_view code);

// The country part of an actor code: its first part when IsCountryCode holds
// ("RUSGOV" -> "RUS", "WSTMIL" -> "WST"), otherwise "" ("IGOUNO", "GOV", a
// malformed code).
std::string CountryOf(std::string_view actor_code);

}  // namespace dyad::ontology
