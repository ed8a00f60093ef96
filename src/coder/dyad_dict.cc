// Reader of dyad's own dictionary format (docs/dictionary-format.md): one
// entry per line, `kind CODE: phrase | phrase …`, indented lines refining
// the entry above (dated roles of an actor, patterns of a predicate).
#include <fmt/format.h>

#include "coder/dict_text.h"
#include "coder/load.h"
#include "dyad/document.h"
#include "dyad/ontology.h"
#include "util/utf8.h"

namespace dyad::coder {
namespace {

using dict_internal::Trim;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      std::string_view part = Trim(s.substr(start, i - start));
      if (!part.empty()) out.push_back(part);
      start = i + 1;
    }
  return out;
}

// Two to five capitals, dots allowed: "US", "U.S.", "VS", "NAVO".
bool IsAbbreviation(std::string_view w) {
  size_t caps = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (c != '.') return false;
  }
  return caps >= 2 && caps <= 5;
}

// "Vladimir Poetin", "Russisch*" (stem) -> phrase words.
Phrase ParsePhrase(std::string_view s) {
  Phrase p;
  for (std::string_view w : Split(s, ' ')) {
    PhraseWord pw;
    pw.stem = w.size() > 1 && w.back() == '*';
    if (pw.stem) w.remove_suffix(1);
    pw.text = Utf8Lower(w);
    pw.cased = IsAbbreviation(w);
    p.push_back(std::move(pw));
  }
  return p;
}

// "2008-05-07" -> 20080507; a year or month alone is its first day, or its
// last day when it closes a range.
Result<int32_t> IsoDay(std::string_view s, bool end) {
  Result<Date> d = Date::Parse(s);
  if (!d.ok()) return d.status();
  const int month = d->month > 0 ? d->month : (end ? 12 : 1);
  const int day = d->day > 0 ? d->day : (end ? 31 : 1);
  return d->year * 10000 + month * 100 + day;
}

class DyadReader {
 public:
  DyadReader(std::string_view file, Dictionaries* dicts) : file_(file), dicts_(dicts) {}

  void Line(uint32_t line, std::string_view raw) {
    line_ = line;
    const size_t hash = raw.find('#');
    std::string_view s = raw.substr(0, hash);
    const bool indented = !s.empty() && (s.front() == ' ' || s.front() == '\t');
    if (!IsValidUtf8(s)) {
      ++report_.skipped;
      report_.diagnostics.push_back({Diagnostic::Severity::kWarning, std::string(file_), line, "invalid UTF-8"});
      return;
    }
    s = Trim(s);
    if (s.empty() || s.front() == '%') return;
    // A dated role's comment names its offices ("# president"), up to a
    // second note ("# check: …").
    std::string_view comment = hash == std::string_view::npos ? "" : raw.substr(hash + 1);
    comment = Trim(comment.substr(0, comment.find('#')));
    const std::string problem = indented ? Refine(s, comment) : Entry(s);
    if (problem.empty()) {
      ++report_.entries;
      return;
    }
    ++report_.skipped;
    report_.diagnostics.push_back({Diagnostic::Severity::kWarning, std::string(file_), line, problem});
  }
  ReadReport Take() { return std::move(report_); }

 private:
  // "kind CODE: a | b" at the start of a line.
  std::string Entry(std::string_view s) {
    const size_t colon = s.find(':');
    if (colon == std::string_view::npos) return "expected 'kind CODE: phrases'";
    const std::vector<std::string_view> head = Split(s.substr(0, colon), ' ');
    const std::vector<std::string_view> phrases = Split(s.substr(colon + 1), '|');
    if (head.empty()) return "missing entry kind";
    const std::string_view kind = head[0];
    const std::string code = head.size() > 1 ? std::string(head[1]) : "";
    current_ = Current::kNone;
    if (kind == "actor") return Actor(code, head, phrases);
    if (kind == "agent") return Agent(code, phrases);
    if (kind == "discard") return Discard(code == "story", phrases);
    if (kind == "synset") return Synset(code, phrases);
    if (kind == "speech") return Words(&dicts_->speech, phrases);
    if (kind == "sequel") return Words(&dicts_->sequels, phrases);
    if (kind == "light") return Words(&dicts_->light_verbs, phrases);
    if (kind == "according") return Words(&dicts_->attribution, phrases);
    if (kind == "crowd") return Words(&dicts_->crowds, phrases);
    if (kind == "govern") return Governors(code, phrases);
    for (const ClosedClassKey& k : ClosedClassKeys())
      if (kind == k.key) return Words(&(dicts_->closed.*k.words), phrases);
    if (kind == "verb" || kind == "noun") return Block(kind == "noun", head, phrases);
    return fmt::format("unknown entry kind '{}'", kind);
  }

