// PETRARCH agents, discards and the PETRARCH-2 Internal Coding Ontology.
//
//   agents:    !PERSON! = MAN, MEN          (substitution set)
//              PHRASE {PLURAL} [~GOV]       ({} = no plural; none = regular)
//              CONGRESS!PERSON! [~LEG]      (one agent per set member)
//   discards:  [+]WORDS                     ('+': the whole story)
//   PICO:      010:0x1000                   (CAMEO code : PICO value)
#include <fmt/format.h>

#include <algorithm>

#include "coder/dict_text.h"

namespace dyad::coder {
namespace {

using dict_internal::Skip;
using dict_internal::Trim;
constexpr size_t kNpos = std::string_view::npos;

// "~GOV" (after the actor code) or "NGO~" (before it).
Status ParseAgentCode(std::string_view inside, Agent* agent) {
  inside = Trim(inside);
  agent->before_actor = inside.ends_with('~');
  const bool after = inside.starts_with('~');
  std::string_view code = inside.substr(after ? 1 : 0, inside.size() - 1);
  if (after == agent->before_actor || code.empty() ||
      !std::all_of(code.begin(), code.end(), dict_internal::IsAsciiAlnum)) {
    return Status::Invalid(
        fmt::format("bad agent code \"[{}]\" (expected [~CODE] or [CODE~])", inside));
  }
  agent->code = dict_internal::AsciiUpper(code);
  return Status::Ok();
}

class AgentReader {
 public:
  AgentReader(std::string_view file, Dictionaries* dicts, ReadReport* report)
      : file_(file), dicts_(dicts), report_(report) {}

  void Add(const dict_internal::Line& line) {
    const size_t bang = line.text.find('!');
    if (bang != kNpos && line.text.find('=', bang) != kNpos) return DefineSet(line);
    std::string error;
    dict_internal::Bracketed code, plural;
    Agent agent;
    agent.file = std::string(file_);
    agent.line = line.number;
    if (!dict_internal::FindPair(line.text, '[', ']', &code, &error) ||
        !dict_internal::FindPair(code.before, '{', '}', &plural, &error)) {
      return Skip(report_, file_, line.number, error);
    }
    if (!code.found) return Skip(report_, file_, line.number, "agent without [code]");
    if (!Trim(code.after).empty()) {
      return Skip(report_, file_, line.number, fmt::format("stray text \"{}\"", Trim(code.after)));
    }
    if (Status s = ParseAgentCode(code.inside, &agent); !s.ok()) {
      return Skip(report_, file_, line.number, s.message());
    }
    const std::string text = fmt::format("{} {}", plural.before, plural.after);
    if (text.find('!') != kNpos) return Substitute(line, text, agent);
    if (!Store(text, agent)) return Skip(report_, file_, line.number, "empty agent phrase");
    std::string_view base = Trim(text);
    while (base.ends_with('_')) base.remove_suffix(1);
    if (!plural.found) {
      Store(fmt::format("{}{}", base.substr(0, base.find_last_of(" _") + 1),
                        dict_internal::RegularPlural(LastWord(base))),
            agent);
    } else if (!Store(plural.inside, agent)) {  // "{}": no plural, not even by lemma
      dicts_->agents.back().phrase.back().form_only = true;
    }
  }

 private:
  static std::string LastWord(std::string_view s) {
    const size_t cut = s.find_last_of(" _");
    return dict_internal::ParsePhrase(s.substr(cut == kNpos ? 0 : cut + 1), true).front().text;
  }

  // Adds an agent for `text`; false when it has no word.
  bool Store(std::string_view text, const Agent& proto) {
    Phrase phrase = dict_internal::ParsePhrase(text, true);
    if (phrase.empty()) return false;
    Agent agent = proto;
    agent.phrase = std::move(phrase);
    dicts_->agents.push_back(std::move(agent));
    ++report_->entries;
    return true;
  }

