#include "text/rule_tokenizer.h"

#include "text/chars.h"

namespace dyad::text {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Compares `s` with a lowercase ASCII pattern, folding ASCII case and
// reading ’ (U+2019) in `s` as an apostrophe.
bool EqualsFolded(std::string_view s, std::string_view pattern) {
  size_t i = 0, k = 0;
  while (i < s.size() && k < pattern.size()) {
    if (StartsWith(s.substr(i), "\xE2\x80\x99") && pattern[k] == '\'') { i += 3; ++k; continue; }
    if (LowerAscii(s[i]) != pattern[k]) return false;
    ++i, ++k;
  }
  return i == s.size() && k == pattern.size();
}

// Splits one whitespace-free chunk into pieces.
class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, const TokenizerRules& rules, std::vector<Piece>* out)
      : t_(text), r_(rules), out_(out) {}
  void Split(size_t b, size_t e, uint16_t first_flags);

 private:
  char32_t At(size_t i, int* n) const { return DecodeAt(t_, i, n); }
  char32_t Before(size_t i, int* n) const { return DecodeBefore(t_, i, n); }
  uint8_t ClassAt(size_t i, size_t e) const;
  uint8_t ClassBefore(size_t i, size_t b) const;
  void Emit(size_t b, size_t e, uint16_t flags);
  void EmitWord(size_t b, size_t e);
  size_t PeelOpeners(size_t b, size_t e);
  size_t PeelClosers(size_t b, size_t e, std::vector<Piece>* tail);
  size_t PeelFinalRun(size_t b, size_t e, std::vector<Piece>* tail);
  bool KeepsPeriod(size_t b, size_t e, AbbrevKind* kind) const;
  bool IsApostropheWord(size_t b, size_t e) const;
  bool IsUnsplittable(std::string_view core) const;
  bool IsEmoticon(std::string_view w) const;
  void SplitCore(size_t b, size_t e);
  bool SplitsAt(char32_t c, size_t i, int n, size_t word_begin, size_t b, size_t e) const;
  bool KeepsHyphen(size_t word_begin, size_t i, int n, size_t e) const;
  bool BracketInWord(size_t i, size_t b, size_t e) const;
  size_t DashRunEnd(size_t i, size_t e) const;
  bool IsNumber(size_t b, size_t e) const;
  bool IsOrdinalSuffix(size_t i, size_t e) const;

  std::string_view t_;
  const TokenizerRules& r_;
  std::vector<Piece>* out_;
  uint16_t pending_ = 0;  // flags for the next piece emitted (kParaBefore)
};

uint8_t ChunkSplitter::ClassAt(size_t i, size_t e) const {
  if (i >= e) return 0;
  int n = 0;
  return ClassOf(At(i, &n));
}

uint8_t ChunkSplitter::ClassBefore(size_t i, size_t b) const {
  if (i <= b) return 0;
  int n = 0;
  return ClassOf(Before(i, &n));
}

void ChunkSplitter::Emit(size_t b, size_t e, uint16_t flags) {
  if (b >= e) return;
  Piece p;
  p.begin = static_cast<uint32_t>(b);
  p.end = static_cast<uint32_t>(e);
  p.flags = flags | pending_;
  pending_ = 0;
  out_->push_back(p);
}

// Emits a word, marking it as a multi-word token when a clitic rule applies.
void ChunkSplitter::EmitWord(size_t b, size_t e) {
  Emit(b, e, 0);
  if (b >= e || (r_.clitics.empty() && r_.split_words.empty())) return;
  std::string_view w = t_.substr(b, e - b);
  if (w.size() < 40) {
    if (auto it = r_.split_words.find(AsciiLower(w)); it != r_.split_words.end()) {
      out_->back().split = static_cast<uint16_t>(it->second);
      return;
    }
  }
  for (const std::string& clitic : r_.clitics) {
    const size_t len = clitic[0] == '\'' && w.size() >= clitic.size() + 2 &&
                               StartsWith(w.substr(w.size() - clitic.size() - 2), "\xE2\x80\x99")
                           ? clitic.size() + 2
                           : clitic.size();
    if (w.size() <= len || !EqualsFolded(w.substr(w.size() - len), clitic)) continue;
    if ((ClassBefore(e - len, b) & kAlnum) == 0) continue;
    out_->back().split = static_cast<uint16_t>(w.size() - len);
    return;
  }
}

