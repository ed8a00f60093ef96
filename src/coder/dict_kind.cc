// DetectDictKind: a dictionary file's kind from its name, else its content.
#include <fmt/format.h>

#include "coder/dictionary.h"
#include "util/utf8.h"

namespace dyad::coder {
namespace {

constexpr size_t kNpos = std::string_view::npos;

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == kNpos ? path : path.substr(slash + 1);
}

bool Has(std::string_view s, std::string_view part) { return s.find(part) != kNpos; }

// Counts of the line shapes the formats are told apart by.
struct Shapes {
  size_t lines = 0, tab_codes = 0, agent_codes = 0, block_headers = 0, patterns = 0,
         grouped_patterns = 0, pico = 0;
};

Shapes CountShapes(std::string_view text) {
  Shapes n;
  size_t pos = 0;
  while (pos < text.size() && n.lines < 5000) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++n.lines;
    if (line.starts_with("\t[")) ++n.tab_codes;
    if (Has(line, "[~") || Has(line, "~]")) ++n.agent_codes;
    if (line.starts_with("---")) {
      ++n.block_headers;
    } else if (line.starts_with("- ")) {
      ++n.patterns;
      const std::string_view body = line.substr(0, line.find('#'));
      if (Has(body, "(") || Has(body, "{")) ++n.grouped_patterns;
    }
    const size_t colon = line.find(':');
    if (colon != kNpos && colon > 0 && line.substr(colon + 1).starts_with("0x")) ++n.pico;
  }
  return n;
}

// PETRARCH-2 patterns group words with (...) and {...}; PETRARCH-1 ones
// almost never do (a TABARI "{a|b}" is rare).
DictKind VerbKind(std::string_view name, const Shapes& n) {
  if (Has(name, "2.0")) return DictKind::kPetrarch2Verbs;
  if (Has(name, "verbpatterns")) return DictKind::kPetrarchVerbs;
  return n.grouped_patterns * 10 > n.patterns ? DictKind::kPetrarch2Verbs
                                              : DictKind::kPetrarchVerbs;
}

}  // namespace

Result<DictKind> DetectDictKind(std::string_view path, std::string_view text) {
  const std::string name = Utf8Lower(BaseName(path));
  const Shapes n = CountShapes(text);
  if (text.starts_with("# dyad dictionary")) return DictKind::kDyad;
  if (Has(name, "actor")) return DictKind::kActors;
  if (Has(name, "agent")) return DictKind::kAgents;
  if (Has(name, "discard")) return DictKind::kDiscards;
  if (Has(name, "issue")) return DictKind::kIssues;
  if (Has(name, "ontology") || Has(name, "pico")) return DictKind::kPico;
  if (Has(name, "verb") || name.starts_with("cameo")) return VerbKind(name, n);
  // The name says nothing: go by the content.
  if (n.block_headers > 0 && n.patterns > 0) return VerbKind(name, n);
  if (n.tab_codes > 0) return DictKind::kActors;
  if (n.agent_codes > 0) return DictKind::kAgents;
  if (n.pico > 0) return DictKind::kPico;
  return Status::Unsupported(fmt::format("{}: cannot tell which kind of dictionary this is", path));
}

}  // namespace dyad::coder
