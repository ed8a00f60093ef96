// Full analysis throughput — tokenize + tag + lemmatize + parse, one core —
// on the Dutch news corpus and the UD English-EWT test text, and Debian's
// frog (Dutch, parser on) against dyad on the same sample of the corpus.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "bench_data.h"
#include "dyad/syntax.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

using bench::DutchCorpus;

// The first articles of the corpus, about `tokens` tokens: frog parses a few
// hundred tokens per second, so it gets a sample, and dyad the same sample.
const std::vector<std::string>& DutchSample() {
  static const std::vector<std::string> sample = [] {
    std::vector<std::string> out;
    size_t bytes = 0;
    for (const auto& t : DutchCorpus()) {
      if (bytes > 60000) break;
      out.push_back(t);
      bytes += t.size();
    }
    return out;
  }();
  return sample;
}

// Tokenize, then annotate every sentence; returns the number of tokens.
size_t Analyze(const Tokenizer& tokenizer, const SyntaxModel& model, const std::vector<std::string>& texts) {
  size_t tokens = 0;
  std::vector<Sentence> sents;
  for (const std::string& t : texts) {
    sents.clear();
    tokenizer.Tokenize(t, &sents);
    std::vector<conllu::Sentence> doc = ToConllu("bench", t, sents);
    model.Annotate(std::span<conllu::Sentence>(doc));
    for (const Sentence& s : sents) tokens += s.tokens.size();
  }
  return tokens;
}

void AnalyzeAll(benchmark::State& state, const std::string& lang, const std::vector<std::string>& texts) {
  if (texts.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  auto model = SyntaxModel::ForLanguage(lang);
  if (!model.ok()) return state.SkipWithError(model.status().ToString().c_str());
  auto tokenizer = Tokenizer::ForLanguage(lang).value();
  size_t tokens = 0;
  for (auto _ : state) tokens += Analyze(*tokenizer, **model, texts);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_ParseDutchCorpus(benchmark::State& state) { AnalyzeAll(state, "nl", DutchCorpus()); }
BENCHMARK(BM_ParseDutchCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

void BM_ParseEnglishEwt(benchmark::State& state) { AnalyzeAll(state, "en", bench::EnglishEwtText()); }
BENCHMARK(BM_ParseEnglishEwt)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

void BM_ParseDutchSample(benchmark::State& state) { AnalyzeAll(state, "nl", DutchSample()); }
BENCHMARK(BM_ParseDutchSample)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();

// Seconds frog reports for processing (its "Frogging in total took" line,
// which excludes loading its models), or -1.
double FrogProcessingSeconds(const std::string& log) {
  std::ifstream in(log);
  std::stringstream ss;
  ss << in.rdbuf();
  std::smatch m;
  std::string s = ss.str();
  static const std::regex re("Frogging in total took: ([0-9]+) seconds, ([0-9]+) milliseconds");
  if (!std::regex_search(s, m, re)) return -1;
  return std::stod(m[1]) + std::stod(m[2]) / 1000.0;
}

// frog on the sample, as one plain-text file (paragraphs separated by blank
// lines), with its tokenizer, tagger, lemmatizer, MWU and dependency parser
// on (NER, chunker and morphology off: dyad does not do them). Wall time
// from process start to exit; "processing_s" excludes frog's model loading.
void BM_FrogDutchSample(benchmark::State& state) {
  const auto& texts = DutchSample();
  if (texts.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  if (std::system("command -v frog >/dev/null 2>&1") != 0) return state.SkipWithError("frog not installed");
  const auto dir = std::filesystem::temp_directory_path();
  const auto in = dir / "dyad_bench_frog_in.txt", out = dir / "dyad_bench_frog_out.txt",
             log = dir / "dyad_bench_frog.log";
  {
    std::ofstream f(in, std::ios::binary);
    for (const auto& t : texts) f << t << "\n\n";
  }
  const std::string cmd = "cd " + dir.string() + " && frog --skip=nca -t " + in.string() + " -o " + out.string() +
                          " >" + log.string() + " 2>&1";
  size_t tokens = 0;
  for (auto _ : state) {
    if (std::system(cmd.c_str()) != 0) return state.SkipWithError("frog failed (is frogdata installed?)");
  }
  std::ifstream o(out);
  for (std::string line; std::getline(o, line);) tokens += !line.empty();
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["processing_s"] = FrogProcessingSeconds(log.string());
  state.counters["tokens"] = static_cast<double>(tokens);
  for (const auto& p : {in, out, log}) std::filesystem::remove(p);
}
BENCHMARK(BM_FrogDutchSample)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
}  // namespace dyad
