// Lemmatizer training: a lexicon of the training words, and an averaged
// perceptron over edit rules learned from the distinct training words
// (types, not tokens: unseen words resemble rare types, not frequent
// tokens).
#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>
#include <random>

#include "syntax/lemmatizer.h"
#include "syntax/tagger_text.h"

namespace dyad::syntax {
namespace {

// Rules seen with fewer distinct words are idiosyncratic ("went" -> "go"):
// the lexicon covers those words and the classifier never needs them.
constexpr int kMinRuleTypes = 2;

double Percent(size_t good, size_t all) { return all == 0 ? 0 : 100.0 * static_cast<double>(good) / all; }

}  // namespace

class LemmatizerTrainer {
 public:
  explicit LemmatizerTrainer(const std::vector<Words>& train) : train_(train) {}
  Status Prepare();
  double Epoch(std::mt19937_64* rng);
  double Evaluate(const std::vector<Words>& dev) const;
  Lemmatizer Finish();

 private:
  struct Example {
    std::vector<Feature> features;
    std::vector<uint32_t> candidates;  // rules that apply
    int rule = 0;
  };
  void BuildLexicon();
  void BuildExamples();

  const std::vector<Words>& train_;
  Lemmatizer l_;
  std::vector<Example> examples_;
  std::vector<float> scores_;
  std::vector<uint8_t> allowed_;  // over rules; all zero between uses
};

// Most frequent lemma per (form, UPOS, FEATS) and per (form, UPOS); ties go
// to the lemma seen first, so the result does not depend on hash order.
void LemmatizerTrainer::BuildLexicon() {
  std::unordered_map<std::string, uint32_t> lemma_ids;
  // key -> (lemma id -> count, first position)
  std::unordered_map<uint64_t, std::map<uint32_t, std::pair<int, size_t>>> counts;
  size_t position = 0;
  for (const Words& sentence : train_) {
    for (const Word& w : sentence) {
      if (w.lemma.empty()) continue;
      auto [it, added] = lemma_ids.try_emplace(w.lemma, static_cast<uint32_t>(l_.lemmas_.size()));
      if (added) l_.lemmas_.push_back(w.lemma);
      const uint64_t form = HashString(w.form), upos = HashString(w.upos);
      for (uint64_t key :
           {FullLexiconKey(form, upos, HashString(w.feats)), UposLexiconKey(form, upos), FormLexiconKey(form)}) {
        auto& c = counts[key][it->second];
        if (c.first++ == 0) c.second = position;
      }
      ++position;
    }
  }
  for (const auto& [key, lemmas] : counts) {
    auto best = std::max_element(lemmas.begin(), lemmas.end(), [](const auto& a, const auto& b) {
      return a.second.first != b.second.first ? a.second.first < b.second.first : a.second.second > b.second.second;
    });
    l_.lexicon_[key] = best->first;
  }
}

void LemmatizerTrainer::BuildExamples() {
  // Distinct (form, UPOS, FEATS, lemma) in order of first occurrence.
  struct Type {
    const Word* word;
    std::string rule;
  };
  std::vector<Type> types;
  std::unordered_map<std::string, size_t> seen;
  std::unordered_map<std::string, int> rule_types;
  std::unordered_map<std::string, EditRule> rule_of;
  for (const Words& sentence : train_) {
    for (const Word& w : sentence) {
      if (w.lemma.empty()) continue;
      std::string key = w.form + '\t' + w.upos + '\t' + w.feats + '\t' + w.lemma;
      if (!seen.try_emplace(key, types.size()).second) continue;
      EditRule r = ExtractRule(w.form, w.lemma);
      std::string rk = r.Key();
      if (rule_types[rk]++ == 0) rule_of.emplace(rk, std::move(r));
      types.push_back({&w, std::move(rk)});
    }
  }
  // Classes: frequent rules, most frequent first (ties in Predict go to
  // the lowest id, so to the commonest rule), then by key for determinism.
  std::vector<std::string> kept;
  for (const auto& [rk, n] : rule_types) {
    if (n >= kMinRuleTypes) kept.push_back(rk);
  }
  std::sort(kept.begin(), kept.end(), [&](const std::string& a, const std::string& b) {
    return rule_types[a] != rule_types[b] ? rule_types[a] > rule_types[b] : a < b;
  });
  std::unordered_map<std::string, int> rule_id;
  for (const std::string& rk : kept) {
    rule_id[rk] = static_cast<int>(l_.rules_.size());
    l_.rules_.push_back(rule_of[rk]);
  }
  l_.IndexRules();
  allowed_.assign(l_.rules_.size(), 0);

  std::string lower, shape;
  for (const Type& t : types) {
    auto id = rule_id.find(t.rule);
    if (id == rule_id.end()) continue;
    Example& e = examples_.emplace_back();
    e.rule = id->second;
    const Word& w = *t.word;
    Utf8LowerInto(w.form, &lower);
    LemmaFeatures(lower, w.upos, w.feats, ShapeInto(w.form, &shape), &e.features);
    l_.CandidateRules(w.form, lower, &allowed_, &e.candidates);
    for (uint32_t r : e.candidates) allowed_[r] = 0;
  }
}

// Whether the treebank capitalizes the lemma of a proper noun written in
// lowercase ("kerala" -> "Kerala"), judged on the ASCII-initial ones.
static bool LowercasePropnLemmasAreCapitalized(const std::vector<Words>& train) {
  size_t seen = 0, capitalized = 0;
  for (const Words& s : train) {
    for (const Word& w : s) {
      if (w.upos != "PROPN" || w.form.empty() || w.form[0] < 'a' || w.form[0] > 'z' || w.lemma.empty()) continue;
      ++seen;
      capitalized += w.lemma[0] >= 'A' && w.lemma[0] <= 'Z';
    }
  }
  return seen >= 20 && 2 * capitalized > seen;
}

Status LemmatizerTrainer::Prepare() {
  BuildLexicon();
  if (l_.lemmas_.empty()) return Status::Invalid("lemmatizer training data has no lemmas");
  BuildExamples();
  l_.compounds_.Train(train_);
  l_.capitalize_propn_ = LowercasePropnLemmasAreCapitalized(train_);
  l_.model_ = Perceptron(static_cast<int>(l_.rules_.size()));
  scores_.assign(l_.rules_.size(), 0.f);
  return Status::Ok();
}

double LemmatizerTrainer::Epoch(std::mt19937_64* rng) {
  std::vector<size_t> order(examples_.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), *rng);
  size_t correct = 0;
  for (size_t k : order) {
    const Example& e = examples_[k];
    for (uint32_t r : e.candidates) allowed_[r] = 1;
    int guess = l_.model_.Predict(e.features, scores_.data(), allowed_);
    for (uint32_t r : e.candidates) allowed_[r] = 0;
    l_.model_.Update(e.features, e.rule, guess);
    l_.model_.Tick();
    correct += guess == e.rule;
  }
  return Percent(correct, examples_.size());
}

// Lemma accuracy on dev with gold UPOS and FEATS and the current weights.
double LemmatizerTrainer::Evaluate(const std::vector<Words>& dev) const {
  size_t correct = 0, total = 0;
  Words words;
  for (const Words& gold : dev) {
    words = gold;
    l_.Lemmatize(&words);
    for (size_t i = 0; i < gold.size(); ++i) correct += words[i].lemma == gold[i].lemma;
    total += gold.size();
  }
  return Percent(correct, total);
}

Lemmatizer LemmatizerTrainer::Finish() {
  l_.model_.Finalize();
  return std::move(l_);
}

Result<Lemmatizer> Lemmatizer::Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                                     const LemmatizerOptions& options,
                                     const std::function<void(const TrainProgress&)>& progress) {
  if (options.epochs < 1) return Status::Invalid("lemmatizer: epochs must be at least 1");
  LemmatizerTrainer trainer(train);
  if (Status st = trainer.Prepare(); !st.ok()) return st;
  RunEpochs("lemmatizer", options.epochs, options.seed, dev, progress, &trainer);
  return trainer.Finish();
}

}  // namespace dyad::syntax
