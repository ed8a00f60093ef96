#include "syntax/perceptron.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>

namespace dyad::syntax {

uint64_t HashString(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

namespace {

// Scoring looks up ~50-100 features per decision in tables far larger than
// the caches; each lookup is one or two cache misses. Scoring in chunks with
// software prefetch (all slots of a chunk, then all their weight runs) lets
// those misses overlap instead of queueing one after another.
constexpr size_t kChunk = 32;

inline Feature SlotKey(Feature f) { return f == 0 ? 1 : f; }

}  // namespace

// Training weights: open addressing over feature keys (linear probing,
// load <= 1/2); each slot holds the classes its feature has been updated for,
// with the running sum needed for averaging (Daume's lazy-update trick:
// `total` is brought up to date only when the weight changes).
struct Perceptron::Training {
  struct Entry {
    double total;
    float w;
    uint32_t cls;
    uint64_t stamp;
  };
  struct Slot {
    Feature key = 0;  // 0 = empty
    std::vector<Entry> entries;
  };
  std::vector<Slot> slots = std::vector<Slot>(1024);
  size_t used = 0;

  size_t Home(Feature key) const { return key & (slots.size() - 1); }
  const Slot* Find(Feature f) const {
    Feature k = SlotKey(f);
    for (size_t i = Home(k);; i = (i + 1) & (slots.size() - 1)) {
      if (slots[i].key == k) return &slots[i];
      if (slots[i].key == 0) return nullptr;
    }
  }
  Slot& FindOrInsert(Feature f) {
    if (2 * (used + 1) > slots.size()) Grow();
    Feature k = SlotKey(f);
    size_t i = Home(k);
    while (slots[i].key != k && slots[i].key != 0) i = (i + 1) & (slots.size() - 1);
    if (slots[i].key == 0) {
      slots[i].key = k;
      ++used;
    }
    return slots[i];
  }
  void Grow() {
    std::vector<Slot> old(slots.size() * 2);
    old.swap(slots);
    for (Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = Home(s.key);
      while (slots[i].key != 0) i = (i + 1) & (slots.size() - 1);
      slots[i] = std::move(s);
    }
  }
  void Score(std::span<const Feature> features, float* scores) const {
    const Slot* found[kChunk];
    for (size_t b = 0; b < features.size(); b += kChunk) {
      const size_t m = std::min(kChunk, features.size() - b);
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots[Home(SlotKey(features[b + i]))]);
      for (size_t i = 0; i < m; ++i) {
        found[i] = Find(features[b + i]);
        if (found[i] != nullptr) __builtin_prefetch(found[i]->entries.data());
      }
      for (size_t i = 0; i < m; ++i) {
        if (found[i] == nullptr) continue;
        for (const Entry& e : found[i]->entries) scores[e.cls] += e.w;
      }
    }
  }
};

// Read-only weights: open addressing over feature keys (linear probing,
// power-of-two capacity, load <= 1/2). A feature with few classes points at
// a run of (class, weight) pairs; one with many (the frequent features,
// which fire in nearly every decision) at a dense row of all classes, which
// adds up with vector instructions instead of a scatter per weight.
struct Perceptron::Table {
  static constexpr uint32_t kDense = 0xffffffffu;
  struct Slot {
    Feature key = 0;  // 0 = empty; a real key 0 is stored as 1
    uint32_t offset = 0;
    uint32_t count = 0;  // kDense: `offset` indexes `dense`
  };
  struct Weight {
    uint32_t cls;
    float w;
  };
  std::vector<Slot> slots;
  std::vector<Weight> weights;
  std::vector<float> dense;
  size_t num_features = 0, num_weights = 0;
  uint32_t num_classes = 0;

