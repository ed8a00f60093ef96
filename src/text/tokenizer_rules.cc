#include "text/tokenizer_rules.h"

#include "util/lang_data.h"

namespace dyad::text {
namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

void AddAll(StringSet* set, const std::vector<std::string_view>& f) {
  for (size_t i = 1; i < f.size(); ++i) set->emplace(f[i]);
}

void ApplyDirective(const std::vector<std::string_view>& f, TokenizerRules* r) {
  const std::string_view key = f[0];
  const bool yes = f.size() > 1 && f[1] == "yes";
  if (key == "split_hyphens") r->split_hyphens = yes;
  else if (key == "split_slash") r->split_slash = yes;
  else if (key == "split_percent") r->split_percent = yes;
  else if (key == "keep_word_brackets") r->keep_word_brackets = yes;
  else if (key == "split_number_units") r->split_number_units = yes;
  else if (key == "hyphen_prefix") AddAll(&r->hyphen_prefixes, f);
  else if (key == "hyphen_word") AddAll(&r->hyphen_words, f);
  else if (key == "apostrophe_word") AddAll(&r->apostrophe_words, f);
  else if (key == "emoticon") AddAll(&r->emoticons, f);
  else if (key == "clitic") {
    for (size_t i = 1; i < f.size(); ++i) r->clitics.emplace_back(f[i]);
  } else if (key == "split_word") {
    for (size_t i = 1; i < f.size(); ++i) {
      size_t bar = f[i].find('|');
      if (bar == std::string_view::npos) continue;
      std::string word = AsciiLower(f[i].substr(0, bar)) + AsciiLower(f[i].substr(bar + 1));
      r->split_words.emplace(std::move(word), bar);
    }
  }
}

AbbrevKind ParseKind(std::string_view s) {
  if (s == "title") return AbbrevKind::kTitle;
  if (s == "final") return AbbrevKind::kFinal;
  return AbbrevKind::kPlain;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

TokenizerRules TokenizerRules::Load(std::string_view lang) {
  TokenizerRules r;
  r.lang = std::string(lang);
  const std::string dir = r.lang + "/";
  for (std::string_view line : LangLines(dir + "tokenizer.txt")) {
    ApplyDirective(Fields(line), &r);
  }
  for (std::string_view line : LangLines(dir + "abbreviations.txt")) {
    std::vector<std::string_view> f = Fields(line);
    r.abbreviations.emplace(std::string(f[0]), f.size() > 1 ? ParseKind(f[1]) : AbbrevKind::kPlain);
  }
  for (std::string_view line : LangLines(dir + "sentence_starters.txt")) {
    for (std::string_view w : Fields(line)) r.sentence_starters.emplace(AsciiLower(w));
  }
  return r;
}

const AbbrevKind* TokenizerRules::FindAbbreviation(std::string_view word) const {
  auto it = abbreviations.find(word);
  if (it != abbreviations.end()) return &it->second;
  std::string lower = AsciiLower(word);
  it = abbreviations.find(lower);
  return it == abbreviations.end() ? nullptr : &it->second;
}

}  // namespace dyad::text
