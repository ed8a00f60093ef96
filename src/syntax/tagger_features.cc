#include "syntax/tagger_features.h"

#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

// Hash values standing for "no word" before and after the sentence.
constexpr uint64_t kBeforeSentence = 0x51ed270b27a5d1c3ULL;
constexpr uint64_t kAfterSentence = 0x7c2d0a9f3b8e4c61ULL;
// Tag value for "no tag" (before the sentence).
constexpr uint64_t kNoTag = 0xffff;

TokenInfo PaddingToken(uint64_t h) {
  TokenInfo t;
  t.form = t.lower = t.shape = t.ambiguity = h;
  for (int k = 0; k < 4; ++k) t.prefix[k] = t.suffix[k] = h + k + 1;
  return t;
}

void FillToken(std::string_view form, TaggerScratch* s, TokenInfo* t) {
  t->form = HashString(form);
  Utf8LowerInto(form, &s->lower);
  std::string_view lower = s->lower;
  t->lower = HashString(lower);
  // Affix hashes are salted by length so "a" as prefix-1 and suffix-1
  // of different words still differ from a whole word "a".
  for (size_t k = 0; k < 4; ++k) {
    t->prefix[k] = HashString(Prefix(lower, k + 1)) + k;
    t->suffix[k] = HashString(Suffix(lower, k + 1)) + 7 * k;
  }
  t->flags = ShapeInto(form, &s->shape);
  t->shape = HashString(s->shape);
}

uint64_t Tag(int t) { return t < 0 ? kNoTag : static_cast<uint64_t>(t); }

}  // namespace

void ComputeBaseFeatures(const Words& words, const AmbiguityMap& ambiguity, TaggerScratch* s) {
  const int n = static_cast<int>(words.size());
  s->tokens.resize(n + 2 * kPad);
  for (int k = 0; k < kPad; ++k) {
    s->tokens[k] = PaddingToken(kBeforeSentence);
    s->tokens[n + kPad + k] = PaddingToken(kAfterSentence);
  }
  for (int i = 0; i < n; ++i) {
    TokenInfo& t = s->tokens[i + kPad];
    FillToken(words[i].form, s, &t);
    auto it = ambiguity.find(t.lower);
    t.ambiguity = it == ambiguity.end() ? 0 : it->second;
  }

  s->base.resize(static_cast<size_t>(n) * kBaseFeatures);
  for (int i = 0; i < n; ++i) {
    const TokenInfo* t = &s->tokens[i + kPad];  // t[-2] .. t[2] are valid
    Feature* f = &s->base[static_cast<size_t>(i) * kBaseFeatures];
    int k = 0;
    f[k++] = FeatureKey(1);  // bias
    f[k++] = FeatureKey(2, t[0].lower);
    f[k++] = FeatureKey(3, t[0].form);
    for (int a = 0; a < 4; ++a) f[k++] = FeatureKey(4 + a, t[0].suffix[a]);
    for (int a = 0; a < 4; ++a) f[k++] = FeatureKey(8 + a, t[0].prefix[a]);
    f[k++] = FeatureKey(12, t[0].shape);
    f[k++] = FeatureKey(13, t[0].flags, i == 0);
    f[k++] = FeatureKey(14, t[-1].lower);
    f[k++] = FeatureKey(15, t[-1].suffix[2]);
    f[k++] = FeatureKey(16, t[-2].lower);
    f[k++] = FeatureKey(17, t[1].lower);
    f[k++] = FeatureKey(18, t[1].suffix[2]);
    f[k++] = FeatureKey(19, t[2].lower);
    f[k++] = FeatureKey(20, t[-1].lower, t[0].lower);
    f[k++] = FeatureKey(21, t[0].lower, t[1].lower);
    f[k++] = FeatureKey(22, t[-1].shape);
    f[k++] = FeatureKey(23, t[1].shape);
    f[k++] = FeatureKey(24, t[1].flags);
    f[k++] = FeatureKey(25, t[-1].suffix[1]);
    f[k++] = FeatureKey(26, t[1].suffix[1]);
    f[k++] = FeatureKey(27, t[-2].suffix[2]);
    f[k++] = FeatureKey(28, t[2].suffix[2]);
    f[k++] = FeatureKey(29, t[-1].lower, t[1].lower);
    f[k++] = FeatureKey(30, t[-1].flags, t[0].flags);
    f[k++] = FeatureKey(31, t[0].ambiguity);
    f[k++] = FeatureKey(32, t[1].ambiguity);
    f[k++] = FeatureKey(33, t[2].ambiguity);
    f[k++] = FeatureKey(34, t[0].ambiguity, t[1].ambiguity);
    f[k++] = FeatureKey(35, t[0].lower, t[1].ambiguity);
    static_assert(kBaseFeatures == 35 + 1);
    f[k++] = FeatureKey(36, t[0].suffix[2], t[1].ambiguity);
  }
}

void UposFeatures(const TaggerScratch& s, int i, int prev1, int prev2, std::vector<Feature>* out) {
  const Feature* base = &s.base[static_cast<size_t>(i) * kBaseFeatures];
  out->assign(base, base + kBaseFeatures);
  const TokenInfo* t = &s.tokens[i + kPad];
  uint64_t p1 = Tag(prev1), p2 = Tag(prev2);
  out->push_back(FeatureKey(100, p1));
  out->push_back(FeatureKey(101, p2));
  out->push_back(FeatureKey(102, p1, p2));
  out->push_back(FeatureKey(103, p1, t[0].lower));
  out->push_back(FeatureKey(104, p1, t[0].suffix[2]));
  out->push_back(FeatureKey(105, p1, t[1].lower));
  out->push_back(FeatureKey(106, p1, t[0].ambiguity));
  out->push_back(FeatureKey(107, p1, t[0].ambiguity, t[1].ambiguity));
}

void MorphFeatures(const TaggerScratch& s, int i, std::span<const int> upos, std::vector<Feature>* out) {
  // Every template is conjoined with the word's UPOS: the classes allowed
  // differ by UPOS anyway, and the model stays small (few lookups per word).
  out->clear();
  const TokenInfo* t = &s.tokens[i + kPad];
  const int n = static_cast<int>(upos.size());
  uint64_t u = Tag(upos[i]);
  uint64_t l1 = i > 0 ? Tag(upos[i - 1]) : kNoTag, l2 = i > 1 ? Tag(upos[i - 2]) : kNoTag;
  uint64_t r1 = i + 1 < n ? Tag(upos[i + 1]) : kNoTag + 1, r2 = i + 2 < n ? Tag(upos[i + 2]) : kNoTag + 1;
  out->push_back(FeatureKey(200, u));
  out->push_back(FeatureKey(201, u, l1));
  out->push_back(FeatureKey(202, u, r1));
  out->push_back(FeatureKey(203, u, l1, l2));
  out->push_back(FeatureKey(204, u, r1, r2));
  out->push_back(FeatureKey(205, u, t[0].lower));
  for (int a = 0; a < 4; ++a) out->push_back(FeatureKey(206 + a, u, t[0].suffix[a]));
  out->push_back(FeatureKey(210, u, t[0].prefix[1]));
  out->push_back(FeatureKey(211, u, t[0].flags, i == 0));
  out->push_back(FeatureKey(212, u, t[0].shape));
  out->push_back(FeatureKey(213, u, t[-1].lower));
  out->push_back(FeatureKey(214, u, t[1].lower));
  out->push_back(FeatureKey(215, u, t[0].form));
  out->push_back(FeatureKey(216, u, t[-2].lower));
  out->push_back(FeatureKey(217, u, t[-1].suffix[2]));
}

}  // namespace dyad::syntax