  void Reserve(size_t n, int classes) {
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    slots.assign(cap, Slot{});
    num_classes = static_cast<uint32_t>(classes);
  }
  // Adds the feature whose weights are weights[offset, offset + count),
  // moving them to a dense row when they cover a third of the classes.
  void Insert(Feature f, uint32_t offset, uint32_t count) {
    size_t mask = slots.size() - 1;
    size_t i = SlotKey(f) & mask;
    while (slots[i].key != 0) i = (i + 1) & mask;
    num_weights += count;
    if (count >= 8 && 3 * count >= num_classes) {
      const uint32_t row = static_cast<uint32_t>(dense.size());
      dense.resize(dense.size() + num_classes, 0.f);
      for (uint32_t k = 0; k < count; ++k) dense[row + weights[offset + k].cls] = weights[offset + k].w;
      weights.resize(offset);  // the run was the last one appended
      slots[i] = Slot{SlotKey(f), row, kDense};
    } else {
      slots[i] = Slot{SlotKey(f), offset, count};
    }
    ++num_features;
  }
  const Slot* Find(Feature f) const {
    Feature k = SlotKey(f);
    size_t mask = slots.size() - 1;
    for (size_t i = k & mask;; i = (i + 1) & mask) {
      if (slots[i].key == k) return &slots[i];
      if (slots[i].key == 0) return nullptr;
    }
  }
  const void* Row(const Slot& s) const {
    return s.count == kDense ? static_cast<const void*>(&dense[s.offset]) : &weights[s.offset];
  }
  // Calls fn(class, weight) for every stored weight of slot `s`.
  template <typename Fn>
  void ForEach(const Slot& s, Fn fn) const {
    if (s.count == kDense) {
      for (uint32_t c = 0; c < num_classes; ++c) {
        if (dense[s.offset + c] != 0.f) fn(c, dense[s.offset + c]);
      }
    } else {
      for (uint32_t k = 0; k < s.count; ++k) fn(weights[s.offset + k].cls, weights[s.offset + k].w);
    }
  }
  void Add(const Slot& s, float* scores) const {
    if (s.count == kDense) {
      const float* row = &dense[s.offset];
      for (uint32_t c = 0; c < num_classes; ++c) scores[c] += row[c];
      return;
    }
    const Weight* w = weights.data() + s.offset;
    for (uint32_t k = 0; k < s.count; ++k) scores[w[k].cls] += w[k].w;
  }
  void Score(std::span<const Feature> features, float* scores) const {
    const size_t mask = slots.size() - 1;
    const Slot* found[kChunk];
    for (size_t b = 0; b < features.size(); b += kChunk) {
      const size_t m = std::min(kChunk, features.size() - b);
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots[SlotKey(features[b + i]) & mask]);
      for (size_t i = 0; i < m; ++i) {
        found[i] = Find(features[b + i]);
        if (found[i] != nullptr) __builtin_prefetch(Row(*found[i]));
      }
      for (size_t i = 0; i < m; ++i) {
        if (found[i] != nullptr) Add(*found[i], scores);
      }
    }
  }
};

Perceptron::Perceptron(int num_classes)
    : num_classes_(num_classes), training_(std::make_unique<Training>()) {}
Perceptron::~Perceptron() = default;
Perceptron::Perceptron(Perceptron&&) noexcept = default;
Perceptron& Perceptron::operator=(Perceptron&&) noexcept = default;

void Perceptron::Score(std::span<const Feature> features, float* scores) const {
  if (finalized_) {
    table_->Score(features, scores);
  } else {
    training_->Score(features, scores);
  }
}

