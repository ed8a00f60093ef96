#include "coder/check.h"

#include <fmt/format.h>

#include <unordered_map>

#include "dyad/ontology.h"

namespace dyad::coder {
namespace {

std::string Text(const Phrase& p) {
  std::string out;
  for (const PhraseWord& w : p) out += (out.empty() ? "" : " ") + w.text + (w.stem ? "*" : "");
  return out;
}

class Checker {
 public:
  explicit Checker(const Dictionaries& d) : d_(d) {}

  std::vector<Diagnostic> Run() {
    Actors();
    Agents();
    for (const VerbBlock& b : d_.verbs) Block(b);
    Predicates();
    return std::move(out_);
  }

 private:
  void Warn(const std::string& file, uint32_t line, std::string message) {
    out_.push_back({Diagnostic::Severity::kWarning, file, line, std::move(message)});
  }

  static std::string Where(const std::string& file, uint32_t line) { return fmt::format("{}:{}", file, line); }

  // Every code of an actor, the default first.
  static std::vector<std::string> Codes(const Actor& a) {
    std::vector<std::string> out;
    if (!a.code.empty()) out.push_back(a.code);
    for (const DatedCode& d : a.dated) out.push_back(d.code);
    return out;
  }

  void ActorCode(const Actor& a, const std::string& code) {
    for (size_t start = 0; start <= code.size();) {  // TABARI writes "FRO/BIL/SAM"
      size_t slash = code.find('/', start);
      if (slash == std::string::npos) slash = code.size();
      const std::string part = code.substr(start, slash - start);
      // The first three letters say who: a country, or IGO/NGO/… (the rest
      // may be any length: Phoenix's IGOEUREEC, the eval's IGOEU).
      const std::string head = part.substr(0, 3);
      if (part != "---" && (part.size() < 3 || (!ontology::IsCountryCode(head) && !ontology::FindActorType(head))))
        Warn(a.file, a.line, fmt::format("actor code '{}' starts with no known country or group code", part));
      start = slash + 1;
    }
  }

  void Dates(const Actor& a) {
    for (size_t i = 0; i < a.dated.size(); ++i) {
      const DatedCode& x = a.dated[i];
      if (x.from > x.to) Warn(a.file, a.line, fmt::format("role {} ends ({}) before it starts ({})", x.code, x.to, x.from));
      for (size_t j = i + 1; j < a.dated.size(); ++j) {
        const DatedCode& y = a.dated[j];
        // Ends are inclusive; PETRARCH's files let one role end on the day
        // the next begins, which is no conflict.
        if (x.code != y.code && x.from < y.to && y.from < x.to)
          Warn(a.file, a.line, fmt::format("roles {} ({}..{}) and {} ({}..{}) overlap", x.code, x.from, x.to, y.code,
                                           y.from, y.to));
      }
    }
  }

  void Actors() {
    std::unordered_map<std::string, const Actor*> seen;
    for (const Actor& a : d_.actors) {
      for (const std::string& c : Codes(a)) ActorCode(a, c);
      Dates(a);
      for (const Phrase& p : a.phrases) {
        auto [it, fresh] = seen.emplace(Text(p), &a);
        if (fresh || it->second == &a) continue;
        const bool same = Codes(*it->second) == Codes(a);
        Warn(a.file, a.line, fmt::format("'{}' {} {}", Text(p), same ? "repeats the actor at" : "also names another actor at",
                                         Where(it->second->file, it->second->line)));
      }
    }
  }

  void Agents() {
    std::unordered_map<std::string, const Agent*> seen;
    for (const Agent& a : d_.agents) {
      const std::vector<std::string> parts = ontology::SplitActorCode(a.code);
      if (parts.empty() || ontology::FindActorType(parts[0]) == nullptr)
        Warn(a.file, a.line, fmt::format("agent code '{}' is not a role code", a.code));
      auto [it, fresh] = seen.emplace(Text(a.phrase), &a);
      if (!fresh)
        Warn(a.file, a.line, fmt::format("agent '{}' already defined at {}", Text(a.phrase),
                                         Where(it->second->file, it->second->line)));
    }
  }

