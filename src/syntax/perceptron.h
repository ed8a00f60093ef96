// Multi-class averaged perceptron over hashed binary features.
//
// Features are 64-bit hashes (see FeatureKey); weights are sparse per
// feature, so memory grows with the number of non-zero weights, not with
// features × classes. Training uses the current weights; Finalize() replaces
// them by their averages (Collins 2002) and switches to a compact read-only
// table. Not thread-safe while training; Score() on a finalized model is.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/model_io.h"

namespace dyad::syntax {

using Feature = uint64_t;

// Hash of a string (xxHash3).
uint64_t HashString(std::string_view s);
// Order-dependent combination of hashes; FeatureKey(t, a, b) is the feature
// of template t with values a and b.
inline uint64_t HashMix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}
inline Feature FeatureKey(uint64_t templ) { return HashMix(0x2545f4914f6cdd1dULL, templ); }
template <typename... Rest>
inline Feature FeatureKey(uint64_t templ, uint64_t v, Rest... rest) {
  return FeatureKey(HashMix(templ * 0x100000001b3ULL + 1, v), static_cast<uint64_t>(rest)...);
}

class Perceptron {
 public:
  explicit Perceptron(int num_classes = 0);
  ~Perceptron();
  Perceptron(Perceptron&&) noexcept;
  Perceptron& operator=(Perceptron&&) noexcept;

  int num_classes() const { return num_classes_; }
  // Adds the weights of `features` to scores[0 .. num_classes); the caller
  // initializes `scores`. Duplicate features count twice.
  void Score(std::span<const Feature> features, float* scores) const;
  // Highest-scoring class among those with allowed[c] (all if empty);
  // ties go to the lowest class id. `scores` is scratch of num_classes.
  int Predict(std::span<const Feature> features, float* scores,
              std::span<const uint8_t> allowed = {}) const;

  // For training: the class to update against, i.e. the best class other
  // than `truth` when it scores at least as high as `truth` (a tie is an
  // error: the perceptron updates until the truth wins by a margin, so
  // averaging cannot flip a zero-margin decision), else `truth`.
  int PredictForUpdate(std::span<const Feature> features, float* scores, int truth,
                       std::span<const uint8_t> allowed = {}) const;

  // Training: one example seen (advances the averaging clock); call once per
  // example, before or after its Update.
  void Tick() { ++clock_; }
  // w[f][truth] += delta, w[f][guess] -= delta for each feature; no-op when
  // truth == guess.
  void Update(std::span<const Feature> features, int truth, int guess, float delta = 1);
  // Averages the weights, drops those with |w| <= prune, and makes the model
  // read-only. Idempotent.
  void Finalize(float prune = 0);
  bool finalized() const { return finalized_; }
  size_t num_features() const;
  size_t num_weights() const;

  // Only finalized models are saved.
  void Save(ModelWriter* out) const;
  static Result<Perceptron> Load(ModelReader* in);

 private:
  struct Training;
  struct Table;
  int num_classes_ = 0;
  uint64_t clock_ = 0;
  bool finalized_ = false;
  std::unique_ptr<Training> training_;
  std::unique_ptr<Table> table_;
};

}  // namespace dyad::syntax