// True if the bracket at i belongs to a word, as in "(inter)gemeentelijk"
// or "milieu(-vervuiling)", in languages that keep such words whole.
bool ChunkSplitter::BracketInWord(size_t i, size_t b, size_t e) const {
  if (!r_.keep_word_brackets) return false;
  size_t open = i, close = i;
  if (t_[i] == '(') {
    close = t_.find(')', i);
    if (close == std::string_view::npos || close >= e) return false;
  } else {
    open = t_.rfind('(', i);
    if (open == std::string_view::npos || open < b) return false;
  }
  return (ClassBefore(open, b) & kAlnum) || (ClassAt(close + 1, e) & kAlnum);
}

// True if [b, e) is a number: digits with inner . , :
bool ChunkSplitter::IsNumber(size_t b, size_t e) const {
  if (!(ClassAt(b, e) & kDigit)) return false;
  for (size_t k = b; k < e; ++k) {
    const char c = t_[k];
    if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ':')) return false;
  }
  return ClassBefore(e, b) & kDigit;
}

// True if the letters at i end the word and are an ordinal or plural
// suffix of a number: 4th, 1990s.
bool ChunkSplitter::IsOrdinalSuffix(size_t i, size_t e) const {
  size_t j = i;
  while (j < e && (ClassAt(j, e) & kLetter)) ++j;
  if (j < e && (ClassAt(j, e) & kAlnum)) return false;
  const std::string suffix = AsciiLower(t_.substr(i, j - i));
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix == "s";
}

// End of the run of dashes starting at i.
size_t ChunkSplitter::DashRunEnd(size_t i, size_t e) const {
  while (i < e) {
    int n = 0;
    if (!IsDash(At(i, &n))) break;
    i += n;
  }
  return i;
}

bool ChunkSplitter::IsApostropheWord(size_t b, size_t e) const {
  int n = 0;
  At(b, &n);
  if (ClassAt(b + n, e) & kDigit) return true;  // '80, '90s
  size_t j = b + n;
  while (j < e && (ClassAt(j, e) & kLetter)) {
    int m = 0;
    At(j, &m);
    j += m;
  }
  if (j == b + n) return false;
  std::string word(1, '\'');
  word += AsciiLower(t_.substr(b + n, j - b - n));
  return r_.apostrophe_words.count(word) > 0;
}

size_t ChunkSplitter::PeelOpeners(size_t b, size_t e) {
  while (b < e) {
    int n = 0;
    char32_t c = At(b, &n);
    int m = 0;
    if ((c == ',' || IsQuote(c)) && b + n < e && At(b + n, &m) == c) {
      // Doubled marks are one token: Dutch ,, and '', LaTeX ``, ’’.
      Emit(b, b + n + m, IsClosing(c) && c != 0x2018 && c != '`' ? kCloser : kOpener);
      b += n + m;
      continue;
    }
    if (IsApostrophe(c) && IsApostropheWord(b, e)) break;
    if (r_.split_hyphens && IsDash(c) && DashRunEnd(b, e) < e) {  // "-M", "--and"
      Emit(b, DashRunEnd(b, e), 0);
      b = DashRunEnd(b, e);
      continue;
    }
    if (c == '(' && BracketInWord(b, b, e)) break;
    if (!IsOpening(c) || b + n >= e) break;
    Emit(b, b + n, kOpener);
    b += n;
  }
  return b;
}

// True if the word [b, e), which ends in '.', keeps its period.
bool ChunkSplitter::KeepsPeriod(size_t b, size_t e, AbbrevKind* kind) const {
  std::string_view w = t_.substr(b, e - b);
  if (w.size() < 2) return false;
  if (const AbbrevKind* k = r_.FindAbbreviation(w)) {
    *kind = *k;
    return true;
  }
  // Initials and dotted acronyms: "J.", "U.S.", "P.J.M.".
  bool letter_dot = true;
  size_t letters = 0;
  for (size_t i = b; i < e && letter_dot;) {
    int n = 0;
    uint8_t cls = ClassOf(At(i, &n));
    letter_dot = (cls & kLetter) && i + n < e && t_[i + n] == '.';
    if (i == b && !(cls & kUpper) && letter_dot && i + n + 1 == e) return false;  // "a."
    i += n + 1;
    ++letters;
  }
  if (!letter_dot) return false;
  *kind = letters == 1 ? AbbrevKind::kTitle : AbbrevKind::kFinal;
  return true;
}

