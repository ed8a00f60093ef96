// dyad benchmarks. Run: build/bench/dyad_bench (or `make bench`).
//
// Besides Google Benchmark's table, prints the throughput ratios that the
// issues ask for, each measured in this same process run: dyad's tokenizer
// against Debian's ucto on the same Dutch text.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

namespace {

// Remembers bytes/s per benchmark while printing the usual console table.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      auto it = r.counters.find("bytes_per_second");
      if (it != r.counters.end() && !r.error_occurred) rates_[r.run_name.function_name] = it->second;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  void PrintRatio(const std::string& ours, const std::string& theirs) const {
    auto a = rates_.find(ours), b = rates_.find(theirs);
    if (a == rates_.end() || b == rates_.end() || b->second <= 0) return;
    std::printf("ratio %s / %s = %.1fx (%.2f MB/s vs %.3f MB/s)\n", ours.c_str(), theirs.c_str(),
                a->second / b->second, a->second / 1e6, b->second / 1e6);
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatio("BM_TokenizeDutchCorpus", "BM_UctoDutchCorpus");
  benchmark::Shutdown();
  return 0;
}
