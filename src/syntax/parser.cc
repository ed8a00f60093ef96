// Greedy arc-hybrid parser with an averaged perceptron, trained with the
// dynamic oracle and error exploration of Goldberg & Nivre (2012, 2013).
//
// Non-projectivity policy: training trees are projectivized by lifting the
// shortest non-projective arc to the grandparent until none is left
// (Nivre & Nilsson 2005 without label encoding; see parser_tree.h). The
// parser only builds projective trees and never restores lifted arcs.
// Sentences whose gold annotation is not a single-rooted tree are skipped.
#include "syntax/parser.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <random>
#include <string_view>
#include <unordered_map>

#include "syntax/parser_features.h"
#include "syntax/parser_tree.h"
#include "syntax/transition_system.h"

namespace dyad::syntax {
namespace {

using transition::Config;
using transition::GoldTree;

constexpr uint32_t kFormatVersion = 1;
// Error exploration: from this epoch (1-based) on, a wrong prediction is
// followed with probability kExploreProb (Goldberg & Nivre use k=2, p=0.9).
constexpr int kFirstExploreEpoch = 2;
constexpr double kExploreProb = 0.9;
// Averaged weights at or below kPrune are dropped when the training set has
// at least kPruneMinWords words. Such weights come from features updated
// about once in the whole run: rare lexical combinations. On en_ewt, 1.0
// shrinks the model from 41 to 15 MB and speeds parsing up by 1.4x (the
// lookups are cache misses) at -0.1 UAS/LAS; 2.5 gives 3 MB and 2.2x at
// -1 UAS/LAS (measured on dev, predicted tags). On a toy training set
// these weights are the model, hence the minimum size.
constexpr float kPrune = 1.0f;
constexpr size_t kPruneMinWords = 10000;

// Per-thread buffers of Parse, grown to the longest sentence and reused.
struct Scratch {
  Config config;
  std::vector<TokenInfo> tokens;
  std::vector<Feature> features;
  std::vector<float> scores;
};

// The highest-scoring legal class (ties to the lowest id).
int BestLegal(const Config& c, const float* scores, int num_labels) {
  int best = -1;
  auto consider = [&](int cls) {
    if (best < 0 || scores[cls] > scores[best]) best = cls;
  };
  if (c.CanShift()) consider(transition::ShiftClass());
  if (c.CanLeft()) {
    for (int l = 1; l < num_labels; ++l) consider(transition::LeftClass(l));
  }
  if (c.CanRight()) {
    if (c.RightIsRoot()) {
      consider(transition::RightClass(transition::kRootLabel, num_labels));
    } else {
      for (int l = 1; l < num_labels; ++l) consider(transition::RightClass(l, num_labels));
    }
  }
  return best;
}

// Whether exactly one class is legal (then it need not be scored).
bool Forced(const Config& c) {
  return (c.stack.size() == 1) || (c.stack.size() == 2 && !c.CanShift());
}

// Parses `words` with `model` (training or finalized) into a tree.
void ParseWith(const Perceptron& model, const std::vector<std::string>& labels, Words* words,
               Scratch* s) {
  const int n = static_cast<int>(words->size());
  if (n == 0) return;
  const int num_labels = static_cast<int>(labels.size());
  if (num_labels == 0) {  // untrained: a flat tree under the first word
    for (int i = 0; i < n; ++i) {
      (*words)[i].head = i == 0 ? 0 : 1;
      (*words)[i].deprel = i == 0 ? "root" : "dep";
    }
    return;
  }
  ComputeTokens(*words, &s->tokens);
  s->scores.resize(transition::NumClasses(num_labels));
  Config& c = s->config;
  c.Reset(n);
  while (!c.Terminal()) {
    int cls;
    if (c.stack.size() == 1) {
      cls = transition::ShiftClass();
    } else if (Forced(c)) {
      cls = transition::RightClass(transition::kRootLabel, num_labels);
    } else {
      ExtractFeatures(c, s->tokens, &s->features);
      std::fill(s->scores.begin(), s->scores.end(), 0.f);
      model.Score(s->features, s->scores.data());
      cls = BestLegal(c, s->scores.data(), num_labels);
    }
    c.Apply(cls, num_labels);
  }
  for (int d = 1; d <= n; ++d) {
    Word& w = (*words)[d - 1];
    w.head = c.head[d];
    w.deprel = labels[c.label[d]];
  }
}

// A training sentence: its token hashes and its projectivized gold tree.
struct Example {
  std::vector<TokenInfo> tokens;
  GoldTree gold;
};

std::vector<int> Heads(const Words& words) {
  std::vector<int> heads(words.size() + 1, -1);
  for (size_t i = 0; i < words.size(); ++i) heads[i + 1] = words[i].head;
  return heads;
}

// Label ids: "root" is 0, the other deprels of valid trees follow sorted.
std::vector<std::string> CollectLabels(const std::vector<Words>& train) {
  std::vector<std::string> labels;
  for (const Words& words : train) {
    if (!IsTree(Heads(words))) continue;
    for (const Word& w : words) {
      if (w.head != 0 && w.deprel != "root") labels.push_back(w.deprel);
    }
  }
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  labels.insert(labels.begin(), "root");
  return labels;
}

// Builds the examples of the valid trees; returns the number skipped.
int MakeExamples(const std::vector<Words>& train, const std::vector<std::string>& labels,
                 std::vector<Example>* out) {
  std::unordered_map<std::string_view, int> ids;
  for (size_t i = 0; i < labels.size(); ++i) ids.emplace(labels[i], static_cast<int>(i));
  int skipped = 0;
  for (const Words& words : train) {
    std::vector<int> heads = Heads(words);
    if (!IsTree(heads)) {
      ++skipped;
      continue;
    }
    Projectivize(&heads);
    std::vector<int> label_ids(heads.size(), transition::kRootLabel);
    for (size_t i = 0; i < words.size(); ++i) {
      auto it = ids.find(words[i].deprel);
      if (words[i].head != 0 && it != ids.end()) label_ids[i + 1] = it->second;
    }
    Example& ex = out->emplace_back();
    ComputeTokens(words, &ex.tokens);
    ex.gold.Set(heads, label_ids);
  }
  return skipped;
}

struct EpochStats {
  long transitions = 0, correct = 0;
};

// One pass of the dynamic oracle over one sentence: at each step, update
// toward the best-scoring minimum-cost class if the prediction costs more,
// then follow the prediction if it is optimal or (exploring) by chance,
// otherwise the oracle's choice.
void TrainSentence(const Example& ex, int num_labels, bool explore, std::mt19937_64* rng,
                   Perceptron* model, Scratch* s, EpochStats* stats) {
  const int n = static_cast<int>(ex.gold.head.size()) - 1;
  const int num_classes = transition::NumClasses(num_labels);
  s->scores.resize(num_classes);
  Config& c = s->config;
  c.Reset(n);
  while (!c.Terminal()) {
    if (Forced(c)) {  // nothing to learn
      c.Apply(c.stack.size() == 1 ? transition::ShiftClass()
                                  : transition::RightClass(transition::kRootLabel, num_labels),
              num_labels);
      continue;
    }
    ExtractFeatures(c, ex.tokens, &s->features);
    std::fill(s->scores.begin(), s->scores.end(), 0.f);
    model->Score(s->features, s->scores.data());
    const transition::MoveCosts costs = transition::ComputeMoveCosts(c, ex.gold);
    int pred = -1, oracle = -1, pred_cost = 0, min_cost = INT_MAX;
    for (int cls = 0; cls < num_classes; ++cls) {
      if (!c.Legal(cls, num_labels)) continue;
      int cost = transition::ClassCost(c, ex.gold, costs, cls, num_labels);
      float score = s->scores[cls];
      if (pred < 0 || score > s->scores[pred]) pred = cls, pred_cost = cost;
      if (cost < min_cost || (cost == min_cost && score > s->scores[oracle])) {
        oracle = cls;
        min_cost = cost;
      }
    }
    model->Tick();
    ++stats->transitions;
    int next = pred;
    if (pred_cost == min_cost) {
      ++stats->correct;
    } else {
      model->Update(s->features, oracle, pred);
      bool follow = explore && std::uniform_real_distribution<double>(0, 1)(*rng) < kExploreProb;
      if (!follow) next = oracle;
    }
    c.Apply(next, num_labels);
  }
}

// CoNLL 2018 LAS (universal part of the deprel) in %, over words with a
// gold head; -1 if there are none.
double DevLas(const Perceptron& model, const std::vector<std::string>& labels,
              const std::vector<Words>& dev, Scratch* s) {
  long total = 0, correct = 0;
  auto universal = [](std::string_view r) { return r.substr(0, r.find(':')); };
  for (const Words& gold : dev) {
    Words words = gold;
    ParseWith(model, labels, &words, s);
    for (size_t i = 0; i < gold.size(); ++i) {
      if (gold[i].head < 0) continue;
      ++total;
      correct += words[i].head == gold[i].head &&
                 universal(words[i].deprel) == universal(gold[i].deprel);
    }
  }
  return total == 0 ? -1 : 100.0 * correct / total;
}

}  // namespace

Result<Parser> Parser::Train(const std::vector<Words>& train, const std::vector<Words>& dev,
                             const ParserOptions& options,
                             const std::function<void(const TrainProgress&)>& progress) {
  if (options.epochs < 1) return Status::Invalid("parser: epochs must be at least 1");
  Parser parser;
  parser.labels_ = CollectLabels(train);
  std::vector<Example> examples;
  MakeExamples(train, parser.labels_, &examples);
  if (examples.empty()) return Status::Invalid("parser: no training sentence has a valid tree");
  const int num_labels = static_cast<int>(parser.labels_.size());
  parser.model_ = Perceptron(transition::NumClasses(num_labels));

  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Scratch scratch;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    // Fisher-Yates with the raw engine: the same on every platform.
    for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng() % (i + 1)]);
    EpochStats stats;
    bool explore = epoch >= kFirstExploreEpoch;
    for (size_t i : order) {
      TrainSentence(examples[i], num_labels, explore, &rng, &parser.model_, &scratch, &stats);
    }
    if (progress) {
      TrainProgress p;
      p.stage = "parser";
      p.epoch = epoch;
      p.epochs = options.epochs;
      p.train_accuracy = stats.transitions == 0 ? 0 : 100.0 * stats.correct / stats.transitions;
      // Scored with the current (not yet averaged) weights.
      p.dev_accuracy = dev.empty() ? -1 : DevLas(parser.model_, parser.labels_, dev, &scratch);
      p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      progress(p);
    }
  }
  size_t words = 0;
  for (const Words& s : train) words += s.size();
  parser.model_.Finalize(words >= kPruneMinWords ? kPrune : 0.f);
  return parser;
}

