// Phoenix / TABARI actor dictionaries:
//
//   PRIMARY_PHRASE_  [CODE] [CODE date-restriction]…   ; comment
//   +SYNONYM_PHRASE
//   <tab>[CODE <YYMMDD]  [CODE >YYMMDD]  [CODE YYMMDD-YYMMDD]  [CODE]
//
// See docs/petrarch-dictionaries.md for the interpretation choices.
#include <fmt/format.h>

#include "coder/dict_text.h"

namespace dyad::coder {
namespace {

using dict_internal::Line;
using dict_internal::Skip;
using dict_internal::Trim;

constexpr size_t kNpos = std::string_view::npos;

struct ActorCode {
  bool is_default = false;
  DatedCode dated;
};

// "PSE", "pse" -> "PSE"; "---" -> "" (explicitly none); TABARI compound
// actors "ELR/GAL" and the marker "+++" are kept as written.
Result<std::string> ActorCodeText(std::string_view code) {
  if (code == "---") return std::string();
  if (code == "+++") return std::string(code);
  for (char c : code) {
    const bool ok =
        dict_internal::IsAsciiAlnum(c) || (c == '/' && code.front() != '/' && code.back() != '/');
    if (!ok) return Status::Invalid(fmt::format("bad actor code \"{}\"", code));
  }
  return dict_internal::AsciiUpper(code);
}

Result<int32_t> DateIn(std::string_view s) { return ParseDictDate(Trim(s)); }

// The restriction after the code: "<date", ">date", "date-date" or nothing.
Status ParseRestriction(std::string_view rest, ActorCode* out) {
  Result<int32_t> day = 0;
  if (rest.empty()) {
    out->is_default = true;
  } else if (rest[0] == '<') {
    if ((day = DateIn(rest.substr(1))).ok()) out->dated.to = *day;
  } else if (rest[0] == '>') {
    if ((day = DateIn(rest.substr(1))).ok()) out->dated.from = *day;
  } else if (const size_t dash = rest.find('-'); dash != kNpos) {
    Result<int32_t> to = DateIn(rest.substr(dash + 1));
    if (!(day = DateIn(rest.substr(0, dash))).ok()) return day.status();
    if (!to.ok()) return to.status();
    if (*to < *day)
      return Status::Invalid(fmt::format("end date before start date in \"{}\"", rest));
    out->dated.from = *day;
    out->dated.to = *to;
  } else {
    return Status::Invalid(
        fmt::format("date restriction \"{}\" needs <date, >date or date-date", rest));
  }
  return day.status();
}

// The inside of one "[CODE restriction]".
Result<ActorCode> ParseActorCode(std::string_view inside) {
  inside = Trim(inside);
  const size_t blank = inside.find_first_of(" \t");
  Result<std::string> code = ActorCodeText(inside.substr(0, blank));
  if (!code.ok()) return code.status();
  if (inside.empty()) return Status::Invalid("empty code \"[]\"");
  ActorCode out;
  out.dated.code = std::move(*code);
  if (Status s = ParseRestriction(blank == kNpos ? "" : Trim(inside.substr(blank)), &out);
      !s.ok()) {
    return s;
  }
  return out;
}

// Every "[...]" of `text`, which must hold nothing else.
Status ParseCodeGroups(std::string_view text, std::vector<ActorCode>* out) {
  text = Trim(text);
  while (!text.empty()) {
    const size_t close = text.find(']');
    if (text[0] != '[') return Status::Invalid(fmt::format("stray text \"{}\"", text));
    if (close == kNpos || text.find('[', 1) < close) return Status::Invalid("unbalanced '[]'");
    Result<ActorCode> code = ParseActorCode(text.substr(1, close - 1));
    if (!code.ok()) return code.status();
    out->push_back(std::move(*code));
    text = Trim(text.substr(close + 1));
  }
  return Status::Ok();
}

void Apply(std::vector<ActorCode>& codes, Actor* actor) {
  for (ActorCode& c : codes) {
    if (c.is_default) {
      actor->code = std::move(c.dated.code);
    } else {
      actor->dated.push_back(std::move(c.dated));
    }
  }
}

Result<Phrase> ActorPhrase(std::string_view text) {
  if (!dict_internal::Balanced(text, '(', ')') || !dict_internal::Balanced(text, '{', '}') ||
      text.find(']') != kNpos) {
    return Status::Invalid(fmt::format("unbalanced brackets in phrase \"{}\"", Trim(text)));
  }
  Phrase phrase = dict_internal::ParsePhrase(text, true);
  if (phrase.empty()) return Status::Invalid("empty phrase");
  return phrase;
}

class ActorReader {
 public:
  ActorReader(std::string_view file, Dictionaries* dicts, ReadReport* report)
      : file_(file), dicts_(dicts), report_(report) {}

  void Add(const Line& line) {
    if (line.text.starts_with('[')) return Codes(line);
    if (line.text.starts_with('+')) return Synonym(line);
    Primary(line);
  }

 private:
  void Codes(const Line& line) {
    if (!has_actor_)
      return Skip(report_, file_, line.number, "date restriction with no actor" + Why());
    std::vector<ActorCode> codes;
    Status s = ParseCodeGroups(line.text, &codes);
    if (!s.ok()) return Skip(report_, file_, line.number, s.message());
    Apply(codes, &dicts_->actors.back());
  }

  void Synonym(const Line& line) {
    if (!has_actor_)
      return Skip(report_, file_, line.number, "+synonym with no primary phrase" + Why());
    if (line.text.find('[') != kNpos) {
      return Skip(report_, file_, line.number, "code on a +synonym line");
    }
    Result<Phrase> phrase = ActorPhrase(line.text.substr(1));
    if (!phrase.ok()) return Skip(report_, file_, line.number, phrase.status().message());
    dicts_->actors.back().phrases.push_back(std::move(*phrase));
  }

  void Primary(const Line& line) {
    const size_t bracket = line.text.find('[');
    Result<Phrase> phrase = ActorPhrase(line.text.substr(0, bracket));
    std::vector<ActorCode> codes;
    Status s = phrase.ok()
                   ? ParseCodeGroups(bracket == kNpos ? "" : line.text.substr(bracket), &codes)
                   : phrase.status();
    if (!s.ok()) {
      has_actor_ = false;  // its synonyms and dates would attach to the wrong actor
      after_skip_ = true;
      return Skip(report_, file_, line.number, s.message());
    }
    Actor actor;
    actor.phrases.push_back(std::move(*phrase));
    actor.file = std::string(file_);
    actor.line = line.number;
    Apply(codes, &actor);
    dicts_->actors.push_back(std::move(actor));
    has_actor_ = true;
    after_skip_ = false;
    ++report_->entries;
  }

  std::string_view file_;
  Dictionaries* dicts_;
  ReadReport* report_;
  std::string Why() const { return after_skip_ ? " (its primary line was skipped)" : ""; }

  bool has_actor_ = false;
  bool after_skip_ = false;
};

}  // namespace

ReadReport ReadActors(std::string_view file, std::string_view text, Dictionaries* dicts) {
  ReadReport report;
  ActorReader reader(file, dicts, &report);
  dict_internal::ForEachLine(file, text, &report, [&](const Line& line) { reader.Add(line); });
  return report;
}

}  // namespace dyad::coder
