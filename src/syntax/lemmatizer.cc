// Lemmatizer inference and serialization; training is in lemmatizer_train.cc.
#include "syntax/lemmatizer.h"

#include <algorithm>

#include "syntax/tagger_text.h"

namespace dyad::syntax {

// Per-thread buffers: Lemmatize() is const and may run concurrently.
struct LemmaScratch {
  std::string lower, shape;
  std::vector<Feature> features;
  std::vector<float> scores;
  std::vector<uint8_t> allowed;  // all zero between calls
  std::vector<uint32_t> touched;  // entries of `allowed` set for this word
};

namespace {

// Guards against corrupt files declaring absurd inventories.
constexpr uint32_t kMaxRules = 1 << 20;

LemmaScratch& ThreadScratch() {
  thread_local LemmaScratch scratch;
  return scratch;
}

}  // namespace

void Lemmatizer::Lemmatize(Words* words) const {
  LemmaScratch& s = ThreadScratch();
  for (Word& w : *words) {
    LemmaOf(w, &s, &w.lemma);
    compounds_.Apply(w.upos, &w.lemma);
    FixCase(w, &w.lemma);
    DropSeparationDiaeresis(w, &w.lemma);
  }
}

// A diaeresis only separates vowels: stripping "ge" from "geïsoleerd" must
// give "isoleren", not "ïsoleren".
void Lemmatizer::DropSeparationDiaeresis(const Word& w, std::string* lemma) {
  static constexpr std::pair<std::string_view, char> kMarked[] = {{"\xC3\xAF", 'i'}, {"\xC3\xAB", 'e'}, {"\xC3\xBC", 'u'}};
  for (const auto& [marked, plain] : kMarked)
    if (lemma->starts_with(marked) && !w.form.starts_with(marked)) lemma->replace(0, marked.size(), 1, plain);
}

void Lemmatizer::LemmaOf(const Word& w, LemmaScratch* s, std::string* out) const {
  const uint64_t form = HashString(w.form), upos = HashString(w.upos);
  auto it = lexicon_.find(FullLexiconKey(form, upos, HashString(w.feats)));
  if (it == lexicon_.end()) it = lexicon_.find(UposLexiconKey(form, upos));
  // A capitalized common word (sentence-initial "Houses") is looked up in
  // lowercase; proper nouns keep their case.
  if (it == lexicon_.end() && w.upos != "PROPN" && HasUpper(w.form)) {
    Utf8LowerInto(w.form, &s->lower);
    it = lexicon_.find(UposLexiconKey(HashString(s->lower), upos));
  }
  if (it == lexicon_.end() && w.upos != "PROPN") it = lexicon_.find(FormLexiconKey(form));
  if (it != lexicon_.end()) {
    *out = lemmas_[it->second];
    return;
  }
  Classify(w, s, out);
}

// Nouns and verbs written in lowercase have lowercase lemmas (a lexicon
// entry from a capitalized name must not leak: "airlines" -> "airline").
void Lemmatizer::FixCase(const Word& w, std::string* lemma) const {
  if (HasUpper(w.form) || !HasUpper(*lemma)) return;
  if (w.upos == "NOUN" || w.upos == "VERB") {
    std::string lower;
    Utf8LowerInto(*lemma, &lower);
    lemma->swap(lower);
  }
}

void Lemmatizer::Classify(const Word& w, LemmaScratch* s, std::string* out) const {
  Utf8LowerInto(w.form, &s->lower);
  const std::string_view lower = s->lower, form = w.form;
  s->allowed.resize(rules_.size(), 0);
  CandidateRules(form, lower, &s->allowed, &s->touched);
  if (s->touched.empty()) {
    *out = w.form;
    return;
  }
  uint32_t flags = ShapeInto(form, &s->shape);
  LemmaFeatures(lower, w.upos, w.feats, flags, &s->features);
  if (s->scores.size() < rules_.size()) s->scores.resize(rules_.size());
  int best = model_.Predict(s->features, s->scores.data(), s->allowed);
  if (best < 0 || static_cast<size_t>(best) >= rules_.size() || !s->allowed[best]) best = s->touched[0];
  for (uint32_t r : s->touched) s->allowed[r] = 0;
  const EditRule& rule = rules_[best];
  rule.Apply(rule.lower ? lower : form, out);
  // Verbs are a nearly closed class that the training data covers well: an
  // unseen form of a seen verb should get that verb's lemma, not a made-up
  // one. Dutch "verspreide" (participle "verspreid" + e) ends like
  // "hoorde" (stem "hoor" + de); the best rule alone gives "verspreien",
  // the data knows "verspreiden". Nouns and names are open classes.
  if (w.upos == "VERB" && !known_lemmas_.contains(*out))
    if (const int known = BestKnownRule(form, lower, s->touched, s->scores.data(), &s->shape); known >= 0)
      out->swap(s->shape);
  if (out->empty()) *out = w.form;  // never an empty lemma
  if (capitalize_propn_ && w.upos == "PROPN" && !HasUpper(*out) && !out->empty() &&
      static_cast<unsigned char>((*out)[0]) < 0x80 && (*out)[0] >= 'a' && (*out)[0] <= 'z') {
    (*out)[0] = static_cast<char>((*out)[0] - 'a' + 'A');
  }
}

int Lemmatizer::BestKnownRule(std::string_view form, std::string_view lower, const std::vector<uint32_t>& touched,
                              const float* scores, std::string* scratch) const {
  int found = -1;
  std::string lemma;
  for (uint32_t r : touched) {
    if (found >= 0 && scores[r] <= scores[found]) continue;
    rules_[r].Apply(rules_[r].lower ? lower : form, &lemma);
    if (known_lemmas_.contains(lemma)) found = static_cast<int>(r), scratch->swap(lemma);
  }
  return found;
}

void Lemmatizer::CandidateRules(std::string_view form, std::string_view lower, std::vector<uint8_t>* allowed,
                                std::vector<uint32_t>* touched) const {
  touched->clear();
  for (int lowered = 0; lowered < 2; ++lowered) {
    std::string_view f = lowered ? lower : form;
    const size_t n = CountCodePoints(f);
    for (size_t k = 0; k <= n && k <= max_strip_; ++k) {
      auto bucket = rules_by_strip_.find(StripKey(Suffix(f, k), lowered));
      if (bucket == rules_by_strip_.end()) continue;
      for (uint32_t r : bucket->second) {
        if (!(*allowed)[r] && rules_[r].Applies(f)) {
          (*allowed)[r] = 1;
          touched->push_back(r);
        }
      }
    }
  }
}

void Lemmatizer::IndexRules() {
  rules_by_strip_.clear();
  max_strip_ = 0;
  for (size_t r = 0; r < rules_.size(); ++r) {
    rules_by_strip_[StripKey(rules_[r].strip, rules_[r].lower)].push_back(static_cast<uint32_t>(r));
    max_strip_ = std::max(max_strip_, CountCodePoints(rules_[r].strip));
  }
  known_lemmas_ = std::unordered_set<std::string>(lemmas_.begin(), lemmas_.end());
}

// Layout: tag "LEMM", lemma strings, lexicon (key, lemma index) sorted by
// key, rules, the rule classifier.
void Lemmatizer::Save(ModelWriter* out) const {
  out->Tag("LEMM");
  out->Strs(lemmas_);
  std::vector<std::pair<uint64_t, uint32_t>> entries(lexicon_.begin(), lexicon_.end());
  std::sort(entries.begin(), entries.end());
  out->U32(static_cast<uint32_t>(entries.size()));
  for (auto [key, lemma] : entries) {
    out->U64(key);
    out->U32(lemma);
  }
  out->U32(static_cast<uint32_t>(rules_.size()));
  for (const EditRule& r : rules_) r.Save(out);
  model_.Save(out);
  compounds_.Save(out);
  out->U8(capitalize_propn_ ? 1 : 0);
}

Result<Lemmatizer> Lemmatizer::Load(ModelReader* in) {
  Lemmatizer l;
  in->Tag("LEMM");
  l.lemmas_ = in->Strs();
  uint32_t entries = in->Count(12);
  l.lexicon_.reserve(entries);
  for (uint32_t k = 0; k < entries && in->ok(); ++k) {
    uint64_t key = in->U64();
    uint32_t lemma = in->U32();
    if (in->ok() && lemma >= l.lemmas_.size()) in->Fail("lemmatizer: lexicon entry out of range");
    l.lexicon_[key] = lemma;
  }
  uint32_t rules = in->Count(14);  // each rule is at least 2 bytes + 3 string lengths
  if (in->ok() && rules > kMaxRules) in->Fail("lemmatizer: too many rules");
  for (uint32_t r = 0; r < rules && in->ok(); ++r) l.rules_.push_back(EditRule::Load(in));
  if (!in->ok()) return in->status();
  Result<Perceptron> model = Perceptron::Load(in);
  if (!model.ok()) return model.status();
  if (static_cast<size_t>(model->num_classes()) != l.rules_.size()) {
    in->Fail("lemmatizer: classifier size does not match the rules");
    return in->status();
  }
  l.model_ = std::move(model).value();
  l.compounds_ = CompoundSplitter::Load(in);
  l.capitalize_propn_ = in->U8() != 0;
  if (!in->ok()) return in->status();
  l.IndexRules();
  return l;
}

}  // namespace dyad::syntax
