// Synthetic event stores for the store benchmarks: documents of about five
// sentences with one to three events each, written through Store::Put like
// `dyad ingest` writes them.
//
// The data is skewed the way news event data is: 150 countries with
// Zipf-like frequencies (USA, RUS, CHN first; PRK twelfth), half the actors
// with an agent (GOV, MIL, ...), CAMEO roots in GDELT-like proportions,
// dates 2015-01-01..2024-12-31 (mostly to the day, some to the month or
// year), sentences made of the code's name, actor names and filler words so
// that full-text queries have realistic hit counts. Deterministic for a seed.
#pragma once

#include <cstdint>
#include <string>

#include "dyad/status.h"

namespace dyad::bench {

struct GenOptions {
  int64_t events = 1'000'000;
  uint64_t seed = 20240101;
  int64_t batch = 2000;  // documents per Commit
};

struct GenStats {
  int64_t documents = 0, sentences = 0, events = 0;
  double seconds = 0;
  int64_t bytes = 0;  // database file size after the run
};

// Creates a new store at `path` (an existing file is an error: the
// generator never adds to a store) and fills it.
Result<GenStats> GenerateStore(const std::string& path, const GenOptions& options);

}  // namespace dyad::bench