  // "actor RUS seat: Moscow": the option marks a capital or seat of power.
  std::string Actor(const std::string& code, const std::vector<std::string_view>& head,
                    const std::vector<std::string_view>& phrases) {
    if (phrases.empty()) return "actor without phrases";
    coder::Actor a;
    for (size_t i = 2; i < head.size(); ++i) {
      if (head[i] != "seat") return fmt::format("unknown actor option '{}'", head[i]);
      a.seat = true;
    }
    a.code = code;
    a.file = file_;
    a.line = line_;
    for (std::string_view p : phrases) a.phrases.push_back(ParsePhrase(p));
    dicts_->actors.push_back(std::move(a));
    current_ = Current::kActor;
    return "";
  }

  std::string Agent(const std::string& code, const std::vector<std::string_view>& phrases) {
    if (code.size() < 2 || phrases.empty()) return "agent needs '~CODE' or 'CODE~' and phrases";
    const bool before = code.back() == '~';
    const std::string bare = before ? code.substr(0, code.size() - 1) : code.substr(code.front() == '~' ? 1 : 0);
    for (std::string_view p : phrases) dicts_->agents.push_back({ParsePhrase(p), bare, before, std::string(file_), line_});
    return "";
  }

  std::string Discard(bool story, const std::vector<std::string_view>& phrases) {
    for (std::string_view p : phrases) dicts_->discards.push_back({ParsePhrase(p), story, std::string(file_), line_});
    return phrases.empty() ? "discard without phrases" : "";
  }

  std::string Synset(const std::string& name, const std::vector<std::string_view>& phrases) {
    if (name.empty() || phrases.empty()) return "synset needs a name and phrases";
    coder::Synset& s = dicts_->synsets[Utf8Lower(name)];
    for (std::string_view p : phrases) s.phrases.push_back(ParsePhrase(p));
    return "";
  }

  std::string Governors(const std::string& code, const std::vector<std::string_view>& words) {
    if (ontology::FindEventCode(code) == nullptr) return fmt::format("govern needs a CAMEO code, not '{}'", code);
    for (std::string_view w : words) dicts_->governors[Utf8Lower(w)] = code;
    return words.empty() ? "word list without words" : "";
  }

  template <typename Set>
  std::string Words(Set* set, const std::vector<std::string_view>& words) {
    for (std::string_view w : words) set->insert(Utf8Lower(w));
    return words.empty() ? "word list without words" : "";
  }

  // "verb 030 [target=met] [about] [mutual]: afspreken | overeenkomen"
  std::string Block(bool noun, const std::vector<std::string_view>& head, const std::vector<std::string_view>& lemmas) {
    if (head.size() < 2 || lemmas.empty()) return "predicate needs a code and lemmas";
    VerbBlock b;
    b.code = std::string(head[1]);  // "042:043": the bare verb also codes 043 back
    if (const size_t colon = b.code.find(':'); colon != std::string::npos) {
      b.paired = b.code.substr(colon + 1);
      b.code.resize(colon);
    }
    b.file = file_;
    b.line = line_;
    for (std::string_view l : lemmas) {
      Predicate p;
      for (std::string_view w : Split(l, ' ')) p.words.push_back(Utf8Lower(w));
      p.noun = noun;
      // A compound noun is found at its head, the last word ("arrest
      // warrant", "air strike"), where its arguments attach.
      if (noun && !p.words.empty()) p.head = p.words.size() - 1;
      p.line = line_;
      b.predicates.push_back(std::move(p));
    }
    std::string target;
    for (size_t i = 2; i < head.size(); ++i) {
      if (head[i].starts_with("target=")) target = Utf8Lower(head[i].substr(7));
      else if (head[i] == "about") b.about_subject = true;
      else if (head[i] == "mutual") b.mutual = true;
      else return fmt::format("unknown predicate option '{}'", head[i]);
    }
    b.target_case = target;
    if (!target.empty()) b.patterns.push_back(Pattern(b.code, {}, target));
    dicts_->verbs.push_back(std::move(b));
    current_ = Current::kBlock;
    return "";
  }

