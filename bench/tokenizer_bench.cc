// Tokenizer throughput on the Dutch news corpus and on UD English-EWT, and
// Debian's ucto on the same Dutch text for the ratio.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "bench_data.h"
#include "dyad/reader.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

using bench::DutchCorpus;

size_t TotalBytes(const std::vector<std::string>& texts) {
  size_t n = 0;
  for (const auto& t : texts) n += t.size();
  return n;
}

void TokenizeAll(benchmark::State& state, std::string_view lang, const std::vector<std::string>& texts) {
  if (texts.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  auto tokenizer = Tokenizer::ForLanguage(lang).value();
  size_t tokens = 0;
  std::vector<Sentence> sents;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      sents.clear();
      tokenizer->Tokenize(t, &sents);
      for (const Sentence& s : sents) tokens += s.tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

// Reading the corpus JSONL into documents (JSON parsing, dates, UTF-8
// checks): the step before tokenization.
void BM_ReadDutchCorpus(benchmark::State& state) {
  Result<std::string> path = DataPath("corpora/nl/dpgmedia2019-articles.jsonl");
  if (!path.ok()) return state.SkipWithError("data missing: set DYAD_DATA");
  size_t docs = 0;
  for (auto _ : state)
    ReadDocuments({*path}, {}, [&](Document&&) { ++docs; }, [](const Diagnostic&) {});
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadDutchCorpus)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();

void BM_TokenizeDutchCorpus(benchmark::State& state) { TokenizeAll(state, "nl", DutchCorpus()); }
BENCHMARK(BM_TokenizeDutchCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

void BM_TokenizeEnglishEwt(benchmark::State& state) { TokenizeAll(state, "en", bench::EnglishEwtText()); }
BENCHMARK(BM_TokenizeEnglishEwt)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

// ucto reads the corpus as one plain-text file, paragraphs separated by
// blank lines: the same bytes dyad tokenizes above. Timed from process start
// to exit, as a user runs it.
void BM_UctoDutchCorpus(benchmark::State& state) {
  const auto& texts = DutchCorpus();
  if (texts.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  if (std::system("command -v ucto >/dev/null 2>&1") != 0) return state.SkipWithError("ucto not installed");
  const auto dir = std::filesystem::temp_directory_path();
  const auto in = dir / "dyad_bench_ucto_in.txt", out = dir / "dyad_bench_ucto_out.txt";
  {
    std::ofstream f(in, std::ios::binary);
    for (const auto& t : texts) f << t << "\n\n";
  }
  const std::string cmd = "ucto -L nld " + in.string() + " " + out.string() + " >/dev/null 2>&1";
  for (auto _ : state) {
    if (std::system(cmd.c_str()) != 0) return state.SkipWithError("ucto failed");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(texts)));
  std::filesystem::remove(in);
  std::filesystem::remove(out);
}
BENCHMARK(BM_UctoDutchCorpus)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace dyad
