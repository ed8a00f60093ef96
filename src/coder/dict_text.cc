// Line scanning and small parsers shared by the dictionary readers; also
// ParseDictDate and Actor::CodeOn.
#include "coder/dict_text.h"

#include <fmt/format.h>

#include "dyad/document.h"
#include "util/utf8.h"

namespace dyad::coder {
namespace dict_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// Where a '#' or ';' comment starts in `s` (kNpos: none).
size_t CommentStart(std::string_view s) { return s.find_first_of("#;"); }

}  // namespace

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

void Warn(ReadReport* report, std::string_view file, uint32_t line, std::string message) {
  Diagnostic d;
  d.severity = Diagnostic::Severity::kWarning;
  d.file = std::string(file);
  d.line = line;
  d.message = std::move(message);
  report->diagnostics.push_back(std::move(d));
}

void Skip(ReadReport* report, std::string_view file, uint32_t line, std::string message) {
  Warn(report, file, line, std::move(message) + "; line skipped");
  ++report->skipped;
}

// Removes "<!-- ... -->" (possibly opened on an earlier line) and comments
// from `raw`; *out is the trimmed rest (may be empty).
bool LineReader::Clean(std::string_view raw, std::string_view* out) {
  scratch_.clear();
  size_t pos = 0;
  while (pos < raw.size()) {
    if (in_comment_) {
      const size_t close = raw.find("-->", pos);
      if (close == kNpos) break;
      in_comment_ = false;
      pos = close + 3;
      continue;
    }
    const size_t open = raw.find("<!--", pos);
    std::string_view chunk = raw.substr(pos, open == kNpos ? kNpos : open - pos);
    const size_t comment = CommentStart(chunk);
    if (comment != kNpos) {
      scratch_.append(chunk.substr(0, comment));
      break;
    }
    scratch_.append(chunk);
    if (open == kNpos) break;
    in_comment_ = true;
    comment_start_ = number_;
    pos = open + 4;
  }
  *out = Trim(scratch_);
  return !out->empty();
}

bool LineReader::Next(Line* line) {
  while (pos_ < text_.size()) {
    const size_t end = text_.find('\n', pos_);
    std::string_view raw = text_.substr(pos_, end == kNpos ? kNpos : end - pos_);
    pos_ = end == kNpos ? text_.size() : end + 1;
    ++number_;
    if (raw.size() > kMaxLineBytes) {
      Skip(report_, file_, number_, fmt::format("line longer than {} bytes", kMaxLineBytes));
      continue;
    }
    if (!IsValidUtf8(raw)) {
      Skip(report_, file_, number_, "invalid UTF-8");
      continue;
    }
    if (Clean(raw, &line->text)) {
      line->number = number_;
      return true;
    }
  }
  if (in_comment_) {
    Warn(report_, file_, comment_start_,
         "\"<!--\" comment never closed; the rest of the file is ignored");
    in_comment_ = false;
  }
  return false;
}

bool FindPair(std::string_view s, char open, char close, Bracketed* out, std::string* error) {
  const size_t a = s.find(open);
  const size_t b = s.find(close);
  *out = Bracketed{};
  if (a == kNpos && b == kNpos) {
    out->before = s;
    return true;
  }
  if (a == kNpos || b == kNpos || b < a || s.find(open, a + 1) < b) {
    *error = fmt::format("unbalanced '{}{}'", open, close);
    return false;
  }
  if (s.find(open, b + 1) != kNpos || s.find(close, b + 1) != kNpos) {
    *error = fmt::format("more than one '{}...{}'", open, close);
    return false;
  }
  out->found = true;
  out->before = s.substr(0, a);
  out->inside = s.substr(a + 1, b - a - 1);
  out->after = s.substr(b + 1);
  return true;
}

bool Balanced(std::string_view s, char open, char close) {
  bool inside = false;
  for (char c : s) {
    if (c == open) {
      if (inside) return false;
      inside = true;
    } else if (c == close) {
      if (!inside) return false;
      inside = false;
    }
  }
  return !inside;
}

Phrase ParsePhrase(std::string_view text, bool blank_is_gap) {
  Phrase phrase;
  bool gap = false;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '_' || IsBlank(c)) {
      gap = gap || (IsBlank(c) && blank_is_gap);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != '_' && !IsBlank(text[j])) ++j;
    PhraseWord word;
    word.text = Utf8Lower(text.substr(i, j - i));
    word.gap_before = !phrase.empty() && gap;
    phrase.push_back(std::move(word));
    gap = false;
    i = j;
  }
  return phrase;
}

std::string RegularPlural(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  const char last = w.back();
  const bool sibilant =
      last == 's' || last == 'x' || last == 'z' || w.ends_with("ch") || w.ends_with("sh");
  if (sibilant) return w + "es";
  if (last == 'y' && w.size() > 1 && std::string_view("aeiou").find(w[w.size() - 2]) == kNpos) {
    w.pop_back();
    return w + "ies";
  }
  return w + "s";
}

namespace {

// One side of an event code: "---", "+++" or letters and digits.
bool IsEventCodePart(std::string_view s) {
  if (s == "---" || s == "+++") return true;
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsAsciiAlnum(c)) return false;
  }
  return true;
}

}  // namespace

Result<EventCode> ParseEventCode(std::string_view inside) {
  inside = Trim(inside);
  const size_t colon = inside.find(':');
  std::string_view first = Trim(inside.substr(0, colon));
  std::string_view second = colon == kNpos ? std::string_view() : Trim(inside.substr(colon + 1));
  // "[:020]" (PETRARCH-2, e.g. "A faces calls"): only the reverse event.
  if (first.empty() && colon != kNpos) first = "---";
  if (!IsEventCodePart(first) || (colon != kNpos && !IsEventCodePart(second))) {
    return Status::Invalid(fmt::format("bad code \"[{}]\"", inside));
  }
  return EventCode{AsciiUpper(first), AsciiUpper(second)};
}

}  // namespace dict_internal

Result<int32_t> ParseDictDate(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return Status::Invalid(fmt::format("bad date \"{}\"", s));
  }
  std::string digits(s);
  if (s.size() == 6) {
    const int yy = (s[0] - '0') * 10 + (s[1] - '0');
    digits = (yy <= 30 ? "20" : "19") + digits;
  } else if (s.size() != 8) {
    return Status::Invalid(fmt::format("bad date \"{}\" (expected YYMMDD or YYYYMMDD)", s));
  }
  Result<Date> date = Date::Parse(digits);
  if (!date.ok()) return Status::Invalid(fmt::format("bad date \"{}\"", s));
  return date->year * 10000 + date->month * 100 + date->day;
}

const DatedCode* Actor::RoleOn(int32_t day) const {
  if (day == 0) return nullptr;
  for (const DatedCode& d : dated)
    if (d.from <= day && day <= d.to) return &d;
  return nullptr;
}

const std::string& Actor::CodeOn(int32_t day) const {
  const DatedCode* d = RoleOn(day);
  return d != nullptr ? d->code : code;
}

}  // namespace dyad::coder
