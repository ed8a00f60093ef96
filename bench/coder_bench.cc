// Event coding throughput — tokenize + tag + lemmatize + parse + code, one
// core — with the full Phoenix English dictionaries on the GigaWord sample
// of the PETRARCH validation files, and with dyad's Dutch dictionaries on
// the Dutch news corpus; each against parsing alone on the same text, so
// the ratio shows what coding costs on top of the syntax. Dictionary load
// time is measured too.
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "dyad/coder.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

struct Corpus {
  std::vector<Document> docs;
  std::string lang;
};

const Corpus& GigaWord() {
  static const Corpus c = [] {
    Corpus out{{}, "en"};
    Result<std::string> path = DataPath("petrarch/validation/GigaWord.sample.PETR.xml");
    if (path.ok())
      ReadDocuments({*path}, {}, [&](Document&& d) { out.docs.push_back(std::move(d)); }, [](const Diagnostic&) {});
    return out;
  }();
  return c;
}

// The first 200 articles of the Dutch corpus.
const Corpus& DutchNews() {
  static const Corpus c = [] {
    Corpus out{{}, "nl"};
    Result<std::string> path = DataPath("corpora/nl/dpgmedia2019-articles.jsonl");
    if (!path.ok()) return out;
    ReadDocuments({*path}, {}, [&](Document&& d) { if (out.docs.size() < 200) out.docs.push_back(std::move(d)); },
                  [](const Diagnostic&) {});
    return out;
  }();
  return c;
}

CoderOptions PhoenixOptions() {
  const std::string dir = DataRoot() + "/petrarch/dictionaries/";
  CoderOptions o;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"})
    o.dictionaries.push_back(dir + f);
  return o;
}

void Run(benchmark::State& state, const Corpus& corpus, const CoderOptions& options, bool code) {
  if (corpus.docs.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  auto coder = Coder::Create(options, nullptr);
  if (!coder.ok()) return state.SkipWithError(coder.status().ToString().c_str());
  Analyzer analyzer;
  if (!analyzer.Model(corpus.lang).ok()) return state.SkipWithError("no syntax model");
  size_t sentences = 0, events = 0;
  for (auto _ : state)
    for (const Document& d : corpus.docs) {
      auto sents = analyzer.Analyze(d.id, d.text, corpus.lang);
      sentences += sents->size();
      if (code) events += (*coder)->Code({&d, corpus.lang, *sents}).size();
    }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(events) / std::max<double>(1, state.iterations());
}

// Coding alone, on sentences parsed once before the loop: the part TABARI's
// shallow matcher does, without syntax.
void CodeOnly(benchmark::State& state, const Corpus& corpus, const CoderOptions& options) {
  if (corpus.docs.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  auto coder = Coder::Create(options, nullptr);
  if (!coder.ok()) return state.SkipWithError(coder.status().ToString().c_str());
  Analyzer analyzer;
  std::vector<std::vector<conllu::Sentence>> parsed;
  for (const Document& d : corpus.docs) {
    auto sents = analyzer.Analyze(d.id, d.text, corpus.lang);
    if (!sents.ok()) return state.SkipWithError(sents.status().ToString().c_str());
    parsed.push_back(std::move(*sents));
  }
  size_t sentences = 0;
  for (auto _ : state)
    for (size_t i = 0; i < corpus.docs.size(); ++i) {
      benchmark::DoNotOptimize((*coder)->Code({&corpus.docs[i], corpus.lang, parsed[i]}));
      sentences += parsed[i].size();
    }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_CodeGigaWordPhoenix(benchmark::State& s) { Run(s, GigaWord(), PhoenixOptions(), true); }
void BM_CodeOnlyGigaWordPhoenix(benchmark::State& s) { CodeOnly(s, GigaWord(), PhoenixOptions()); }
void BM_ParseGigaWord(benchmark::State& s) { Run(s, GigaWord(), PhoenixOptions(), false); }
void BM_CodeDutchNews(benchmark::State& s) {
  CoderOptions o;
  o.builtin_languages = {"nl"};
  Run(s, DutchNews(), o, true);
}
void BM_ParseDutchNews(benchmark::State& s) {
  CoderOptions o;
  Run(s, DutchNews(), o, false);
}
void BM_LoadPhoenixDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto coder = Coder::Create(PhoenixOptions(), nullptr);
    if (!coder.ok()) return state.SkipWithError(coder.status().ToString().c_str());
  }
}

BENCHMARK(BM_CodeGigaWordPhoenix)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_CodeOnlyGigaWordPhoenix)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_ParseGigaWord)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_CodeDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_ParseDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace
}  // namespace dyad