  VerbPattern Pattern(const std::string& code, const std::vector<std::string_view>& words, const std::string& target) {
    VerbPattern p;
    const size_t colon = code.find(':');
    p.code = code.substr(0, colon);
    if (colon != std::string::npos) p.paired = code.substr(colon + 1);
    p.unordered = true;
    p.target_case = target;
    p.line = line_;
    for (std::string_view w : words) {
      Element e;
      if (w.front() == '&') e.kind = ElementKind::kSynset, w.remove_prefix(1);
      e.text = Utf8Lower(w);
      p.after.push_back(std::move(e));
    }
    return p;
  }

  // Indented: a dated role of the actor above, or a pattern of the block above.
  std::string Refine(std::string_view s, std::string_view comment) {
    if (current_ == Current::kActor) return DatedRole(s, comment);
    if (current_ != Current::kBlock) return "indented line outside an actor or predicate entry";
    // "032:033: bezoek": the code ends at the colon before a blank.
    size_t colon = s.find(": ");
    if (colon == std::string_view::npos && s.back() == ':') colon = s.size() - 1;
    if (colon == std::string_view::npos) return "pattern needs 'CODE: words'";
    std::vector<std::string_view> words;
    std::string target;
    for (std::string_view w : Split(s.substr(colon + 1), ' ')) {
      if (w.starts_with("target=")) target = Utf8Lower(w.substr(7));
      else words.push_back(w);
    }
    dicts_->verbs.back().patterns.push_back(Pattern(std::string(Trim(s.substr(0, colon))), words, target));
    return "";
  }

  // "RUSGOV 2008-05-07..2012-05-07", "RUSGOV 2012..", "RUSELI ..1999"
  std::string DatedRole(std::string_view s, std::string_view comment) {
    const std::vector<std::string_view> parts = Split(s, ' ');
    const size_t dots = parts.size() == 2 ? parts[1].find("..") : std::string_view::npos;
    if (dots == std::string_view::npos) return "dated role needs 'CODE FROM..TO'";
    DatedCode d;
    d.code = std::string(parts[0]);
    const std::string_view from = parts[1].substr(0, dots), to = parts[1].substr(dots + 2);
    Result<int32_t> f = from.empty() ? Result<int32_t>(kFirstDay) : IsoDay(from, false);
    Result<int32_t> t = to.empty() ? Result<int32_t>(kLastDay) : IsoDay(to, true);
    if (!f.ok() || !t.ok()) return "bad date in dated role";
    d.from = *f;
    d.to = *t;
    d.office = Utf8Lower(comment);
    dicts_->actors.back().dated.push_back(std::move(d));
    dicts_->actors.back().person = true;
    return "";
  }

  enum class Current { kNone, kActor, kBlock };
  std::string_view file_;
  Dictionaries* dicts_;
  ReadReport report_;
  uint32_t line_ = 0;
  Current current_ = Current::kNone;
};

}  // namespace

ReadReport ReadDyadDictionary(std::string_view file, std::string_view text, Dictionaries* dicts) {
  DyadReader reader(file, dicts);
  uint32_t line = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    reader.Line(++line, text.substr(start, end - start));
    start = end + 1;
  }
  return reader.Take();
}

}  // namespace dyad::coder
