// dyad_gen_events: writes a synthetic event store for the store benchmarks
// (bench/store_gen.h describes the data).
//
//   dyad_gen_events [--events N] [--seed S] OUT.db
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "store_gen.h"

int main(int argc, char** argv) {
  dyad::bench::GenOptions options;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--events") == 0 && has_value) options.events = std::atoll(argv[++i]);
    else if (std::strcmp(argv[i], "--seed") == 0 && has_value) options.seed = std::strtoull(argv[++i], nullptr, 10);
    else if (argv[i][0] != '-' && out.empty()) out = argv[i];
    else out.clear(), i = argc;
  }
  if (out.empty() || options.events <= 0) {
    std::fprintf(stderr, "usage: dyad_gen_events [--events N] [--seed S] OUT.db\n");
    return 2;
  }
  auto stats = dyad::bench::GenerateStore(out, options);
  if (!stats.ok()) {
    std::fprintf(stderr, "dyad_gen_events: error: %s\n", stats.status().ToString().c_str());
    return 1;
  }
  std::printf("%s: %lld documents, %lld sentences, %lld events in %.1f s (%.0f events/s), %.1f MB\n", out.c_str(),
              static_cast<long long>(stats->documents), static_cast<long long>(stats->sentences),
              static_cast<long long>(stats->events), stats->seconds, stats->events / stats->seconds,
              stats->bytes / 1e6);
  return 0;
}