int Perceptron::Predict(std::span<const Feature> features, float* scores,
                        std::span<const uint8_t> allowed) const {
  std::fill(scores, scores + num_classes_, 0.f);
  Score(features, scores);
  int best = -1;
  for (int c = 0; c < num_classes_; ++c) {
    if (!allowed.empty() && (static_cast<size_t>(c) >= allowed.size() || !allowed[c])) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best < 0 ? 0 : best;
}

int Perceptron::PredictForUpdate(std::span<const Feature> features, float* scores, int truth,
                                 std::span<const uint8_t> allowed) const {
  std::fill(scores, scores + num_classes_, 0.f);
  Score(features, scores);
  int rival = -1;
  for (int c = 0; c < num_classes_; ++c) {
    if (c == truth || (!allowed.empty() && (static_cast<size_t>(c) >= allowed.size() || !allowed[c]))) continue;
    if (rival < 0 || scores[c] > scores[rival]) rival = c;
  }
  return rival >= 0 && scores[rival] >= scores[truth] ? rival : truth;
}

void Perceptron::Update(std::span<const Feature> features, int truth, int guess, float delta) {
  if (truth == guess || finalized_) return;
  for (Feature f : features) {
    auto& entries = training_->FindOrInsert(f).entries;
    for (auto [cls, d] : {std::pair{truth, delta}, std::pair{guess, -delta}}) {
      auto it = std::find_if(entries.begin(), entries.end(),
                             [cls = cls](const Training::Entry& e) { return e.cls == static_cast<uint32_t>(cls); });
      if (it == entries.end()) {
        entries.push_back({0.0, 0.f, static_cast<uint32_t>(cls), clock_});
        it = entries.end() - 1;
      }
      it->total += static_cast<double>(clock_ - it->stamp) * it->w;
      it->stamp = clock_;
      it->w += d;
    }
  }
}

void Perceptron::Finalize(float prune) {
  if (finalized_) return;
  auto table = std::make_unique<Table>();
  table->Reserve(training_->used, num_classes_);
  double clock = std::max<uint64_t>(clock_, 1);
  for (const Training::Slot& slot : training_->slots) {
    if (slot.key == 0) continue;
    const Feature f = slot.key;
    const auto& entries = slot.entries;
    uint32_t offset = static_cast<uint32_t>(table->weights.size());
    for (const auto& e : entries) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) > prune) table->weights.push_back({e.cls, avg});
    }
    uint32_t count = static_cast<uint32_t>(table->weights.size()) - offset;
    if (count > 0) table->Insert(f, offset, count);
  }
  table_ = std::move(table);
  training_.reset();
  finalized_ = true;
}

size_t Perceptron::num_features() const {
  return finalized_ ? table_->num_features : training_->used;
}

size_t Perceptron::num_weights() const {
  if (finalized_) return table_->num_weights;
  size_t n = 0;
  for (const auto& slot : training_->slots) n += slot.entries.size();
  return n;
}

// Layout: tag, num_classes, num_features, then per feature: key, count and
// `count` (class u32, weight f32) pairs, features in key order.
void Perceptron::Save(ModelWriter* out) const {
  out->Tag("PCPT");
  out->U32(static_cast<uint32_t>(num_classes_));
  out->U32(static_cast<uint32_t>(finalized_ ? table_->num_features : 0));
  if (!finalized_) return;
  // Sorted by key: the bytes depend only on the weights, not on the order
  // in which a hash table happened to hold them.
  std::vector<const Table::Slot*> slots;
  slots.reserve(table_->num_features);
  for (const Table::Slot& s : table_->slots) {
    if (s.key != 0) slots.push_back(&s);
  }
  std::sort(slots.begin(), slots.end(), [](const Table::Slot* a, const Table::Slot* b) { return a->key < b->key; });
  for (const Table::Slot* slot : slots) {
    out->U64(slot->key);
    uint32_t count = 0;
    table_->ForEach(*slot, [&count](uint32_t, float) { ++count; });
    out->U32(count);
    table_->ForEach(*slot, [out](uint32_t cls, float w) {
      out->U32(cls);
      out->F32(w);
    });
  }
}

Result<Perceptron> Perceptron::Load(ModelReader* in) {
  in->Tag("PCPT");
  const uint32_t classes = in->U32();
  if (classes > (1u << 20)) in->Fail("perceptron with " + std::to_string(classes) + " classes");
  Perceptron p(static_cast<int>(classes));
  uint32_t n = in->Count(12);
  auto table = std::make_unique<Table>();
  table->Reserve(n, p.num_classes_);
  for (uint32_t k = 0; k < n && in->ok(); ++k) {
    Feature key = in->U64();
    uint32_t count = in->Count(8);
    uint32_t offset = static_cast<uint32_t>(table->weights.size());
    for (uint32_t i = 0; i < count && in->ok(); ++i) {
      uint32_t cls = in->U32();
      float w = in->F32();
      if (cls >= static_cast<uint32_t>(p.num_classes_) || !std::isfinite(w)) {
        in->Fail("perceptron weight for class " + std::to_string(cls) + " of " + std::to_string(p.num_classes_));
      }
      table->weights.push_back({cls, w});
    }
    if (in->ok()) table->Insert(key, offset, count);
  }
  if (!in->ok()) return in->status();
  p.table_ = std::move(table);
  p.training_.reset();
  p.finalized_ = true;
  return p;
}

}  // namespace dyad::syntax
