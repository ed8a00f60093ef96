// A port of the CoNLL 2018 shared task evaluation script conll18_ud_eval.py
// (v1.2, UFAL). Each step mirrors a function of the script, named in the
// comments, so the two can be compared line by line; any deviation from the
// script's numbers is a bug here.
#include "dyad/eval.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

namespace dyad::eval {
namespace {

using conllu::Row;
using conllu::Sentence;

const std::set<std::string, std::less<>> kContentDeprels = {
    "nsubj", "obj",  "iobj",     "csubj",  "ccomp",    "xcomp",      "obl",
    "vocative", "expl", "dislocated", "advcl", "advmod", "discourse", "nmod",
    "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound", "list",
    "parataxis", "orphan", "goeswith", "reparandum", "root", "dep"};

const std::set<std::string, std::less<>> kFunctionalDeprels = {
    "aux", "cop", "mark", "det", "clf", "case", "cc"};

const std::set<std::string, std::less<>> kUniversalFeatures = {
    "PronType", "NumType", "Poss",     "Reflex",   "Foreign", "Abbr",   "Gender",
    "Animacy",  "Number",  "Case",     "Definite", "Degree",  "VerbForm", "Mood",
    "Tense",    "Aspect",  "Voice",    "Evident",  "Polarity", "Person", "Polite"};

constexpr int kRoot = -1;        // parent of a root word
constexpr int kNotAligned = -2;  // a system parent with no aligned gold word

// A half-open range [start, end) of code points in UdRep::chars.
struct Span {
  size_t start = 0, end = 0;
};

// UDWord of the script. Columns are reduced as the script reduces them.
struct Word {
  Span span;  // for a word of a multi-word token: the whole token's span
  bool is_multiword = false;
  std::string form_lower;  // FORM (Zs removed for single-word tokens), lowercased
  std::string_view lemma, upos, xpos;
  std::string feats;   // universal features only, sorted, joined by '|'
  std::string deprel;  // without the subtype
  bool is_content = false, is_functional = false;
  int parent = kRoot;  // index into UdRep::words
  std::vector<int> functional_children;
};

// UDRepresentation of the script, plus the line of each token for messages.
struct UdRep {
  std::u32string chars;  // all token forms, Zs removed
  std::vector<Span> tokens, sentences;
  std::vector<size_t> token_lines;
  std::vector<Word> words;
};

// ---------------------------------------------------------------- text ----

// Decodes UTF-8; an invalid byte b becomes U+DC00+b (as Python's
// surrogateescape) so that comparisons stay byte-exact.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char b = s[i];
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    char32_t c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    bool ok = len > 0 && i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      unsigned char cont = s[i + k];
      ok = (cont & 0xC0) == 0x80;
      c = (c << 6) | (cont & 0x3F);
    }
    if (!ok) {
      out.push_back(0xDC00 + b);
      ++i;
      continue;
    }
    out.push_back(c);
    i += len;
  }
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    if (c >= 0xDC80 && c <= 0xDCFF) {
      out.push_back(static_cast<char>(c - 0xDC00));  // an undecodable byte
    } else if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else if (c < 0x10000) {
      out += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
              static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      out += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    }
  }
  return out;
}

