// Event coding throughput — tokenize + tag + lemmatize + parse + code, one
// core — with the full Phoenix English dictionaries on the GigaWord sample
// of the PETRARCH validation files, and with dyad's Dutch dictionaries on
// the Dutch news corpus; each against parsing alone on the same text, so
// the ratio shows what coding costs on top of the syntax. Dictionary load
// time is measured too. BM_IngestDutchNews runs `dyad ingest`'s pipeline
// (reading, analysis, coding and the SQLite store) on the same Dutch
// articles: its documents/s over BM_CodeDutchNews's is what storing costs;
// BM_StoreDutchNews times the store's writes alone.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "bench_data.h"
#include "dyad/coder.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

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
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(corpus.docs.size() * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(events) / std::max<double>(1, state.iterations());
}

// A fresh store file in the temporary directory (old files removed).
std::string FreshStore(const std::string& name) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// The corpus as a JSONL file (language declared, as BM_CodeDutchNews fixes it).
std::string CorpusFile(const Corpus& corpus, const std::string& name) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream out(path, std::ios::binary);
  for (const Document& d : corpus.docs)
    out << nlohmann::json{{"id", d.id}, {"date", d.date.ToString()}, {"title", d.title},
                          {"lang", corpus.lang}, {"text", d.text}}.dump() << "\n";
  return path;
}

// `dyad ingest --db FRESH.db CORPUS.jsonl` in process, once per iteration,
// with the models and dictionaries loaded before (as BM_CodeDutchNews has
// them). Documents/s counts every document read, stored or skipped (the
// corpus repeats some articles).
void Ingest(benchmark::State& state, const Corpus& corpus) {
  if (corpus.docs.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  IngestOptions options;
  options.inputs = {CorpusFile(corpus, "dyad_bench_ingest.jsonl")};
  Ingester ingester(options);
  int64_t documents = 0, events = 0;
  for (bool warm = false; auto _ : state) {
    for (; !warm; warm = true) {
      state.PauseTiming();
      auto store = Store::Open(FreshStore("dyad_bench_ingest.db"), Store::Mode::kReadWrite);
      if (!store.ok() || !ingester.Run(**store).ok()) return state.SkipWithError("warm-up ingest failed");
      state.ResumeTiming();
    }
    auto store = Store::Open(FreshStore("dyad_bench_ingest.db"), Store::Mode::kReadWrite);
    if (!store.ok()) return state.SkipWithError(store.status().ToString().c_str());
    auto report = ingester.Run(**store);
    if (!report.ok()) return state.SkipWithError(report.status().ToString().c_str());
    documents += report->totals.documents, events += report->totals.events;
  }
  state.counters["documents/s"] = benchmark::Counter(static_cast<double>(documents), benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(events) / std::max<double>(1, state.iterations());
}

// The store's writes alone: documents analysed and coded before the loop,
// then Put and committed every 200 into a fresh store.
void StoreOnly(benchmark::State& state, const Corpus& corpus, const CoderOptions& options) {
  if (corpus.docs.empty()) return state.SkipWithError("data missing: set DYAD_DATA");
  auto coder = Coder::Create(options, nullptr);
  if (!coder.ok()) return state.SkipWithError(coder.status().ToString().c_str());
  Analyzer analyzer;
  std::vector<std::vector<StoredSentence>> sentences;
  std::vector<std::vector<Event>> events;
  for (const Document& d : corpus.docs) {
    auto sents = analyzer.Analyze(d.id, d.text, corpus.lang);
    if (!sents.ok()) return state.SkipWithError(sents.status().ToString().c_str());
    events.push_back((*coder)->Code({&d, corpus.lang, *sents}));
    sentences.emplace_back();
    for (size_t i = 0; i < sents->size(); ++i)
      sentences.back().push_back({static_cast<int>(i), 0, 0, std::string((*sents)[i].Comment("text"))});
  }
  for (auto _ : state) {
    auto store = Store::Open(FreshStore("dyad_bench_store.db"), Store::Mode::kReadWrite);
    if (!store.ok()) return state.SkipWithError(store.status().ToString().c_str());
    auto run = (*store)->BeginRun({});
    for (size_t i = 0; i < corpus.docs.size() && run.ok(); ++i)
      if (!(*store)->Put(*run, corpus.docs[i], sentences[i], events[i]).ok()) return state.SkipWithError("put");
    if (!(*store)->Commit().ok()) return state.SkipWithError("commit");
  }
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(corpus.docs.size() * state.iterations()), benchmark::Counter::kIsRate);
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
void BM_CodeOnlyDutchNews(benchmark::State& s) {
  CoderOptions o;
  o.builtin_languages = {"nl"};
  CodeOnly(s, DutchNews(), o);
}
void BM_IngestDutchNews(benchmark::State& s) { Ingest(s, DutchNews()); }
void BM_StoreDutchNews(benchmark::State& s) {
  CoderOptions o;
  o.builtin_languages = {"nl"};
  StoreOnly(s, DutchNews(), o);
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
BENCHMARK(BM_CodeOnlyDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_IngestDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_StoreDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_ParseDutchNews)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace
}  // namespace dyad
