// Tagger inference and serialization; training is in tagger_train.cc.
#include "syntax/tagger.h"

#include <algorithm>

#include "syntax/tagger_features.h"
#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

// Largest tag inventory a model may declare (UD FEATS combinations of a big
// treebank are a few thousand); guards allocations on corrupt input.
constexpr uint32_t kMaxClasses = 1 << 16;

TaggerScratch& ThreadScratch() {
  // One per thread: Tag() is const and may run concurrently.
  thread_local TaggerScratch scratch;
  return scratch;
}

std::span<const uint8_t> AllowedRow(const std::vector<uint8_t>& mask, size_t num, int upos) {
  if (mask.empty() || upos < 0) return {};
  return std::span<const uint8_t>(mask).subspan(static_cast<size_t>(upos) * num, num);
}

// A "-" written without space on either side between two letters: a hyphen
// inside a word (see Tag). `buf` is scratch.
bool IsWordHyphen(const Words& words, int i, std::string* buf) {
  const int n = static_cast<int>(words.size());
  if (words[i].form != "-" || i == 0 || i + 1 >= n || words[i - 1].space_after || words[i].space_after) {
    return false;
  }
  return (ShapeInto(Suffix(words[i - 1].form, 1), buf) & kHasLetter) != 0 &&
         (ShapeInto(Prefix(words[i + 1].form, 1), buf) & kHasLetter) != 0;
}

int IndexOf(const std::vector<std::string>& names, std::string_view name) {
  auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

}  // namespace

std::pair<int, int> Tagger::WordHyphenTags() const {
  const int upos = IndexOf(upos_names_, "PUNCT"), xpos = has_xpos_ ? IndexOf(xpos_names_, "HYPH") : -1;
  if (upos < 0 || xpos < 0) return {-1, -1};
  return {upos, xpos};
}

Tagger::DictTags Tagger::TagDictLookup(uint64_t form_hash) const {
  if (tag_dict_.empty()) return {};
  auto it = tag_dict_.find(form_hash);
  return it == tag_dict_.end() ? DictTags{} : it->second;
}

void Tagger::Tag(Words* words, bool word_hyphens, bool finite_verb) const {
  if (words->empty() || upos_names_.empty()) return;
  TaggerScratch& s = ThreadScratch();
  ComputeBaseFeatures(*words, ambiguity_, &s);
  TagWithScratch(words, &s, word_hyphens);
  if (finite_verb) RequireFiniteVerb(words, &s);
}

namespace {

bool Has(const std::string& feats, std::string_view f) { return feats.find(f) != std::string::npos; }

// The first past participle of a sentence with no finite verb and no
// auxiliary, between a word and a nominal; -1 if none (see Tag).
int ParticipleForFinite(const Words& words) {
  int found = -1;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    const Word& w = words[i];
    if (Has(w.feats, "VerbForm=Fin") || w.upos == "AUX") return -1;
    if (found < 0 && w.upos == "VERB" && Has(w.feats, "VerbForm=Part") && Has(w.feats, "Tense=Past")) found = i;
  }
  if (found <= 0 || found + 1 >= static_cast<int>(words.size())) return -1;
  // After its subject's noun, not after a modifier of its own ("highly
  // recommended", "best fried shrimp").
  const std::string& prev = words[found - 1].upos;
  if (prev != "NOUN" && prev != "PROPN" && prev != "PRON") return -1;
  const std::string& next = words[found + 1].upos;
  for (std::string_view nominal : {"DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"})
    if (next == nominal) return found;
  return -1;
}

}  // namespace

void Tagger::IndexVerbForms() {
  std::vector<uint8_t> finite_xpos(xpos_names_.size(), 0);
  participle_xpos_.assign(xpos_names_.size(), 0);
  const int verb = IndexOf(upos_names_, "VERB");
  for (const auto& [key, tags] : tag_dict_) {
    if (tags.upos != verb || tags.xpos < 0 || tags.feats < 0) continue;
    const std::string& f = feats_names_[tags.feats];
    if (Has(f, "VerbForm=Fin")) finite_xpos[tags.xpos] = 1;
    else if (Has(f, "VerbForm=Part") && Has(f, "Tense=Past")) participle_xpos_[tags.xpos] = 1;
  }
  for (size_t x = 0; x < xpos_names_.size(); ++x)
    if (finite_xpos[x]) participle_xpos_[x] = 0;
}

