// dyad benchmarks. Run: build/bench/dyad_bench (or `make bench`).
//
// Besides Google Benchmark's table, prints the throughput ratios that the
// issues ask for, each measured in this same process run: dyad's tokenizer
// against Debian's ucto, and dyad's full analysis (tokenize, tag, lemmatize,
// parse) against Debian's frog, on the same Dutch text.
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <map>
#include <utility>
#include <vector>
#include <string>

namespace {

// Remembers a rate counter per benchmark while printing the usual console
// table.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.error_occurred) continue;
      for (const char* counter : {"bytes_per_second", "tokens/s", "sentences/s"}) {
        auto it = r.counters.find(counter);
        if (it != r.counters.end()) rates_[{r.run_name.function_name, counter}] = it->second;
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }
  // Prints ours / theirs for `counter` ("bytes_per_second" or "tokens/s").
  void PrintRatio(const std::string& ours, const std::string& theirs, const std::string& counter) const {
    auto a = rates_.find({ours, counter}), b = rates_.find({theirs, counter});
    if (a == rates_.end() || b == rates_.end() || b->second <= 0) return;
    const bool bytes = counter == "bytes_per_second";
    const double scale = bytes ? 1e6 : 1.0;
    std::printf("ratio %s / %s = %.2fx (%.3f vs %.3f %s)\n", ours.c_str(), theirs.c_str(), a->second / b->second,
                a->second / scale, b->second / scale, bytes ? "MB/s" : counter.c_str());
  }

 private:
  std::map<std::pair<std::string, std::string>, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatio("BM_TokenizeDutchCorpus", "BM_UctoDutchCorpus", "bytes_per_second");
  reporter.PrintRatio("BM_ParseDutchSample", "BM_FrogDutchSample", "tokens/s");
  reporter.PrintRatio("BM_CodeGigaWordPhoenix", "BM_ParseGigaWord", "sentences/s");
  reporter.PrintRatio("BM_CodeDutchNews", "BM_ParseDutchNews", "sentences/s");
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak memory (max RSS of the whole run): %.0f MB\n", usage.ru_maxrss / 1024.0);
  benchmark::Shutdown();
  return 0;
}
