// CAMEO event codes (lang/ontology/cameo.txt): lookup and quad classes.
#include <charconv>
#include <string>
#include <unordered_map>

#include "dyad/ontology.h"
#include "ontology/table_lines.h"
#include "util/lang_data.h"

namespace dyad::ontology {
namespace {

constexpr std::string_view kTable = "ontology/cameo.txt";

struct EventTable {
  std::vector<EventCode> codes;
  std::unordered_map<std::string_view, size_t> index;  // views into `codes`
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// One table line, or false when it is malformed (the unit tests check that
// every line of the compiled-in table parses, so none is dropped silently).
bool ParseLine(std::string_view line, EventCode* out) {
  std::vector<std::string_view> f = TabFields(line);
  if (f.size() != 8) return false;
  const std::string_view code = f[0], root = f[1];
  if (code.size() < 2 || code.size() > 4 || !AllDigits(code) || root != code.substr(0, 2)) {
    return false;
  }
  double goldstein = 0;
  const char* end = f[2].data() + f[2].size();
  if (std::from_chars(f[2].data(), end, goldstein).ptr != end) return false;
  if (f[3].size() != 1 || f[3][0] < '1' || f[3][0] > '4' || f[7].empty()) return false;
  // Built whole rather than by assigning views into *out: GCC 12 warns
  // (-Wrestrict, a false positive) on string = string_view here.
  *out = EventCode{std::string(code), std::string(f[7]), std::string(root), goldstein,
                   f[3][0] - '0', {std::string(f[4]), std::string(f[5]), std::string(f[6])}};
  return true;
}

const EventTable& Table() {
  static const EventTable table = [] {
    EventTable t;
    for (std::string_view line : LangLines(kTable)) {
      EventCode e;
      if (ParseLine(line, &e)) t.codes.push_back(std::move(e));
    }
    // The vector is complete: the views below stay valid.
    for (size_t i = 0; i < t.codes.size(); ++i) t.index.emplace(t.codes[i].code, i);
    return t;
  }();
  return table;
}

const EventCode* Lookup(std::string_view code) {
  const EventTable& t = Table();
  auto it = t.index.find(code);
  return it == t.index.end() ? nullptr : &t.codes[it->second];
}

// Phoenix quad class by root 01..20 (phoenix_pipeline postprocess.py).
constexpr int kPhoenixQuad[21] = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3,
                                  3,  3, 3, 4, 4, 3, 4, 4, 4, 4};

}  // namespace

const std::vector<EventCode>& EventCodes() { return Table().codes; }

const EventCode* FindEventCode(std::string_view code) {
  if (const EventCode* e = Lookup(code)) return e;
  if (code.size() != 3 || !AllDigits(code)) return nullptr;
  char padded[4] = {'0', code[0], code[1], code[2]};
  return Lookup(std::string_view(padded, 4));
}

int QuadClass(std::string_view code, QuadConvention convention) {
  const EventCode* e = FindEventCode(code);
  if (e == nullptr) return -1;
  if (convention == QuadConvention::kGdelt) return e->quad;
  const int root = (e->root[0] - '0') * 10 + (e->root[1] - '0');
  return root >= 1 && root <= 20 ? kPhoenixQuad[root] : -1;
}

}  // namespace dyad::ontology