// Peels a run of . ! ? … ending at e; returns the new end.
size_t ChunkSplitter::PeelFinalRun(size_t b, size_t e, std::vector<Piece>* tail) {
  size_t s = e;
  bool all_dots = true;
  while (s > b) {
    int n = 0;
    char32_t c = Before(s, &n);
    if (!IsSentenceFinal(c)) break;
    all_dots = all_dots && c == '.';
    s -= n;
  }
  AbbrevKind kind = AbbrevKind::kPlain;
  if (all_dots && e - s == 1 && s > b && KeepsPeriod(b, e, &kind)) {
    Piece p;
    p.begin = static_cast<uint32_t>(b);
    p.end = static_cast<uint32_t>(e);
    p.flags = kAbbrev;
    p.abbrev = kind;
    tail->push_back(p);  // the whole remaining core, period included
    return b;
  }
  Piece p;
  p.begin = static_cast<uint32_t>(s);
  p.end = static_cast<uint32_t>(e);
  p.flags = kFinalPunct;
  tail->push_back(p);
  return s;
}

size_t ChunkSplitter::PeelClosers(size_t b, size_t e, std::vector<Piece>* tail) {
  while (e > b) {
    int n = 0;
    char32_t c = Before(e, &n);
    if (IsSentenceFinal(c)) {
      e = PeelFinalRun(b, e, tail);
      continue;
    }
    int m = 0;
    if ((c == ',' || IsQuote(c)) && e - n > b && Before(e - n, &m) == c) n += m;  // '' ’’ ,,
    else if (c == ')' && BracketInWord(e - 1, b, e)) break;
    else if (r_.split_hyphens && IsDash(c)) {  // "speech--"
      size_t start = e;
      while (start > b && IsDash(Before(start, &m))) start -= m;
      if (start == b) break;  // all dashes: the core's
      n = static_cast<int>(e - start);
    } else if (!(c == ',' || c == ';' || c == ':' || IsClosing(c))) break;
    if (e - n == b && tail->empty()) break;  // a lone mark is the caller's
    Piece p;
    p.begin = static_cast<uint32_t>(e - n);
    p.end = static_cast<uint32_t>(e);
    p.flags = IsClosing(c) ? kCloser : (n == 2 ? kOpener : 0);  // '' closes, ,, opens
    tail->push_back(p);
    e -= n;
  }
  return e;
}

// Emoticons are short and start with a mark: test that before hashing.
bool ChunkSplitter::IsEmoticon(std::string_view w) const {
  return w.size() <= 4 && !(ClassOf(static_cast<unsigned char>(w[0])) & kAlnum) &&
         r_.emoticons.count(w) > 0;
}

bool ChunkSplitter::IsUnsplittable(std::string_view w) const {
  const char c = w[0];
  if ((c == 'h' || c == 'w' || c == 'f' || c == 'm') && (StartsWith(w, "http://") || StartsWith(w, "https://") || StartsWith(w, "ftp://") ||
      StartsWith(w, "www.") || StartsWith(w, "mailto:"))) {
    return true;
  }
  if (IsEmoticon(w)) return true;
  size_t at = w.find('@');
  return at != std::string_view::npos && at > 0 && w.find('.', at) != std::string_view::npos;
}

bool ChunkSplitter::KeepsHyphen(size_t word_begin, size_t i, int n, size_t e) const {
  const uint8_t before = ClassBefore(i, word_begin);
  const uint8_t after = ClassAt(i + n, e);
  if (!(before & kAlnum) || !(after & kAlnum)) return true;  // edge or "--"
  if ((before & kDigit) && (after & kDigit)) {  // 713-853-3989 and 853-3242 stay, 3-4 splits
    size_t hyphens = 0, k = word_begin;
    for (; k < e && (t_[k] == '-' || (ClassAt(k, e) & kAlnum)); ++k) hyphens += t_[k] == '-';
    const bool phone = k - word_begin == 8 && i - word_begin == 3;
    return hyphens >= 2 || phone;
  }
  if (r_.hyphen_prefixes.count(AsciiLower(t_.substr(word_begin, i - word_begin)))) return true;
  size_t we = i + n;
  while (we < e && (ClassAt(we, e) & kAlnum || t_[we] == '-')) ++we;
  return r_.hyphen_words.count(AsciiLower(t_.substr(word_begin, we - word_begin))) > 0;
}