// Unicode general category Zs (space separators), fixed since Unicode 6.3.
bool IsZs(char32_t c) {
  return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string StripZs(std::string_view form) {
  std::u32string chars = Decode(form);
  std::erase_if(chars, IsZs);
  return chars;
}

// Python's str.lower(): full Unicode lowercasing (ICU's root locale does the
// same, final sigma included). ASCII takes a fast path.
std::string Lower(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

// ---------------------------------------------------------- load_conllu ----

std::string UniversalFeats(std::string_view feats) {
  std::vector<std::string_view> kept;
  size_t pos = 0;
  while (pos <= feats.size()) {
    size_t bar = std::min(feats.find('|', pos), feats.size());
    std::string_view feat = feats.substr(pos, bar - pos);
    if (kUniversalFeatures.count(feat.substr(0, feat.find('='))) > 0) kept.push_back(feat);
    pos = bar + 1;
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view f : kept) {
    if (!out.empty()) out.push_back('|');
    out.append(f);
  }
  return out;
}

Word MakeWord(const Row& row, Span span, bool is_multiword, std::string_view form) {
  Word w;
  w.span = span;
  w.is_multiword = is_multiword;
  w.form_lower = Lower(form);
  w.lemma = row.lemma;
  w.upos = row.upos;
  w.xpos = row.xpos;
  w.feats = UniversalFeats(row.feats);
  w.deprel = row.deprel.substr(0, row.deprel.find(':'));
  w.is_content = kContentDeprels.count(w.deprel) > 0;
  w.is_functional = kFunctionalDeprels.count(w.deprel) > 0;
  return w;
}

// Python's int() on a HEAD column, restricted to an optional '-' and digits.
bool ParseHead(std::string_view text, long* head) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *head);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

Status LineError(size_t line, const std::string& message) {
  return Status::Corrupt("line " + std::to_string(line) + ": " + message);
}

// Loads the words of the multi-word token at rows[*i]; advances *i to the
// last of them. The script takes the next end-start+1 lines as its words.
Status LoadMultiword(const Sentence& s, size_t* i, Span span, size_t line, UdRep* ud) {
  const Row& range = s.rows[*i];
  for (int n = range.start; n <= range.end; ++n) {
    ++*i;
    while (*i < s.rows.size() && s.rows[*i].kind == Row::Kind::kEmpty) ++*i;
    if (*i >= s.rows.size() || s.rows[*i].kind != Row::Kind::kWord) {
      return LineError(line, "multi-word token '" + range.id + "' lacks its words");
    }
    ud->words.push_back(MakeWord(s.rows[*i], span, true, s.rows[*i].form));
  }
  return Status::Ok();
}

// One token line: its characters, its span and its word(s).
Status LoadToken(const Sentence& s, size_t* i, size_t first_word, UdRep* ud) {
  const Row& row = s.rows[*i];
  size_t line = s.line + s.comments.size() + *i;
  std::u32string form = StripZs(row.form);
  if (form.empty()) return LineError(line, "There is an empty FORM in the CoNLL-U file");
  Span span{ud->chars.size(), ud->chars.size() + form.size()};
  ud->chars += form;
  ud->tokens.push_back(span);
  ud->token_lines.push_back(line);
  if (row.kind == Row::Kind::kMultiword) return LoadMultiword(s, i, span, line, ud);
  size_t expected = ud->words.size() - first_word + 1;
  if (row.start != static_cast<int>(expected)) {
    return LineError(line, "Incorrect word ID '" + row.id + "' for word '" + row.form +
                               "', expected '" + std::to_string(expected) + "'");
  }
  ud->words.push_back(MakeWord(row, span, false, Encode(form)));
  return Status::Ok();
}

// Sets parent links (the script's process_word): HEAD in range, no cycle.
Status LinkParents(const Sentence& s, size_t first, UdRep* ud) {
  std::vector<Word>& words = ud->words;
  size_t n = words.size() - first;
  std::vector<const Row*> rows = s.Words();  // the same words, in order
  for (size_t k = 0; k < n; ++k) {
    long head = 0;
    if (!ParseHead(rows[k]->head, &head)) {
      return LineError(s.line, "Cannot parse HEAD '" + rows[k]->head + "'");
    }
    if (head < 0 || head > static_cast<long>(n)) {
      return LineError(s.line, "HEAD '" + rows[k]->head + "' points outside of the sentence");
    }
    words[first + k].parent = head == 0 ? kRoot : static_cast<int>(first + head - 1);
  }
  // Walking up from any word must reach the root within n steps.
  for (size_t k = 0; k < n; ++k) {
    int w = static_cast<int>(first + k);
    for (size_t steps = 0; w != kRoot; ++steps, w = words[w].parent) {
      if (steps > n) return LineError(s.line, "There is a cycle in a sentence");
    }
  }
  return Status::Ok();
}

// The end-of-sentence part of load_conllu: links, children, single root.
Status FinishSentence(const Sentence& s, size_t first, UdRep* ud) {
  if (Status st = LinkParents(s, first, ud); !st.ok()) return st;
  std::vector<Word>& words = ud->words;
  size_t roots = 0;
  for (size_t w = first; w < words.size(); ++w) {
    if (words[w].parent == kRoot) ++roots;
    if (words[w].parent != kRoot && words[w].is_functional) {
      words[words[w].parent].functional_children.push_back(static_cast<int>(w));
    }
  }
  if (roots != 1) return LineError(s.line, "There are multiple roots in a sentence");
  return Status::Ok();
}

Status LoadSentence(const Sentence& s, UdRep* ud) {
  ud->sentences.push_back({ud->chars.size(), 0});
  size_t first_word = ud->words.size();
  for (size_t i = 0; i < s.rows.size(); ++i) {
    if (s.rows[i].kind == Row::Kind::kEmpty) continue;  // empty nodes are skipped
    if (Status st = LoadToken(s, &i, first_word, ud); !st.ok()) return st;
  }
  if (Status st = FinishSentence(s, first_word, ud); !st.ok()) return st;
  ud->sentences.back().end = ud->chars.size();
  return Status::Ok();
}

Result<UdRep> Load(const std::vector<Sentence>& sentences, const char* side) {
  UdRep ud;
  for (const Sentence& s : sentences) {
    if (Status st = LoadSentence(s, &ud); !st.ok()) {
      return Status::Corrupt(std::string(side) + " " + st.message());
    }
  }
  return ud;
}

// ------------------------------------------------------------- scoring ----

Score MakeScore(size_t gold, size_t system, size_t correct, size_t aligned, bool has_aligned) {
  Score s;
  s.gold_total = gold;
  s.system_total = system;
  s.correct = correct;
  s.aligned_total = aligned;
  s.has_aligned_accuracy = has_aligned;
  double c = static_cast<double>(correct);
  if (system > 0) s.precision = c / static_cast<double>(system);
  if (gold > 0) s.recall = c / static_cast<double>(gold);
  if (gold + system > 0) s.f1 = 2 * c / static_cast<double>(gold + system);
  if (aligned > 0) s.aligned_accuracy = c / static_cast<double>(aligned);
  return s;
}

// spans_score
Score SpansScore(const std::vector<Span>& gold, const std::vector<Span>& system) {
  size_t correct = 0, gi = 0, si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (system[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < system[si].start) {
      ++gi;
    } else {
      correct += gold[gi].end == system[si].end;
      ++si;
      ++gi;
    }
  }
  return MakeScore(gold.size(), system.size(), correct, 0, false);
}

struct Alignment {
  std::vector<std::pair<int, int>> matched;  // (gold word, system word)
  std::vector<int> system_to_gold;           // kNotAligned if unmatched
};

// beyond_end
bool BeyondEnd(const std::vector<Word>& words, size_t i, size_t span_end) {
  if (i >= words.size()) return true;
  if (words[i].is_multiword) return words[i].span.start >= span_end;
  return words[i].span.end > span_end;
}

// extend_end
size_t ExtendEnd(const Word& word, size_t span_end) {
  return word.is_multiword && word.span.end > span_end ? word.span.end : span_end;
}

struct Cursor {
  size_t gi = 0, si = 0;
};

// find_multiword_span: from *c (where gold or system is in a multi-word
// token) returns the start of the minimal multi-word span and moves *c past
// its end.
Cursor FindMultiwordSpan(const std::vector<Word>& gold, const std::vector<Word>& sys,
                         Cursor* c) {
  size_t end;
  if (gold[c->gi].is_multiword) {
    end = gold[c->gi].span.end;
    if (!sys[c->si].is_multiword && sys[c->si].span.start < gold[c->gi].span.start) ++c->si;
  } else {
    end = sys[c->si].span.end;
    if (!gold[c->gi].is_multiword && gold[c->gi].span.start < sys[c->si].span.start) ++c->gi;
  }
  Cursor start = *c;
  while (!BeyondEnd(gold, c->gi, end) || !BeyondEnd(sys, c->si, end)) {
    if (c->gi < gold.size() &&
        (c->si >= sys.size() || gold[c->gi].span.start <= sys[c->si].span.start)) {
      end = ExtendEnd(gold[c->gi++], end);
    } else {
      end = ExtendEnd(sys[c->si++], end);
    }
  }
  return start;
}

using Table = std::vector<std::vector<int>>;

// compute_lcs over gold[gs, ge) and sys[ss, se), on lowercased forms.
Table ComputeLcs(const std::vector<Word>& gold, const std::vector<Word>& sys, Cursor s,
                 Cursor e) {
  size_t ng = e.gi - s.gi, ns = e.si - s.si;
  Table lcs(ng + 1, std::vector<int>(ns + 1, 0));  // an extra zero row/column
  for (size_t g = ng; g-- > 0;) {
    for (size_t k = ns; k-- > 0;) {
      if (gold[s.gi + g].form_lower == sys[s.si + k].form_lower) lcs[g][k] = 1 + lcs[g + 1][k + 1];
      lcs[g][k] = std::max({lcs[g][k], lcs[g + 1][k], lcs[g][k + 1]});
    }
  }
  return lcs;
}

void Match(Alignment* a, size_t g, size_t s) {
  a->matched.emplace_back(static_cast<int>(g), static_cast<int>(s));
  a->system_to_gold[s] = static_cast<int>(g);
}

// Case A of align_words: LCS alignment inside one multi-word span.
void AlignMultiword(const std::vector<Word>& gold, const std::vector<Word>& sys, Cursor s,
                    Cursor e, Alignment* a) {
  if (e.gi <= s.gi || e.si <= s.si) return;
  Table lcs = ComputeLcs(gold, sys, s, e);
  size_t g = 0, k = 0, ng = e.gi - s.gi, ns = e.si - s.si;
  while (g < ng && k < ns) {
    if (gold[s.gi + g].form_lower == sys[s.si + k].form_lower) {
      Match(a, s.gi + g++, s.si + k++);
    } else if (lcs[g][k] == lcs[g + 1][k]) {
      ++g;
    } else {
      ++k;
    }
  }
}

// align_words
Alignment AlignWords(const std::vector<Word>& gold, const std::vector<Word>& sys) {
  Alignment a;
  a.system_to_gold.assign(sys.size(), kNotAligned);
  Cursor c;
  while (c.gi < gold.size() && c.si < sys.size()) {
    const Word& g = gold[c.gi];
    const Word& s = sys[c.si];
    if (g.is_multiword || s.is_multiword) {
      Cursor start = FindMultiwordSpan(gold, sys, &c);
      AlignMultiword(gold, sys, start, c, &a);
    } else if (g.span.start == s.span.start && g.span.end == s.span.end) {
      Match(&a, c.gi++, c.si++);
    } else if (g.span.start <= s.span.start) {
      ++c.gi;
    } else {
      ++c.si;
    }
  }
  return a;
}

// The evaluation context: both sides and their alignment.
struct Eval {
  const std::vector<Word>& gold;
  const std::vector<Word>& sys;
  const Alignment& a;

  // The script's gold_aligned_system applied to a system word index.
  int SystemToGold(int s) const { return s == kRoot ? kRoot : a.system_to_gold[s]; }
  bool SameHead(const Word& g, const Word& s) const { return g.parent == SystemToGold(s.parent); }
  bool SameLabel(const Word& g, const Word& s) const {
    return SameHead(g, s) && g.deprel == s.deprel;
  }
  // A gold lemma "_" matches any system lemma.
  bool SameLemma(const Word& g, const Word& s) const {
    return g.lemma == "_" || g.lemma == s.lemma;
  }
  bool SameChildren(const Word& g, const Word& s) const {
    if (g.functional_children.size() != s.functional_children.size()) return false;
    for (size_t i = 0; i < g.functional_children.size(); ++i) {
      const Word& gc = gold[g.functional_children[i]];
      const Word& sc = sys[s.functional_children[i]];
      if (g.functional_children[i] != SystemToGold(s.functional_children[i]) ||
          gc.deprel != sc.deprel || gc.upos != sc.upos || gc.feats != sc.feats) {
        return false;
      }
    }
    return true;
  }
};

using KeyFn = std::function<bool(const Eval&, const Word&, const Word&)>;

// alignment_score; `content_only` is the script's filter_fn for CLAS etc.
Score AlignmentScore(const Eval& e, const KeyFn& same, bool content_only) {
  auto keep = [&](const Word& w) { return !content_only || w.is_content; };
  size_t gold = std::count_if(e.gold.begin(), e.gold.end(), keep);
  size_t sys = std::count_if(e.sys.begin(), e.sys.end(), keep);
  size_t aligned = 0, correct = 0;
  for (auto [g, s] : e.a.matched) {
    if (!keep(e.gold[g])) continue;
    ++aligned;
    if (same && same(e, e.gold[g], e.sys[s])) ++correct;
  }
  if (!same) return MakeScore(gold, sys, aligned, 0, false);
  return MakeScore(gold, sys, correct, aligned, true);
}

Scores ScoreAll(const UdRep& gold, const UdRep& sys) {
  Alignment a = AlignWords(gold.words, sys.words);
  Eval e{gold.words, sys.words, a};
  auto tags = [](const Eval&, const Word& g, const Word& s) {
    return g.upos == s.upos && g.xpos == s.xpos && g.feats == s.feats;
  };
  auto mlas = [](const Eval& e, const Word& g, const Word& s) {
    return e.SameLabel(g, s) && g.upos == s.upos && g.feats == s.feats && e.SameChildren(g, s);
  };
  Scores r;
  r["Tokens"] = SpansScore(gold.tokens, sys.tokens);
  r["Sentences"] = SpansScore(gold.sentences, sys.sentences);
  r["Words"] = AlignmentScore(e, nullptr, false);
  r["UPOS"] = AlignmentScore(e, [](auto&, auto& g, auto& s) { return g.upos == s.upos; }, false);
  r["XPOS"] = AlignmentScore(e, [](auto&, auto& g, auto& s) { return g.xpos == s.xpos; }, false);
  r["UFeats"] = AlignmentScore(e, [](auto&, auto& g, auto& s) { return g.feats == s.feats; }, false);
  r["AllTags"] = AlignmentScore(e, tags, false);
  r["Lemmas"] = AlignmentScore(e, [](auto& e, auto& g, auto& s) { return e.SameLemma(g, s); }, false);
  r["UAS"] = AlignmentScore(e, [](auto& e, auto& g, auto& s) { return e.SameHead(g, s); }, false);
  r["LAS"] = AlignmentScore(e, [](auto& e, auto& g, auto& s) { return e.SameLabel(g, s); }, false);
  r["CLAS"] = AlignmentScore(e, [](auto& e, auto& g, auto& s) { return e.SameLabel(g, s); }, true);
  r["MLAS"] = AlignmentScore(e, mlas, true);
  r["BLEX"] = AlignmentScore(
      e, [](auto& e, auto& g, auto& s) { return e.SameLabel(g, s) && e.SameLemma(g, s); }, true);
  return r;
}

// The line of the token holding character `index` ("end of file" past it).
std::string LineOf(const UdRep& ud, size_t index) {
  auto it = std::upper_bound(ud.tokens.begin(), ud.tokens.end(), index,
                             [](size_t i, const Span& s) { return i < s.end; });
  if (it == ud.tokens.end()) return "end of file";
  return "line " + std::to_string(ud.token_lines[it - ud.tokens.begin()]);
}

Status TextMismatch(const UdRep& gold, const UdRep& sys) {
  size_t i = 0;
  while (i < gold.chars.size() && i < sys.chars.size() && gold.chars[i] == sys.chars[i]) ++i;
  std::u32string_view g(gold.chars), s(sys.chars);
  return Status::Invalid(
      "The concatenation of tokens in gold file and in system file differ!\n"
      "First difference at character " + std::to_string(i) + " (whitespace ignored): gold " +
      LineOf(gold, i) + ", system " + LineOf(sys, i) + "\n" +
      "First 20 differing characters in gold file: '" + Encode(g.substr(i, 20)) +
      "' and system file: '" + Encode(s.substr(i, 20)) + "'");
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%10.2f", 100 * x);
  return buf;
}

}  // namespace

