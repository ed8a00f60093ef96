// The annotated sentence every syntax stage reads and writes.
//
// A `Words` is the syntactic words of one sentence (CoNLL-U word rows, no
// ranges or empty nodes), 0-based here; heads are CoNLL-U style: 0 = root,
// k = words[k-1], -1 = not yet parsed.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "dyad/conllu.h"

namespace dyad::syntax {

struct Word {
  std::string form, lemma, upos, xpos, feats, deprel;
  int head = -1;
  // False when no space follows the word in the text: SpaceAfter=No on its
  // token, or a word inside a multiword token other than its last.
  bool space_after = true;
};
using Words = std::vector<Word>;

// Word rows of `sentence`; "_" columns become "" (and head -1).
Words FromConllu(const conllu::Sentence& sentence);
// Writes the annotation of `words` into the word rows of `sentence`, which
// must have as many word rows; "" becomes "_".
void ToConllu(const Words& words, conllu::Sentence* sentence);

// Progress of a training run, reported after every epoch.
struct TrainProgress {
  std::string stage;  // "tagger", "lemmatizer", "parser"
  int epoch = 0;      // 1-based, of `epochs`
  int epochs = 0;
  double train_accuracy = 0;  // on the epoch's own training examples, in %
  double dev_accuracy = -1;   // on the dev set after the epoch, -1 if no dev set
  double seconds = 0;         // wall time of the epoch
};

// Runs the epochs of a trainer with `double Epoch(std::mt19937_64*)` (train
// accuracy) and `double Evaluate(const std::vector<Words>&)` (dev accuracy,
// only computed when someone listens), reporting each epoch.
template <typename Trainer>
void RunEpochs(const char* stage, int epochs, uint64_t seed, const std::vector<Words>& dev,
               const std::function<void(const TrainProgress&)>& progress, Trainer* trainer) {
  std::mt19937_64 rng(seed);
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    auto start = std::chrono::steady_clock::now();
    TrainProgress p;
    p.stage = stage;
    p.epoch = epoch;
    p.epochs = epochs;
    p.train_accuracy = trainer->Epoch(&rng);
    if (progress && !dev.empty()) p.dev_accuracy = trainer->Evaluate(dev);
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(p);
  }
}

}  // namespace dyad::syntax