  void EventCode(const std::string& file, uint32_t line, const std::string& code) {
    if (!IsCodeless(code) && ontology::FindEventCode(code) == nullptr)
      Warn(file, line, fmt::format("'{}' is not a CAMEO event code", code));
  }

  static bool SamePattern(const VerbPattern& a, const VerbPattern& b) {
    auto same = [](const std::vector<Element>& x, const std::vector<Element>& y) {
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i)
        if (x[i].kind != y[i].kind || x[i].text != y[i].text || x[i].adjacent != y[i].adjacent) return false;
      return true;
    };
    return same(a.before, b.before) && same(a.after, b.after) && a.unordered == b.unordered &&
           a.target_case == b.target_case;
  }

  void Pattern(const VerbBlock& b, size_t k) {
    const VerbPattern& p = b.patterns[k];
    EventCode(b.file, p.line, p.code);
    EventCode(b.file, p.line, p.paired);
    for (size_t j = 0; j < k; ++j)
      if (SamePattern(b.patterns[j], p))
        Warn(b.file, p.line, fmt::format("pattern repeats line {} of its block and can never be chosen", b.patterns[j].line));
    if (p.unordered && p.before.empty() && p.after.empty() && p.target_case.empty() && p.paired.empty())
      Warn(b.file, p.line, "pattern without words, target or paired code");
    for (const std::vector<Element>* list : {&p.before, &p.after})
      for (const Element& e : *list)
        if (e.kind == ElementKind::kSynset && d_.synsets.count(e.text) == 0)
          Warn(b.file, p.line, fmt::format("unknown synset &{}", e.text));
  }

  void Block(const VerbBlock& b) {
    if (b.predicates.empty()) Warn(b.file, b.line, "predicate block without verbs or nouns");
    EventCode(b.file, b.line, b.code);
    EventCode(b.file, b.line, b.paired);
    for (const Predicate& p : b.predicates) EventCode(b.file, p.line, p.code);
    for (size_t k = 0; k < b.patterns.size(); ++k) Pattern(b, k);
  }

  // The same verb in two blocks is fine (their patterns compete, as in
  // PETRARCH's files) unless both code the bare verb, differently: then only
  // the first block's code is ever used for it.
  void Predicates() {
    std::unordered_map<std::string, std::pair<const VerbBlock*, std::string>> seen;
    for (const VerbBlock& b : d_.verbs)
      for (const Predicate& p : b.predicates) {
        std::string key = (p.noun ? "noun " : "verb ");
        for (const std::string& w : p.words) key += w + " ";
        const std::string bare = p.code.empty() ? b.code : p.code;
        auto [it, fresh] = seen.emplace(key, std::make_pair(&b, bare));
        const std::string& other = it->second.second;
        if (!fresh && it->second.first != &b && !IsCodeless(bare) && !IsCodeless(other) && bare != other)
          Warn(b.file, p.line, fmt::format("{}is coded {} here and {} at {}", key, bare, other,
                                           Where(it->second.first->file, it->second.first->line)));
      }
  }

  const Dictionaries& d_;
  std::vector<Diagnostic> out_;
};

std::string RootOf(const std::string& code) {
  if (IsCodeless(code)) return "";
  const ontology::EventCode* c = ontology::FindEventCode(code);
  return c != nullptr ? c->root : "";
}

}  // namespace

std::vector<Diagnostic> CheckDictionaries(const Dictionaries& dicts) { return Checker(dicts).Run(); }

DictStats ComputeStats(const Dictionaries& d) {
  DictStats s;
  s.actors = d.actors.size();
  for (const Actor& a : d.actors) s.actor_phrases += a.phrases.size(), s.dated_roles += a.dated.size();
  s.agents = d.agents.size();
  s.discards = d.discards.size();
  for (const VerbBlock& b : d.verbs) {
    for (const Predicate& p : b.predicates) {
      ++s.predicates;
      if (std::string r = RootOf(p.code.empty() ? b.code : p.code); !r.empty()) ++s.by_root[r];
    }
    for (const VerbPattern& p : b.patterns) {
      ++s.patterns;
      if (std::string r = RootOf(p.code); !r.empty()) ++s.by_root[r];
    }
  }
  return s;
}

}  // namespace dyad::coder
