// PETRARCH-1 / TABARI verb dictionaries (CAMEO.verbpatterns.*, PETR.Validate.
// verbs.txt) and the skeleton the PETRARCH-2 reader shares: synsets, blocks,
// verbs and pattern lines. See docs/petrarch-dictionaries.md.
#include <fmt/format.h>

#include "coder/dict_text.h"
#include "util/utf8.h"

namespace dyad::coder {
namespace dict_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// ---- Verbs: "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED} [002]" --------------------

// The head word of a verb form: the word marked '+' in a multi-word form,
// else the form itself (lower-case, without '+').
Result<std::string> FormHead(std::string_view form) {
  if (form.find('_') == kNpos) {
    if (form.starts_with('+')) form.remove_prefix(1);
    return Utf8Lower(form);
  }
  const size_t plus = form.find('+');
  if (plus == kNpos || form.find('+', plus + 1) != kNpos) {
    return Status::Invalid(fmt::format("multi-word form \"{}\" needs exactly one '+'", form));
  }
  const size_t end = form.find('_', plus);
  return Utf8Lower(form.substr(plus + 1, end == kNpos ? kNpos : end - plus - 1));
}

// Fills words/head from "KLM_NOP_+RST", "+BEEF_UP" or "ABANDON".
Status ParseVerbWords(std::string_view verb, Predicate* p) {
  size_t start = 0;
  int heads = 0;
  while (start <= verb.size()) {
    const size_t end = std::min(verb.find('_', start), verb.size());
    std::string_view word = verb.substr(start, end - start);
    if (word.starts_with('+')) {
      word.remove_prefix(1);
      p->head = p->words.size();
      ++heads;
    }
    if (word.empty() || word.find('+') != kNpos) {
      return Status::Invalid(fmt::format("malformed verb \"{}\"", verb));
    }
    p->words.push_back(Utf8Lower(word));
    start = end + 1;
  }
  if (p->words.size() > 1 && heads != 1) {
    return Status::Invalid(
        fmt::format("multi-word verb \"{}\" needs exactly one '+' before its verb", verb));
  }
  return Status::Ok();
}

Status ParseForms(std::string_view forms, Predicate* p) {
  size_t i = 0;
  auto separator = [](char c) { return IsBlank(c) || c == ','; };  // "{A , B}" occurs
  while (i < forms.size()) {
    if (separator(forms[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < forms.size() && !separator(forms[j])) ++j;
    Result<std::string> head = FormHead(forms.substr(i, j - i));
    if (!head.ok()) return head.status();
    if (head->empty()) return Status::Invalid("empty verb form");
    p->forms.push_back(std::move(*head));
    i = j;
  }
  return Status::Ok();
}

Result<Predicate> ParsePredicate(std::string_view text, uint32_t line) {
  std::string error;
  Bracketed code, forms;
  if (!FindPair(text, '[', ']', &code, &error)) return Status::Invalid(error);
  std::string rest = code.found ? fmt::format("{} {}", code.before, code.after) : std::string(text);
  if (!FindPair(rest, '{', '}', &forms, &error)) return Status::Invalid(error);
  const std::string verb_text =
      forms.found ? fmt::format("{} {}", forms.before, forms.after) : std::string(forms.before);
  std::string_view verb = Trim(verb_text);
  if (verb.empty() || verb.find_first_of(" \t()") != kNpos) {
    return Status::Invalid(fmt::format("expected one verb, found \"{}\"", verb));
  }
  Predicate p;
  p.line = line;
  if (Status s = ParseVerbWords(verb, &p); !s.ok()) return s;
  if (Status s = ParseForms(forms.inside, &p); !s.ok()) return s;
  if (code.found) {
    Result<EventCode> c = ParseEventCode(code.inside);
    if (!c.ok()) return c.status();
    p.code = std::move(c->code);
    p.paired = std::move(c->paired);
  }
  return p;
}

// ---- Patterns ---------------------------------------------------------------

Result<Element> MakeElement(std::string_view t) {
  Element e;
  if (t == "$") {
    e.kind = ElementKind::kSource;
  } else if (t == "+") {
    e.kind = ElementKind::kTarget;
  } else if (t == "%") {
    e.kind = ElementKind::kSymmetric;
  } else if (t == "^") {
    e.kind = ElementKind::kSkipPhrase;
  } else if (t.starts_with('&')) {
    e.kind = ElementKind::kSynset;
    e.text = SynsetKey(t);
    if (e.text.empty()) return Status::Invalid("'&' without a synset name");
  } else {
    const size_t bad = t.find_first_of("*[]{}()&$%^");
    if (bad != kNpos) return Status::Invalid(fmt::format("stray '{}' in \"{}\"", t[bad], t));
    e.text = Utf8Lower(t);
  }
  return e;
}

Status BuildElements(const std::vector<PatternToken>& tokens, VerbPattern* p) {
  size_t star = kNpos;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].text != "*") continue;
    if (star != kNpos) return Status::Invalid("more than one '*' in pattern");
    star = i;
  }
  if (star == kNpos) return Status::Invalid("pattern without '*' (the verb)");
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i == star) continue;
    Result<Element> e = MakeElement(tokens[i].text);
    if (!e.ok()) return e.status();
    // Before the verb the neighbour on the verb's side is the next token.
    e->adjacent = i < star ? tokens[i + 1].joined : tokens[i].joined;
    (i < star ? p->before : p->after).push_back(std::move(*e));
  }
  return Status::Ok();
}