  // "!PERSON! = MAN, MEN, WOMAN"
  void DefineSet(const dict_internal::Line& line) {
    const std::string_view t = line.text;
    const size_t a = t.find('!'), b = t.find('!', a + 1), eq = t.find('=');
    if (a != 0 || b == kNpos || b > eq || b == a + 1 ||
        !Trim(t.substr(b + 1, eq - b - 1)).empty()) {
      return Skip(report_, file_, line.number,
                  "malformed substitution set (expected !NAME! = A, B)");
    }
    std::vector<std::string> items;
    std::string_view rest = t.substr(eq + 1);
    while (!rest.empty()) {
      const size_t comma = rest.find(',');
      std::string_view item = Trim(rest.substr(0, comma));
      if (!item.empty()) items.emplace_back(item);
      rest = comma == kNpos ? std::string_view() : rest.substr(comma + 1);
    }
    if (items.empty()) return Skip(report_, file_, line.number, "empty substitution set");
    sets_[std::string(t.substr(a + 1, b - a - 1))] = std::move(items);
  }

  // "CONGRESS!PERSON!" -> one agent per member of the set, no plurals.
  void Substitute(const dict_internal::Line& line, const std::string& text, const Agent& agent) {
    const size_t a = text.find('!'), b = text.find('!', a + 1);
    if (b == kNpos) return Skip(report_, file_, line.number, "unbalanced '!' substitution marker");
    const auto set = sets_.find(text.substr(a + 1, b - a - 1));
    if (set == sets_.end()) {
      return Skip(report_, file_, line.number,
                  fmt::format("undefined substitution set {}", text.substr(a, b - a + 1)));
    }
    if (text.find('!', b + 1) != kNpos) {
      return Skip(report_, file_, line.number, "more than one substitution marker");
    }
    for (const std::string& item : set->second) {
      Store(text.substr(0, a) + item + text.substr(b + 1), agent);
    }
  }

  std::string_view file_;
  Dictionaries* dicts_;
  ReadReport* report_;
  std::map<std::string, std::vector<std::string>> sets_;
};

}  // namespace

ReadReport ReadAgents(std::string_view file, std::string_view text, Dictionaries* dicts) {
  ReadReport report;
  AgentReader reader(file, dicts, &report);
  dict_internal::ForEachLine(file, text, &report,
                             [&](const dict_internal::Line& line) { reader.Add(line); });
  return report;
}

ReadReport ReadDiscards(std::string_view file, std::string_view text, Dictionaries* dicts) {
  ReadReport report;
  dict_internal::ForEachLine(file, text, &report, [&](const dict_internal::Line& line) {
    Discard d;
    d.story = line.text.starts_with('+');
    std::string_view words = Trim(line.text.substr(d.story ? 1 : 0));
    // Discards are matched as text: the words are consecutive, and the last
    // one is a stem unless the entry ends in '_'.
    d.phrase = dict_internal::ParsePhrase(words, false);
    if (d.phrase.empty()) return Skip(&report, file, line.number, "empty discard");
    d.phrase.back().stem = !words.ends_with('_');
    d.file = std::string(file);
    d.line = line.number;
    d.blank_split = true;
    dicts->discards.push_back(std::move(d));
    ++report.entries;
  });
  return report;
}

ReadReport ReadPico(std::string_view file, std::string_view text, Dictionaries* dicts) {
  ReadReport report;
  dict_internal::ForEachLine(file, text, &report, [&](const dict_internal::Line& line) {
    const size_t colon = line.text.find(':');
    const std::string_view code = Trim(line.text.substr(0, colon));
    const std::string_view value =
        colon == kNpos ? std::string_view() : Trim(line.text.substr(colon + 1));
    const bool code_ok =
        code == "---" ||
        (!code.empty() && std::all_of(code.begin(), code.end(), dict_internal::IsAsciiAlnum));
    if (!code_ok || value.empty()) {
      return Skip(&report, file, line.number, "expected CAMEO-CODE:PICO-VALUE");
    }
    dicts->pico[dict_internal::AsciiUpper(code)] = std::string(value);
    ++report.entries;
  });
  return report;
}

}  // namespace dyad::coder