void Tagger::RequireFiniteVerb(Words* words, TaggerScratch* s) const {
  const int i = ParticipleForFinite(*words);
  if (i < 0) return;
  const int u = s->upos[i];
  // The FEATS allowed for the UPOS (all when the model has no mask) that
  // are finite.
  const std::span<const uint8_t> allowed = AllowedRow(feats_allowed_, feats_names_.size(), u);
  std::vector<uint8_t> feats_mask(feats_names_.size(), 0);
  for (size_t f = 0; f < feats_names_.size(); ++f)
    feats_mask[f] = (allowed.empty() || allowed[f]) && Has(feats_names_[f], "VerbForm=Fin");
  if (std::find(feats_mask.begin(), feats_mask.end(), 1) == feats_mask.end()) return;  // no finite forms known
  Word& w = (*words)[i];
  MorphFeatures(*s, i, s->upos, &s->features);
  // A participle's XPOS becomes the best other one; any other XPOS (the
  // FEATS alone said participle) stays.
  const int x = has_xpos_ ? IndexOf(xpos_names_, w.xpos) : -1;
  if (x >= 0 && participle_xpos_[x]) {
    std::span<const uint8_t> row = AllowedRow(xpos_allowed_, xpos_names_.size(), u);
    std::vector<uint8_t> xpos_mask(row.begin(), row.end());
    if (xpos_mask.empty()) xpos_mask.assign(xpos_names_.size(), 1);
    for (size_t k = 0; k < xpos_mask.size(); ++k) xpos_mask[k] &= !participle_xpos_[k];
    w.xpos = xpos_names_[xpos_model_.Predict(s->features, s->scores.data(), xpos_mask)];
  }
  w.feats = feats_names_[feats_model_.Predict(s->features, s->scores.data(), feats_mask)];
}

void Tagger::TagWithScratch(Words* words, TaggerScratch* s, bool word_hyphens) const {
  const int n = static_cast<int>(words->size());
  size_t max_classes = std::max({upos_names_.size(), xpos_names_.size(), feats_names_.size()});
  if (s->scores.size() < max_classes) s->scores.resize(max_classes);
  s->upos.assign(n, -1);
  s->fixed_xpos.assign(n, -1);
  s->fixed_feats.assign(n, -1);
  for (int i = 0; i < n; ++i) {
    DictTags dict = TagDictLookup(s->tokens[i + kPad].form);
    int tag = dict.upos;
    s->fixed_xpos[i] = dict.xpos;
    s->fixed_feats[i] = dict.feats;
    if (word_hyphens && IsWordHyphen(*words, i, &s->shape)) {  // rare: the lookup of the ids stays here
      auto [upos, xpos] = WordHyphenTags();
      if (xpos >= 0) {
        tag = upos;
        s->fixed_xpos[i] = xpos;
        s->fixed_feats[i] = -1;
      }
    }
    if (tag < 0) {
      UposFeatures(*s, i, i > 0 ? s->upos[i - 1] : -1, i > 1 ? s->upos[i - 2] : -1, &s->features);
      tag = upos_model_.Predict(s->features, s->scores.data());
    }
    s->upos[i] = tag;
  }
  for (int i = 0; i < n; ++i) {
    Word& w = (*words)[i];
    const int u = s->upos[i];
    w.upos = upos_names_[u];
    int x = s->fixed_xpos[i], f = s->fixed_feats[i];
    if ((has_xpos_ && x < 0) || f < 0) MorphFeatures(*s, i, s->upos, &s->features);
    if (has_xpos_ && x < 0) {
      x = xpos_model_.Predict(s->features, s->scores.data(), AllowedRow(xpos_allowed_, xpos_names_.size(), u));
    }
    if (has_xpos_) {
      w.xpos = xpos_names_[x];
    } else {
      w.xpos.clear();
    }
    if (f < 0) {
      f = feats_model_.Predict(s->features, s->scores.data(), AllowedRow(feats_allowed_, feats_names_.size(), u));
    }
    w.feats = feats_names_[f];
  }
}