Result<VerbPattern> ParsePattern(std::string_view text, uint32_t line,
                                 const PatternTokenizer& tokenize) {
  std::string error;
  Bracketed code;
  if (!FindPair(text, '[', ']', &code, &error)) return Status::Invalid(error);
  if (!code.found) return Status::Invalid("pattern without [code]");
  if (!Trim(code.after).empty()) {
    return Status::Invalid(fmt::format("stray text \"{}\" after the code", Trim(code.after)));
  }
  Result<EventCode> c = ParseEventCode(code.inside);
  if (!c.ok()) return c.status();
  VerbPattern p;
  p.code = std::move(c->code);
  p.paired = std::move(c->paired);
  p.line = line;
  std::vector<PatternToken> tokens;
  if (Status s = tokenize(code.before.substr(1), &tokens); !s.ok()) return s;
  if (Status s = BuildElements(tokens, &p); !s.ok()) return s;
  return p;
}

// ---- The file ---------------------------------------------------------------

class VerbFileReader {
 public:
  VerbFileReader(std::string_view file, Dictionaries* dicts, const PatternTokenizer& tokenize,
                 ReadReport* report)
      : file_(file), dicts_(dicts), tokenize_(tokenize), report_(report), synsets_(file, report) {}

  void Add(const Line& line) {
    const std::string_view t = line.text;
    if (t.starts_with('+') && in_synset_) return synsets_.AddMember(t.substr(1), line.number);
    in_synset_ = false;
    if (t.starts_with("---")) return Header(line);
    if (t.starts_with('-')) return Pattern(line);
    if (t.starts_with('&')) return SynsetLabel(line);
    if (t.starts_with('~')) return Transformation(line);
    Verb(line);
  }

  void Finish() {
    report_->entries += synsets_.Resolve(dicts_);
    for (VerbBlock& block : blocks_) {
      DropUndefined(&block);
      report_->entries += block.predicates.size() + block.patterns.size();
      dicts_->verbs.push_back(std::move(block));
    }
  }

 private:
  void Header(const Line& line) {
    std::string_view t = line.text;
    while (t.starts_with('-')) t.remove_prefix(1);
    while (t.ends_with('-')) t.remove_suffix(1);
    VerbBlock block;
    block.code = "---";
    block.file = std::string(file_);
    block.line = line.number;
    std::string error;
    Bracketed code;
    if (!FindPair(t, '[', ']', &code, &error)) {
      Skip(report_, file_, line.number, error + " in block header; block opened with code ---");
    } else if (code.found) {
      Result<EventCode> c = ParseEventCode(code.inside);
      if (c.ok()) {
        block.code = std::move(c->code);
        block.paired = std::move(c->paired);
      } else {
        Skip(report_, file_, line.number,
             c.status().message() + " in block header; block opened with code ---");
      }
    }
    blocks_.push_back(std::move(block));
  }

