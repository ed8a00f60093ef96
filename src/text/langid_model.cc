#include "text/langid_model.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/lang_data.h"

namespace dyad::langid {
namespace {

// Zipf's law for running text: the word of rank r has probability about
// 0.1 / r. The same curve for every language keeps lists of different
// lengths comparable (a shorter list does not concentrate more mass).
constexpr double kZipfA = 0.1;
constexpr double kZipfK = 1.0;
// Probability of a listed word in a language whose list lacks it: it may
// still be a rarer word, a name or a loan there. Tuned on the UD dev sets.
constexpr double kAbsentProb = 1e-4;

static_assert(kNumModelLanguages <= 8, "Entry::listed is a uint8_t mask");

struct Entry {
  std::array<float, kNumModelLanguages> log_prob{};
  uint8_t listed = 0;  // bit L set: the word is in language L's list
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct Table {
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> words;
  size_t max_bytes = 0;  // longest listed word: longer ones need no lookup
};

bool IsApostrophe(int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsHyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsAsciiLetter(int32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsLetter(int32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);  // the common case, without a table lookup
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLower(int32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

void AppendLower(int32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(c), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Code points of `s`; invalid bytes are dropped.
void Decode(std::string_view s, std::vector<int32_t>* out) {
  out->clear();
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    if (*p < 0x80) {
      out->push_back(*p++);
      --left;
      continue;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) {
      n = 1;  // skip one invalid byte
    } else {
      out->push_back(c);
    }
    p += n;
    left -= n;
  }
}

// URLs, paths, e-mail addresses, domain names: their letters are not words.
bool IsAddressLike(std::string_view chunk) {
  for (size_t i = 0; i < chunk.size(); ++i) {
    if (chunk[i] == '@' || chunk[i] == '/') return true;
    if (chunk[i] != '.' || i + 1 == chunk.size()) continue;
    const unsigned char next = static_cast<unsigned char>(chunk[i + 1]);
    if (std::isalnum(next) || next >= 0x80) return true;
  }
  return false;
}

bool StartsWithLowercase(std::string_view chunk) {
  utf8proc_int32_t c = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(chunk.data()),
                   static_cast<utf8proc_ssize_t>(chunk.size()), &c);
  return c >= 0 && IsLower(c);
}

// Emits the words of one chunk (see ForEachWord for the rules).
void ChunkWords(const std::vector<int32_t>& cps, bool next_is_lowercase, std::string* buf,
                const std::function<void(const Word&)>& fn) {
  const size_t n = cps.size();
  size_t i = 0;
  while (i < n) {
    buf->clear();
    if (IsApostrophe(cps[i]) && i + 1 < n && IsLetter(cps[i + 1])) {
      buf->push_back('\'');
      ++i;
    } else if (!IsLetter(cps[i])) {
      ++i;
      continue;
    }
    const int32_t first = cps[i];
    size_t letters = 0;
    while (i < n) {
      if (IsLetter(cps[i])) {
        AppendLower(cps[i++], buf);
        ++letters;
      } else if ((IsApostrophe(cps[i]) || IsHyphen(cps[i])) && i + 1 < n && IsLetter(cps[i + 1])) {
        buf->push_back(IsApostrophe(cps[i++]) ? '\'' : '-');
      } else {
        break;
      }
    }
    if (i < n && IsApostrophe(cps[i])) {
      buf->push_back('\'');
      ++i;
    }
    const bool lone_capital = letters == 1 && buf->size() <= 4 && buf->front() != '\'' &&
                              buf->back() != '\'' &&
                              IsUpper(first);
    if (lone_capital && !(n == 1 && next_is_lowercase)) continue;
    fn(Word{*buf, IsLower(first)});
  }
}

Table BuildTable() {
  Table table;
  for (size_t lang = 0; lang < kNumModelLanguages; ++lang) {
    const std::string path = std::string(kModelLanguages[lang]) + "/function_words.txt";
    int rank = 0;
    for (std::string_view line : LangLines(path)) {
      // Lists go through the same normalisation as text, so "L'" or a
      // typographic apostrophe in a list still matches.
      std::vector<std::string> words;
      ForEachWord(line, [&](const Word& w) { words.emplace_back(w.text); });
      if (words.size() != 1) continue;  // not one word: a malformed line
      table.max_bytes = std::max(table.max_bytes, words[0].size());
      auto [it, added] = table.words.try_emplace(words[0]);
      if (added) it->second.log_prob.fill(static_cast<float>(std::log(kAbsentProb)));
      if (it->second.listed & (1u << lang)) continue;  // duplicate: keep first rank
      ++rank;
      it->second.log_prob[lang] = static_cast<float>(std::log(kZipfA / (rank + kZipfK)));
      it->second.listed |= static_cast<uint8_t>(1u << lang);
    }
  }
  return table;
}

const Table& GetTable() {
  static const Table table = BuildTable();
  return table;
}

bool Match(const Table& table, std::string_view w, WordEvidence* ev) {
  if (w.size() > table.max_bytes) return false;
  auto it = table.words.find(w);
  if (it == table.words.end()) return false;
  for (size_t l = 0; l < kNumModelLanguages; ++l) {
    ev->log_likelihood[l] += it->second.log_prob[l];
    if (it->second.listed & (1u << l)) ++ev->hits[l];
  }
  ++ev->matched;
  return true;
}

// A word not listed as such may still hold listed parts: "l'homme" ("l'"),
// "John's" ("'s"), a quoted "'word" or "word'".
void Lookup(const Table& table, std::string_view w, WordEvidence* ev) {
  if (Match(table, w, ev)) return;
  if (w.find('-') != std::string_view::npos) return;  // a compound: one unknown word
  if (w.size() > 1 && w.back() == '\'') return Lookup(table, w.substr(0, w.size() - 1), ev);
  if (w.size() > 1 && w.front() == '\'') return Lookup(table, w.substr(1), ev);
  const size_t i = w.find('\'');
  if (i == std::string_view::npos) return;
  Match(table, w.substr(0, i + 1), ev);
  if (!Match(table, w.substr(i), ev)) Match(table, w.substr(i + 1), ev);
}

}  // namespace

int ModelIndex(std::string_view iso) {
  for (size_t i = 0; i < kNumModelLanguages; ++i) {
    if (kModelLanguages[i] == iso) return static_cast<int>(i);
  }
  return -1;
}

void ForEachWord(std::string_view text, const std::function<void(const Word&)>& fn) {
  std::vector<int32_t> cps;
  std::string buf;
  size_t pos = 0;
  auto next_chunk = [&]() -> std::string_view {
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    size_t start = pos;
    while (pos < text.size() && !IsSpace(text[pos])) ++pos;
    return text.substr(start, pos - start);
  };
  std::string_view chunk = next_chunk();
  while (!chunk.empty()) {
    std::string_view next = next_chunk();
    if (!IsAddressLike(chunk)) {
      Decode(chunk, &cps);
      ChunkWords(cps, StartsWithLowercase(next), &buf, fn);
    }
    chunk = next;
  }
}

WordEvidence ScoreWords(std::string_view text) {
  const Table& table = GetTable();
  WordEvidence ev;
  ForEachWord(text, [&](const Word& w) {
    ++ev.words;
    if (w.lowercase) ++ev.lowercase;
    Lookup(table, w.text, &ev);
  });
  return ev;
}

}  // namespace dyad::langid