void Parser::Parse(Words* words) const {
  thread_local Scratch scratch;
  ParseWith(model_, labels_, words, &scratch);
}

// Layout: tag "PARS", format version, labels, perceptron.
void Parser::Save(ModelWriter* out) const {
  out->Tag("PARS");
  out->U32(kFormatVersion);
  out->Strs(labels_);
  model_.Save(out);
}

Result<Parser> Parser::Load(ModelReader* in) {
  in->Tag("PARS");
  uint32_t version = in->U32();
  if (in->ok() && version != kFormatVersion) {
    in->Fail("parser format version " + std::to_string(version) + ", expected " +
             std::to_string(kFormatVersion));
  }
  Parser parser;
  parser.labels_ = in->Strs();
  if (in->ok() && (parser.labels_.empty() || parser.labels_[0] != "root")) {
    in->Fail("parser labels must start with \"root\"");
  }
  if (!in->ok()) return in->status();
  Result<Perceptron> model = Perceptron::Load(in);
  if (!model.ok()) return model.status();
  if (model->num_classes() != transition::NumClasses(static_cast<int>(parser.labels_.size()))) {
    in->Fail("parser has " + std::to_string(parser.labels_.size()) + " labels but " +
             std::to_string(model->num_classes()) + " classes");
    return in->status();
  }
  parser.model_ = std::move(model).value();
  return parser;
}

}  // namespace dyad::syntax
