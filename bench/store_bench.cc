// Store queries on one million synthetic events (bench/store_gen.h): the
// dyad series, a filtered event page with its total, a full-text page, a
// month's network and the top actors — what `dyad query|dyads` and the
// dashboard ask. Target: dyad series and filtered page <= 100 ms each.
//
// The store is $DYAD_BENCH_STORE, else build/bench/store-1m.db; when the
// file is missing it is generated first (a few minutes; or beforehand with
// build/bench/dyad_gen_events). Figures: docs/store-queries.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "dyad/store.h"
#include "store_gen.h"

#ifndef DYAD_BENCH_DIR
#define DYAD_BENCH_DIR "."
#endif

namespace dyad::bench {
namespace {

std::string StorePath() {
  const char* env = std::getenv("DYAD_BENCH_STORE");
  return env != nullptr && *env != '\0' ? env : std::string(DYAD_BENCH_DIR) + "/store-1m.db";
}

// The store, opened read-only once; nullptr (and a message) when it can
// neither be found nor generated.
Store* BenchStore() {
  static std::unique_ptr<Store> store = []() -> std::unique_ptr<Store> {
    const std::string path = StorePath();
    if (std::error_code ec; !std::filesystem::exists(path, ec)) {
      std::fprintf(stderr, "generating %s (1M events; once)...\n", path.c_str());
      auto stats = GenerateStore(path, {});
      if (!stats.ok()) {
        std::fprintf(stderr, "%s\n", stats.status().ToString().c_str());
        return nullptr;
      }
      std::fprintf(stderr, "generated %lld events in %.1f s, %.1f MB\n", static_cast<long long>(stats->events),
                   stats->seconds, stats->bytes / 1e6);
    }
    auto opened = Store::Open(path, Store::Mode::kReadOnly);
    if (!opened.ok()) std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return opened.ok() ? std::move(*opened) : nullptr;
  }();
  return store.get();
}

Date Day(const char* text) { return *Date::Parse(text); }

// Runs `query` (returning a Result) each iteration; `count` gives the
// number of rows to report.
template <typename Query, typename Count>
void Measure(benchmark::State& state, Query query, Count count) {
  Store* store = BenchStore();
  if (store == nullptr) return state.SkipWithError("no benchmark store");
  int64_t rows = 0;
  for (auto _ : state) {
    auto r = query(*store);
    if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
    rows = count(*r);
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}

auto Size = [](const auto& v) { return static_cast<int64_t>(v.size()); };
auto Total = [](const EventPage& p) { return p.total; };

void BM_StoreDyadMonthlyAllYears(benchmark::State& state) {
  Measure(state, [](Store& s) { return s.Dyads({"RUS", "PRK", Granularity::kMonth, {}, {}, 0, ""}); }, Size);
}

void BM_StoreDyadWeeklyOneYear(benchmark::State& state) {
  Measure(state, [](Store& s) { return s.Dyads({"RUS", "PRK", Granularity::kWeek, Day("2022"), Day("2022"), 0, ""}); },
          Size);
}

EventFilter PageFilter() {
  EventFilter f;
  f.source = "RUS", f.code = "16", f.from = Day("2022"), f.to = Day("2022"), f.limit = 50;
  return f;
}

// source=RUS code=16 in 2022, 50 events by date, and the total count.
void BM_StoreEventPage(benchmark::State& state) {
  Measure(state, [](Store& s) { return s.Events(PageFilter()); }, Total);
}

void BM_StoreEventPageDyad(benchmark::State& state) {
  EventFilter f = PageFilter();
  f.target = "PRK";
  Measure(state, [&f](Store& s) { return s.Events(f); }, Total);
}

void BM_StoreEventPageSourceOnly(benchmark::State& state) {
  EventFilter f;
  f.source = "RUS";
  Measure(state, [&f](Store& s) { return s.Events(f); }, Total);
}

void BM_StoreFullTextPage(benchmark::State& state) {
  EventFilter f;
  f.text = "veto";
  Measure(state, [&f](Store& s) { return s.Events(f); }, Total);
}

void BM_StoreNetworkOneMonth(benchmark::State& state) {
  NetworkQuery q;
  q.from = Day("2022-08"), q.to = Day("2022-08");
  Measure(state, [&q](Store& s) { return s.Network(q); }, Size);
}

void BM_StoreActorsTop100(benchmark::State& state) {
  Measure(state, [](Store& s) { return s.Actors("", 100); }, Size);
}

#define STORE_BENCHMARK(name) BENCHMARK(name)->Unit(benchmark::kMillisecond)->Repetitions(5)->UseRealTime()
STORE_BENCHMARK(BM_StoreDyadMonthlyAllYears);
STORE_BENCHMARK(BM_StoreDyadWeeklyOneYear);
STORE_BENCHMARK(BM_StoreEventPage);
STORE_BENCHMARK(BM_StoreEventPageDyad);
STORE_BENCHMARK(BM_StoreEventPageSourceOnly);
STORE_BENCHMARK(BM_StoreFullTextPage);
STORE_BENCHMARK(BM_StoreNetworkOneMonth);
STORE_BENCHMARK(BM_StoreActorsTop100);

}  // namespace
}  // namespace dyad::bench