// Layout: tag "TAGR", has_xpos, the three class inventories, the two
// UPOS -> class masks, the tag dictionary, the three perceptrons.
void Tagger::Save(ModelWriter* out) const {
  out->Tag("TAGR");
  out->U8(has_xpos_ ? 1 : 0);
  out->Strs(upos_names_);
  out->Strs(xpos_names_);
  out->Strs(feats_names_);
  auto mask = [&](const std::vector<uint8_t>& m) {
    out->Str(std::string_view(reinterpret_cast<const char*>(m.data()), m.size()));
  };
  mask(xpos_allowed_);
  mask(feats_allowed_);
  out->U32(static_cast<uint32_t>(tag_dict_.size()));
  // Sorted so equal models give equal bytes whatever the hash-map order.
  std::vector<std::pair<uint64_t, DictTags>> dict(tag_dict_.begin(), tag_dict_.end());
  std::sort(dict.begin(), dict.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, tags] : dict) {
    out->U64(key);
    out->I32(tags.upos);
    out->I32(tags.xpos);
    out->I32(tags.feats);
  }
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity_.begin(), ambiguity_.end());
  std::sort(amb.begin(), amb.end());
  out->U32(static_cast<uint32_t>(amb.size()));
  for (auto [key, set] : amb) {
    out->U64(key);
    out->U64(set);
  }
  upos_model_.Save(out);
  xpos_model_.Save(out);
  feats_model_.Save(out);
}

Result<Tagger> Tagger::Load(ModelReader* in) {
  Tagger t;
  in->Tag("TAGR");
  t.has_xpos_ = in->U8() != 0;
  t.upos_names_ = in->Strs();
  t.xpos_names_ = in->Strs();
  t.feats_names_ = in->Strs();
  std::string xmask = in->Str(), fmask = in->Str();
  const size_t nu = t.upos_names_.size(), nx = t.xpos_names_.size(), nf = t.feats_names_.size();
  if (in->ok() && (nu == 0 || nf == 0 || nu > kMaxClasses || nx > kMaxClasses || nf > kMaxClasses ||
                   (t.has_xpos_ && nx == 0))) {
    in->Fail("tagger: bad tag inventory sizes");
  }
  if (in->ok() && ((!xmask.empty() && xmask.size() != nu * nx) || (!fmask.empty() && fmask.size() != nu * nf))) {
    in->Fail("tagger: tag mask size does not match the inventories");
  }
  t.xpos_allowed_.assign(xmask.begin(), xmask.end());
  t.feats_allowed_.assign(fmask.begin(), fmask.end());
  uint32_t entries = in->Count(20);
  t.tag_dict_.reserve(entries);
  for (uint32_t k = 0; k < entries && in->ok(); ++k) {
    uint64_t key = in->U64();
    DictTags tags;
    tags.upos = in->I32();
    tags.xpos = in->I32();
    tags.feats = in->I32();
    if (in->ok() && (tags.upos < 0 || static_cast<size_t>(tags.upos) >= nu || tags.xpos < -1 ||
                     tags.xpos >= static_cast<int64_t>(t.has_xpos_ ? nx : 0) || tags.feats < -1 ||
                     tags.feats >= static_cast<int64_t>(nf))) {
      in->Fail("tagger: tag dictionary entry out of range");
    }
    t.tag_dict_[key] = tags;
  }
  uint32_t amb = in->Count(16);
  t.ambiguity_.reserve(amb);
  for (uint32_t k = 0; k < amb && in->ok(); ++k) {
    uint64_t key = in->U64();
    t.ambiguity_[key] = in->U64();
  }
  Perceptron* models[] = {&t.upos_model_, &t.xpos_model_, &t.feats_model_};
  const size_t sizes[] = {nu, t.has_xpos_ ? nx : 0, nf};
  for (int m = 0; m < 3 && in->ok(); ++m) {
    Result<Perceptron> p = Perceptron::Load(in);
    if (!p.ok()) return p.status();
    // A class count that disagrees with the inventory would index past it.
    if (static_cast<size_t>(p->num_classes()) != sizes[m]) {
      in->Fail("tagger: classifier size does not match its tag inventory");
      break;
    }
    *models[m] = std::move(p).value();
  }
  if (!in->ok()) return in->status();
  t.IndexVerbForms();
  return t;
}

}  // namespace dyad::syntax
