#include "syntax/parser_features.h"

#include <array>
#include <string_view>

namespace dyad::syntax {
namespace {

// Morphological attributes that signal syntactic function or agreement;
// the others (Gender, Degree, ...) mostly add sparsity.
constexpr std::array<std::string_view, 7> kMorphKeys = {
    "Case", "Definite", "PronType", "VerbForm", "Mood", "Voice", "Number"};

uint64_t HashLower(std::string_view s) {
  char buf[64];
  if (s.size() > sizeof buf) return HashString(s);
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    buf[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return HashString(std::string_view(buf, s.size()));
}

// Hash of the kept "Key=Value" pairs of a FEATS string, in their order.
uint64_t HashMorph(std::string_view feats) {
  uint64_t h = 0x6d6f7270ULL;
  while (!feats.empty()) {
    size_t bar = feats.find('|');
    std::string_view pair = feats.substr(0, bar);
    feats = bar == std::string_view::npos ? std::string_view() : feats.substr(bar + 1);
    std::string_view key = pair.substr(0, pair.find('='));
    for (std::string_view k : kMorphKeys) {
      if (k == key) {
        h = HashMix(h, HashString(pair));
        break;
      }
    }
  }
  return h;
}

// Distance buckets: 1, 2, 3, 4, 5-6, 7-10, 11+.
uint64_t Bucket(int d) {
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

uint64_t Small(int v) { return static_cast<uint64_t>(v < 0 ? 0 : v > 8 ? 8 : v) + 1; }

}  // namespace

void ComputeTokens(const Words& words, std::vector<TokenInfo>* out) {
  size_t n = words.size();
  out->resize(n + 2);
  TokenInfo& root = (*out)[0];
  root.w = root.l = root.p = root.x = root.m = 2;
  TokenInfo& none = (*out)[n + 1];
  none.w = none.l = none.p = none.x = none.m = 1;
  for (size_t i = 0; i < n; ++i) {
    const Word& word = words[i];
    TokenInfo& t = (*out)[i + 1];
    t.w = HashLower(word.form);
    t.l = HashString(word.lemma);
    t.p = HashString(word.upos);
    t.x = HashString(word.xpos);
    t.m = HashMorph(word.feats);
  }
}

void ExtractFeatures(const transition::Config& c, const std::vector<TokenInfo>& tokens,
                     std::vector<Feature>* out) {
  out->clear();
  const int none = c.n + 1;
  auto T = [&](int i) -> const TokenInfo& { return tokens[i < 0 ? none : i]; };
  auto child = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  auto lab = [&](int i) -> uint64_t { return i < 0 ? 0 : static_cast<uint64_t>(c.label[i] + 1); };
  uint64_t t = 0;  // template id: features are numbered in the order below
  auto add = [&](auto... v) { out->push_back(FeatureKey(++t, v...)); };

  const int s0i = c.S(0), s1i = c.S(1), s2i = c.S(2);
  const int b0i = c.B(0), b1i = c.B(1), b2i = c.B(2);
  const int s0li = child(c.lc1, s0i), s0l2i = child(c.lc2, s0i);
  const int s0ri = child(c.rc1, s0i), s0r2i = child(c.rc2, s0i);
  const int s1li = child(c.lc1, s1i), s1ri = child(c.rc1, s1i), s1r2i = child(c.rc2, s1i);
  const int b0li = child(c.lc1, b0i), b0l2i = child(c.lc2, b0i);
  const TokenInfo &s0 = T(s0i), &s1 = T(s1i), &s2 = T(s2i);
  const TokenInfo &b0 = T(b0i), &b1 = T(b1i), &b2 = T(b2i);
  const TokenInfo &s0l = T(s0li), &s0r = T(s0ri), &s1l = T(s1li), &s1r = T(s1ri);
  const TokenInfo &b0l = T(b0li);

  // About 95 templates: each costs a table lookup per transition, and
  // parsing speed is bound by those lookups, so only templates that pay
  // their way are kept.
  add();  // bias
  // Single words.
  for (const TokenInfo* x : {&s0, &b0}) {
    add(x->w);
    add(x->p);
    add(x->w, x->p);
    add(x->x);
    add(x->l);
    add(x->p, x->m);
  }
  for (const TokenInfo* x : {&s1, &b1}) {
    add(x->w);
    add(x->p);
    add(x->w, x->p);
  }
  add(b2.p);
  add(b2.w, b2.p);
  add(s2.p);
  // Pairs: s0-b0 (LEFT) and s1-s0 (RIGHT).
  for (auto [a, b] : {std::pair{&s0, &b0}, {&s1, &s0}}) {
    add(a->w, a->p, b->w, b->p);
    add(a->w, a->p, b->w);
    add(a->w, b->w, b->p);
    add(a->w, a->p, b->p);
    add(a->p, b->w, b->p);
    add(a->w, b->w);
    add(a->p, b->p);
    add(a->x, b->x);
    add(a->l, b->l);
    add(a->p, a->m, b->p, b->m);
  }
  add(b0.p, b1.p);
  add(s1.p, b0.p);
  // Triples.
  add(b0.p, b1.p, b2.p);
  add(s0.p, b0.p, b1.p);
  add(s1.p, s0.p, b0.p);
  add(s2.p, s1.p, s0.p);
  add(s0.p, s0l.p, b0.p);
  add(s0.p, b0.p, b0l.p);
  add(s1.p, s0.p, s0l.p);
  add(s1.p, s0.p, s0r.p);
  add(s1.p, s1r.p, s0.p);
  add(s1.p, s1l.p, s0.p);
  add(s0.x, b0.x, b1.x);
  add(s1.x, s0.x, b0.x);
  // Distance.
  const uint64_t d0 = s0i >= 0 && b0i >= 0 ? Bucket(b0i - s0i) : 0;
  const uint64_t d1 = s1i >= 0 && s0i >= 0 ? Bucket(s0i - s1i) : 0;
  add(s0.w, d0);
  add(s0.p, d0);
  add(b0.w, d0);
  add(b0.p, d0);
  add(s0.p, b0.p, d0);
  add(s1.p, s0.p, d1);
  add(s1.w, s0.w, d1);
  // Valency.
  auto nl = [&](int i) { return i < 0 ? 0 : Small(c.nleft[i]); };
  auto nr = [&](int i) { return i < 0 ? 0 : Small(c.nright[i]); };
  add(s0.w, nr(s0i));
  add(s0.p, nr(s0i));
  add(s0.p, nl(s0i));
  add(b0.p, nl(b0i));
  add(s1.p, nr(s1i));
  add(s1.p, nl(s1i));
  // Children: tags and labels.
  for (auto [x, i] : {std::pair{&s0l, s0li}, {&s0r, s0ri}, {&b0l, b0li}, {&s1r, s1ri}}) {
    add(x->p);
    add(lab(i));
  }
  add(s0l.w);
  add(s0r.w);
  add(b0l.w);
  add(lab(s1li));
  add(s0.p, lab(s0li), lab(s0l2i));
  add(s0.p, lab(s0ri), lab(s0r2i));
  add(b0.p, lab(b0li), lab(b0l2i));
  add(s1.p, lab(s1ri), lab(s1r2i));
  add(s0.p, lab(s0li), b0.p);
  add(s0.p, lab(s0ri), b0.p);
  add(s1.p, lab(s1ri), s0.p);
  add(s1.p, s0.p, lab(s0li));
  add(s1.p, s0.p, lab(s0ri));
  // Label sets.
  auto ls = [&](int i) { return i < 0 ? 0 : c.lset[i] + 1; };
  auto rs = [&](int i) { return i < 0 ? 0 : c.rset[i] + 1; };
  add(s0.p, rs(s0i));
  add(s0.p, ls(s0i));
  add(b0.p, ls(b0i));
  add(s1.p, rs(s1i));
}

}  // namespace dyad::syntax