// True if code point c at i (n bytes) separates tokens inside a core.
bool ChunkSplitter::SplitsAt(char32_t c, size_t i, int n, size_t word_begin, size_t b,
                            size_t e) const {
  const bool digit_around = (ClassBefore(i, b) & kDigit) && (ClassAt(i + n, e) & kDigit);
  switch (c) {
    case ',': case ':': return !digit_around;
    case '(': case ')': return !BracketInWord(i, b, e);
    case ';': case '!': case '?': case '"': case '[': case ']': case '{': case '}':
    case '<': case '>': return true;
    case '.': return i + 1 < e && t_[i + 1] == '.';  // "past...and"
    case '/': return r_.split_slash && !digit_around;
    case '%': return r_.split_percent;
    case '$': return true;
    case '#': return r_.split_number_units && (ClassAt(i + n, e) & kDigit);
    default: break;
  }
  if (IsDash(c)) return r_.split_hyphens && !KeepsHyphen(word_begin, i, n, e);
  return c >= 128 && IsQuote(c) && !IsApostrophe(c);
}

void ChunkSplitter::SplitCore(size_t b, size_t e) {
  if (b >= e) return;
  if (IsUnsplittable(t_.substr(b, e - b))) return Emit(b, e, kNoSplit);
  size_t word = b;
  for (size_t i = b; i < e;) {
    int n = 0;
    char32_t c = At(i, &n);
    if (r_.split_number_units && i > word && (ClassOf(c) & kLetter) && IsNumber(word, i) &&
        !IsOrdinalSuffix(i, e)) {
      EmitWord(word, i);  // "5pm", "35mm", "7:30PM": number and unit
      word = i;
    }
    if (!SplitsAt(c, i, n, word, b, e)) {
      i += n;
      continue;
    }
    EmitWord(word, i);
    size_t j = i + n;  // runs of the same mark are one token: "--", "?!"
    while (j < e && t_[j] == t_[i] && n == 1) ++j;
    Emit(i, j, IsDash(c) || c == ',' ? 0 : (IsClosing(c) ? kCloser : 0));
    i = word = j;
  }
  EmitWord(word, e);
}

void ChunkSplitter::Split(size_t b, size_t e, uint16_t first_flags) {
  pending_ = first_flags;
  std::string_view chunk = t_.substr(b, e - b);
  if (IsEmoticon(chunk)) return Emit(b, e, kNoSplit);
  if (e - b > 2 && t_[b] == '<' && t_[e - 1] == '>') {  // <user@example.com>
    Emit(b, b + 1, kOpener);
    SplitCore(b + 1, e - 1);
    return Emit(e - 1, e, kCloser);
  }
  b = PeelOpeners(b, e);
  std::vector<Piece> tail;
  e = PeelClosers(b, e, &tail);
  SplitCore(b, e);
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
    it->flags |= pending_;
    pending_ = 0;
    out_->push_back(*it);
  }
}

}  // namespace

void RuleTokenizer::Split(std::string_view text, std::vector<Piece>* pieces) const {
  ChunkSplitter splitter(text, rules_, pieces);
  size_t i = 0;
  int newlines = 0;
  const size_t size = text.size();
  while (i < size) {
    int n = 0;
    char32_t c = DecodeAt(text, i, &n);
    uint8_t cls = ClassOf(c);
    if (cls & kSpace) {
      newlines += (cls & kNewline) ? 1 : 0;
      i += n;
      continue;
    }
    size_t j = i + n;
    while (j < size) {
      unsigned char u = static_cast<unsigned char>(text[j]);
      if (u < 0x80) {
        if (ClassOf(u) & kSpace) break;
        ++j;
        continue;
      }
      int m = 0;
      if (ClassOf(DecodeAt(text, j, &m)) & kSpace) break;
      j += m;
    }
    splitter.Split(i, j, newlines >= 2 ? kParaBefore : 0);
    newlines = 0;
    i = j;
  }
}

}  // namespace dyad::text