  void Pattern(const Line& line) {
    if (blocks_.empty()) return Skip(report_, file_, line.number, "pattern before any block");
    Result<VerbPattern> p = ParsePattern(line.text, line.number, tokenize_);
    if (!p.ok()) return Skip(report_, file_, line.number, p.status().message());
    blocks_.back().patterns.push_back(std::move(*p));
  }

  void Verb(const Line& line) {
    if (blocks_.empty()) return Skip(report_, file_, line.number, "verb before any block");
    Result<Predicate> p = ParsePredicate(line.text, line.number);
    if (!p.ok()) return Skip(report_, file_, line.number, p.status().message());
    blocks_.back().predicates.push_back(std::move(*p));
  }

  void SynsetLabel(const Line& line) {
    std::string_view label = line.text;
    if (label.size() < 2 || label.find_first_of(" \t") != kNpos) {
      return Skip(report_, file_, line.number, fmt::format("malformed synset label \"{}\"", label));
    }
    synsets_.Open(label, line.number);
    in_synset_ = true;
  }

  void Transformation(const Line& line) {
    dicts_->transformations.push_back(coder::Transformation{std::string(line.text), line.number});
    ++report_->entries;
  }

  // Drops, with a warning, the patterns naming a synset nobody defined (as
  // PETRARCH does); splits "&TIETYPES_RUMORS" into a synset and words.
  void DropUndefined(VerbBlock* block) {
    std::vector<VerbPattern> kept;
    for (VerbPattern& p : block->patterns) {
      std::string missing;
      if (ResolvePatternSynsets(*dicts_, &p, &missing)) {
        kept.push_back(std::move(p));
      } else {
        Skip(report_, file_, p.line, fmt::format("pattern uses undefined synset &{}", missing));
      }
    }
    block->patterns = std::move(kept);
  }

  std::string_view file_;
  Dictionaries* dicts_;
  const PatternTokenizer& tokenize_;
  ReadReport* report_;
  SynsetCollector synsets_;
  bool in_synset_ = false;
  std::vector<VerbBlock> blocks_;
};

// PETRARCH-1 pattern bodies: TABARI's "{a|b}" alternatives are not read
// (PETRARCH skips them too).
Status TokenizeTabari(std::string_view body, std::vector<PatternToken>* out) {
  if (body.find('{') != kNpos) {
    return Status::Invalid("TABARI alternatives {...} in pattern (PETRARCH does not read them)");
  }
  SplitUnderscoreTokens(body, out);
  return Status::Ok();
}

// True when s[j] ends an "&NAME_WITH_UNDERSCORES" token: at '*', or at a
// '_' followed by another marker ("&FIGHT_&CRIME", "&AIRCRAFT_FROM_$").
bool EndsSynsetName(std::string_view s, size_t j) {
  if (s[j] == '*') return true;
  return s[j] == '_' && j + 1 < s.size() && std::string_view("&$+%^*").find(s[j + 1]) != kNpos;
}

}  // namespace

void SplitUnderscoreTokens(std::string_view s, std::vector<PatternToken>* out) {
  bool joined = false, separated = false;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '_' || IsBlank(s[i])) {
      joined = (separated ? joined : true) && s[i] == '_';
      separated = true;
      ++i;
      continue;
    }
    size_t j = i;
    // "&NAME_WITH_UNDERSCORES" stays whole: which part names the synset is
    // decided once all synsets are known (ResolvePatternSynsets).
    const bool synset = s[i] == '&';
    while (j < s.size() && !IsBlank(s[j]) && (synset ? !EndsSynsetName(s, j) : s[j] != '_')) ++j;
    out->push_back(PatternToken{s.substr(i, j - i), separated && joined});
    joined = separated = false;
    i = j;
  }
}

ReadReport ReadVerbFile(std::string_view file, std::string_view text, Dictionaries* dicts,
                        const PatternTokenizer& tokenize) {
  ReadReport report;
  VerbFileReader reader(file, dicts, tokenize, &report);
  ForEachLine(file, text, &report, [&](const Line& line) { reader.Add(line); });
  reader.Finish();
  return report;
}

}  // namespace dict_internal

ReadReport ReadPetrarchVerbs(std::string_view file, std::string_view text, Dictionaries* dicts) {
  return dict_internal::ReadVerbFile(file, text, dicts, dict_internal::TokenizeTabari);
}

}  // namespace dyad::coder
