// Tagger training: greedy left-to-right averaged perceptron for UPOS (with
// the two previous predicted tags as history), then XPOS and FEATS
// classifiers conditioned on the UPOS and restricted to the classes seen
// with it.
#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>
#include <unordered_map>

#include "syntax/tagger.h"
#include "syntax/tagger_features.h"
#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

// Tag dictionary: words seen at least this often with one UPOS at least
// this share of the time are tagged by lookup (fast, and as accurate).
constexpr int kDictMinCount = 20;
constexpr double kDictMinShare = 0.97;
// Words seen fewer times get no ambiguity class: for rare words it would
// just restate the gold tag in training, which unseen words never have.
constexpr int kAmbiguityMinCount = 10;
// Averaged weights this small are dropped at Finalize. On EWT dev every
// threshold tried lost accuracy for little size: 0.25 -> -0.02 UPOS for 4%
// smaller, 0.5 -> -0.05 for 9%, 1.5 -> -0.35 for 3x smaller. So none.
constexpr float kPrune = 0;

// Class inventory built while reading the training data.
struct Inventory {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> ids;
  int Id(const std::string& name) {
    auto [it, added] = ids.try_emplace(name, static_cast<int>(names.size()));
    if (added) names.push_back(name);
    return it->second;
  }
};

double Percent(size_t good, size_t all) { return all == 0 ? 0 : 100.0 * static_cast<double>(good) / all; }

}  // namespace

class TaggerTrainer {
 public:
  TaggerTrainer(const std::vector<Words>& train, const TaggerOptions& options)
      : train_(train), options_(options) {}

  Status Prepare();
  // One pass over the shuffled training data; returns UPOS accuracy in %.
  double Epoch(std::mt19937_64* rng);
  // UPOS accuracy of the current (not averaged) weights on `dev`, in %.
  double Evaluate(const std::vector<Words>& dev);
  Tagger Finish();

 private:
  struct Gold {
    std::vector<int> upos, xpos, feats;
    bool has_xpos = false;
  };
  void TrainSentence(size_t index, size_t* correct);
  void BuildTagDict();

  const std::vector<Words>& train_;
  TaggerOptions options_;
  Tagger t_;
  std::vector<Gold> gold_;
  TaggerScratch s_;
};

Status TaggerTrainer::Prepare() {
  Inventory upos, xpos, feats;
  size_t words = 0;
  for (const Words& sentence : train_) {
    Gold& g = gold_.emplace_back();
    g.has_xpos = !sentence.empty();
    for (const Word& w : sentence) g.has_xpos &= !w.xpos.empty();
    for (const Word& w : sentence) {
      if (w.upos.empty()) return Status::Invalid("tagger training data: a word without UPOS: " + w.form);
      g.upos.push_back(upos.Id(w.upos));
      g.xpos.push_back(g.has_xpos ? xpos.Id(w.xpos) : -1);
      g.feats.push_back(feats.Id(w.feats));
    }
    words += sentence.size();
  }
  if (words == 0) return Status::Invalid("tagger training data has no words");
  Tagger& t = t_;
  t.has_xpos_ = !xpos.names.empty();
  t.upos_names_ = std::move(upos.names);
  t.xpos_names_ = std::move(xpos.names);
  t.feats_names_ = std::move(feats.names);
  const size_t nu = t.upos_names_.size(), nx = t.xpos_names_.size(), nf = t.feats_names_.size();
  t.xpos_allowed_.assign(nu * nx, 0);
  t.feats_allowed_.assign(nu * nf, 0);
  for (const Gold& g : gold_) {
    for (size_t i = 0; i < g.upos.size(); ++i) {
      if (g.has_xpos) t.xpos_allowed_[g.upos[i] * nx + g.xpos[i]] = 1;
      t.feats_allowed_[g.upos[i] * nf + g.feats[i]] = 1;
    }
  }
  t.upos_model_ = Perceptron(static_cast<int>(nu));
  t.xpos_model_ = Perceptron(t.has_xpos_ ? static_cast<int>(nx) : 0);
  t.feats_model_ = Perceptron(static_cast<int>(nf));
  s_.scores.assign(std::max({nu, nx, nf}), 0.f);
  BuildTagDict();
  return Status::Ok();
}

// The most frequent value of `counts` if it has at least kDictMinShare of
// them, else -1.
static int Dominant(const std::unordered_map<int, int>& counts) {
  int total = 0, best = -1, best_count = 0;
  for (auto [tag, n] : counts) {
    total += n;
    if (n > best_count || (n == best_count && tag < best)) best = tag, best_count = n;
  }
  return total > 0 && best_count >= kDictMinShare * total ? best : -1;
}

