#include "syntax/lemmatizer_rules.h"

#include <algorithm>

#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

// Longest common prefix of a and b in bytes, cut back to a code-point
// boundary of both.
size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), c = 0;
  while (c < n && a[c] == b[c]) ++c;
  while (c > 0 && c < a.size() && IsContinuationByte(a[c])) --c;
  while (c > 0 && c < b.size() && IsContinuationByte(b[c])) --c;
  return c;
}

// Cost of a rule: characters it has to know (shorter rules generalize).
size_t Cost(const EditRule& r) {
  return CountCodePoints(r.strip) + CountCodePoints(r.append) + CountCodePoints(r.infix);
}

// Offsets up to which an infix is searched for ("mee" + "ge" + "nomen").
constexpr size_t kMaxInfixAt = 6;
constexpr size_t kInfixLength = 2;

}  // namespace

bool EditRule::Applies(std::string_view f) const {
  if (f.size() < strip.size() || f.substr(f.size() - strip.size()) != strip) return false;
  if (infix.empty()) return true;
  size_t at = PrefixBytes(f, infix_at);
  if (CountCodePoints(f.substr(0, at)) != infix_at) return false;
  return at + infix.size() + strip.size() <= f.size() && f.substr(at, infix.size()) == infix;
}

void EditRule::Apply(std::string_view f, std::string* out) const {
  out->clear();
  std::string_view body = f.substr(0, f.size() - strip.size());
  if (!infix.empty()) {
    size_t at = PrefixBytes(body, infix_at);
    out->append(body.substr(0, at));
    body = body.substr(std::min(body.size(), at + infix.size()));
  }
  out->append(body);
  out->append(append);
}

// Built by appending: GCC 12 reports a false -Wrestrict for the
// equivalent chain of operator+.
std::string EditRule::Key() const {
  std::string key(lower ? "L" : "=");
  key.append(std::to_string(infix_at)).append(1, '\x01').append(infix).append(1, '\x01');
  key.append(strip).append(1, '\x01').append(append);
  return key;
}

void EditRule::Save(ModelWriter* out) const {
  out->U8(lower ? 1 : 0);
  out->U8(infix_at);
  out->Str(infix);
  out->Str(strip);
  out->Str(append);
}

EditRule EditRule::Load(ModelReader* in) {
  EditRule r;
  r.lower = in->U8() != 0;
  r.infix_at = in->U8();
  r.infix = in->Str();
  r.strip = in->Str();
  r.append = in->Str();
  return r;
}

EditRule ExtractRule(std::string_view form, std::string_view lemma) {
  EditRule best;
  best.lower = !HasUpper(lemma);
  std::string lowered;
  if (best.lower) Utf8LowerInto(form, &lowered);
  std::string_view f = best.lower ? std::string_view(lowered) : form;

  size_t c = CommonPrefix(f, lemma);
  best.strip = f.substr(c);
  best.append = lemma.substr(c);
  size_t best_cost = Cost(best);
  // Infix candidates: the prefix before the infix must be shared.
  for (size_t at_cp = 0, at = 0; at_cp <= kMaxInfixAt && at <= c; ++at_cp) {
    size_t len = PrefixBytes(f.substr(at), kInfixLength);
    if (CountCodePoints(f.substr(at, len)) == kInfixLength) {
      std::string_view rest = f.substr(at + len), lrest = lemma.substr(at);
      size_t c2 = CommonPrefix(rest, lrest);
      EditRule r;
      r.lower = best.lower;
      r.infix_at = static_cast<uint8_t>(at_cp);
      r.infix = f.substr(at, len);
      r.strip = rest.substr(c2);
      r.append = lrest.substr(c2);
      // The infix must pay for itself clearly (its own length and more).
      if (Cost(r) + 1 < best_cost) {
        best_cost = Cost(r);
        best = std::move(r);
      }
    }
    if (at >= f.size()) break;
    at += PrefixBytes(f.substr(at), 1);
  }
  return best;
}

void LemmaFeatures(std::string_view lower, std::string_view upos, std::string_view feats, uint32_t flags,
                   std::vector<Feature>* out) {
  out->clear();
  const uint64_t u = HashString(upos), fe = HashString(feats);
  out->push_back(FeatureKey(1));
  out->push_back(FeatureKey(2, u));
  out->push_back(FeatureKey(3, u, fe));
  out->push_back(FeatureKey(4, flags, u));
  out->push_back(FeatureKey(5, HashString(lower)));
  const size_t n = CountCodePoints(lower);
  for (size_t k = 1; k <= 6 && k <= n; ++k) {
    uint64_t s = HashString(Suffix(lower, k));
    out->push_back(FeatureKey(10 + k, s));
    out->push_back(FeatureKey(20 + k, s, u));
    if (k <= 4) out->push_back(FeatureKey(30 + k, s, u, fe));
  }
  for (size_t k = 1; k <= 6 && k < n; ++k) {
    uint64_t p = HashString(Prefix(lower, k));
    out->push_back(FeatureKey(40 + k, p));
    if (k <= 4) out->push_back(FeatureKey(50 + k, p, u));
  }
  // Each attribute of FEATS alone ("Tense=Past"), with the UPOS.
  size_t start = 0;
  while (start < feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string_view::npos) bar = feats.size();
    out->push_back(FeatureKey(60, HashString(feats.substr(start, bar - start)), u));
    start = bar + 1;
  }
}

}  // namespace dyad::syntax