Result<Scores> EvaluateConllu(const std::vector<Sentence>& gold,
                              const std::vector<Sentence>& system) {
  Result<UdRep> g = Load(gold, "gold");
  if (!g.ok()) return g.status();
  Result<UdRep> s = Load(system, "system");
  if (!s.ok()) return s.status();
  if (g->chars != s->chars) return TextMismatch(*g, *s);
  return ScoreAll(*g, *s);
}

std::string FormatTable(const Scores& scores) {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
      "-----------+-----------+-----------+-----------+-----------\n";
  for (std::string_view name : kMetrics) {
    auto it = scores.find(std::string(name));
    if (it == scores.end()) continue;  // a subset, e.g. tokenizer-only scores
    const Score& s = it->second;
    std::string label(name);
    label.resize(std::max<size_t>(label.size(), 11), ' ');
    out += label + "|" + Percent(s.precision) + " |" + Percent(s.recall) + " |" +
           Percent(s.f1) + " |" + (s.has_aligned_accuracy ? Percent(s.aligned_accuracy) : "") +
           "\n";
  }
  return out;
}

std::string FormatJson(const Scores& scores) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (std::string_view name : kMetrics) {
    auto it = scores.find(std::string(name));
    if (it == scores.end()) continue;
    const Score& s = it->second;
    nlohmann::ordered_json m = {{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}};
    m["aligned_accuracy"] = s.has_aligned_accuracy ? nlohmann::ordered_json(s.aligned_accuracy)
                                                   : nlohmann::ordered_json(nullptr);
    m["gold_total"] = s.gold_total;
    m["system_total"] = s.system_total;
    m["correct"] = s.correct;
    m["aligned_total"] = s.aligned_total;
    j[std::string(name)] = std::move(m);
  }
  return j.dump(2) + "\n";
}

}  // namespace dyad::eval