void TaggerTrainer::BuildTagDict() {
  struct Counts {
    std::unordered_map<int, int> upos, xpos, feats;
  };
  std::unordered_map<uint64_t, Counts> by_form;
  std::unordered_map<uint64_t, std::unordered_map<int, int>> by_lower;
  std::string lower;
  for (size_t k = 0; k < train_.size(); ++k) {
    const Gold& g = gold_[k];
    for (size_t i = 0; i < train_[k].size(); ++i) {
      Counts& c = by_form[HashString(train_[k][i].form)];
      ++c.upos[g.upos[i]];
      if (g.has_xpos) ++c.xpos[g.xpos[i]];
      ++c.feats[g.feats[i]];
      Utf8LowerInto(train_[k][i].form, &lower);
      ++by_lower[HashString(lower)][g.upos[i]];
    }
  }
  for (const auto& [key, c] : by_lower) {
    int total = 0;
    uint64_t set = 0;
    for (auto [u, n] : c) {
      total += n;
      if (u < 64) set |= uint64_t{1} << u;
    }
    if (total >= kAmbiguityMinCount) t_.ambiguity_[key] = set;
  }
  if (kDictMinCount <= 0) return;
  for (const auto& [form, c] : by_form) {
    int total = 0;
    for (auto [u, n] : c.upos) total += n;
    Tagger::DictTags tags;
    tags.upos = Dominant(c.upos);
    if (total < kDictMinCount || tags.upos < 0) continue;
    tags.xpos = Dominant(c.xpos);
    tags.feats = Dominant(c.feats);
    t_.tag_dict_[form] = tags;
  }
}

void TaggerTrainer::TrainSentence(size_t index, size_t* correct) {
  const Words& words = train_[index];
  const Gold& g = gold_[index];
  const int n = static_cast<int>(words.size());
  Tagger& t = t_;
  ComputeBaseFeatures(words, t_.ambiguity_, &s_);
  s_.upos.assign(n, -1);
  s_.fixed_xpos.assign(n, -1);
  s_.fixed_feats.assign(n, -1);
  for (int i = 0; i < n; ++i) {
    Tagger::DictTags dict = t.TagDictLookup(s_.tokens[i + kPad].form);
    s_.fixed_xpos[i] = dict.xpos;
    s_.fixed_feats[i] = dict.feats;
    int guess = dict.upos;
    if (guess < 0) {
      UposFeatures(s_, i, i > 0 ? s_.upos[i - 1] : -1, i > 1 ? s_.upos[i - 2] : -1, &s_.features);
      guess = t.upos_model_.Predict(s_.features, s_.scores.data());
      int rival = t.upos_model_.PredictForUpdate(s_.features, s_.scores.data(), g.upos[i]);
      t.upos_model_.Update(s_.features, g.upos[i], rival);
      t.upos_model_.Tick();
    }
    s_.upos[i] = guess;
    *correct += guess == g.upos[i];
  }
  // XPOS and FEATS learn from the gold UPOS: at tagging time the predicted
  // UPOS is right ~96% of the time, and gold conditioning keeps the gold
  // class inside the allowed set.
  const size_t nx = t.xpos_names_.size(), nf = t.feats_names_.size();
  for (int i = 0; i < n; ++i) {
    const int u = g.upos[i];
    // Words whose tags the dictionary fixes are not learned from (as for UPOS).
    const bool fixed_x = s_.fixed_xpos[i] >= 0, fixed_f = s_.fixed_feats[i] >= 0;
    if ((fixed_x || !g.has_xpos) && fixed_f) continue;
    MorphFeatures(s_, i, g.upos, &s_.features);
    if (g.has_xpos && !fixed_x) {
      std::span<const uint8_t> allowed(t.xpos_allowed_.data() + u * nx, nx);
      int rival = t.xpos_model_.PredictForUpdate(s_.features, s_.scores.data(), g.xpos[i], allowed);
      t.xpos_model_.Update(s_.features, g.xpos[i], rival);
      t.xpos_model_.Tick();
    }
    if (fixed_f) continue;
    std::span<const uint8_t> allowed(t.feats_allowed_.data() + u * nf, nf);
    int rival = t.feats_model_.PredictForUpdate(s_.features, s_.scores.data(), g.feats[i], allowed);
    t.feats_model_.Update(s_.features, g.feats[i], rival);
    t.feats_model_.Tick();
  }
}

double TaggerTrainer::Epoch(std::mt19937_64* rng) {
  std::vector<size_t> order(train_.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), *rng);
  size_t correct = 0, total = 0;
  for (size_t k : order) {
    TrainSentence(k, &correct);
    total += train_[k].size();
  }
  return Percent(correct, total);
}

double TaggerTrainer::Evaluate(const std::vector<Words>& dev) {
  size_t correct = 0, total = 0;
  Words words;
  for (const Words& gold : dev) {
    if (gold.empty()) continue;
    words = gold;
    ComputeBaseFeatures(words, t_.ambiguity_, &s_);
    t_.TagWithScratch(&words, &s_);
    for (size_t i = 0; i < gold.size(); ++i) correct += words[i].upos == gold[i].upos;
    total += gold.size();
  }
  return Percent(correct, total);
}

Tagger TaggerTrainer::Finish() {
  t_.upos_model_.Finalize(kPrune);
  t_.xpos_model_.Finalize(kPrune);
  t_.feats_model_.Finalize(kPrune);
  return std::move(t_);
}

Result<Tagger> Tagger::Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                             const TaggerOptions& options,
                             const std::function<void(const TrainProgress&)>& progress) {
  if (options.epochs < 1) return Status::Invalid("tagger: epochs must be at least 1");
  TaggerTrainer trainer(train, options);
  if (Status st = trainer.Prepare(); !st.ok()) return st;
  RunEpochs("tagger", options.epochs, options.seed, dev, progress, &trainer);
  Result<Tagger> tagger = trainer.Finish();
  if (tagger.ok()) tagger->IndexVerbForms();
  return tagger;
}

}  // namespace dyad::syntax
