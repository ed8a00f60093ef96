// `dyad dyads`: the time series of a dyad's events (docs/store-queries.md).
//
//   dyad dyads --db FILE --between A B [--by day|week|month|year] [--from DATE] [--to DATE]
//              [--quad 1..4] [--code C] [--format table|jsonl|csv]
//
// One row per period that has events (periods without any are left out),
// in time order: events, per QuadClass, per CAMEO root, Goldstein mean and
// sum, distinct documents. Both directions of the dyad count.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_args.h"
#include "cli/table.h"
#include "util/csv.h"

namespace dyad::cli {
namespace {

std::string RootName(int i) { return fmt::format("{:02}", i); }

// The shape of GET /api/dyads' buckets (docs/http-api.yaml).
std::string BucketJson(const DyadBucket& b) {
  nlohmann::ordered_json roots = nlohmann::ordered_json::object();
  for (const auto& [root, n] : b.roots) roots[root] = n;
  nlohmann::ordered_json j = {{"period", b.period},
                              {"events", b.events},
                              {"quad", b.quad},
                              {"roots", std::move(roots)},
                              {"goldstein_sum", b.goldstein_sum},
                              {"goldstein_mean", b.goldstein_mean},
                              {"documents", b.documents}};
  return j.dump();
}

std::string CsvHeader() {
  std::string h = "period,events,quad1,quad2,quad3,quad4";
  for (int r = 1; r <= 20; ++r) h += ",root" + RootName(r);
  return h + ",goldstein_sum,goldstein_mean,documents";
}

std::string BucketCsv(const DyadBucket& b) {
  std::string line;
  AppendCsvField(b.period, &line);
  line += fmt::format(",{},{}", b.events, fmt::join(b.quad, ","));
  for (int r = 1; r <= 20; ++r) {
    auto it = b.roots.find(RootName(r));
    line += fmt::format(",{}", it == b.roots.end() ? 0 : it->second);
  }
  return line + fmt::format(",{},{},{}", b.goldstein_sum, b.goldstein_mean, b.documents);
}

void PrintBuckets(const std::vector<DyadBucket>& buckets) {
  std::vector<std::vector<std::string>> rows = {
      {"PERIOD", "EVENTS", "Q1", "Q2", "Q3", "Q4", "GS_MEAN", "GS_SUM", "DOCS", "ROOTS"}};
  for (const DyadBucket& b : buckets) {
    std::vector<std::string> roots;
    for (const auto& [root, n] : b.roots) roots.push_back(fmt::format("{}:{}", root, n));
    rows.push_back({b.period, std::to_string(b.events), std::to_string(b.quad[0]), std::to_string(b.quad[1]),
                    std::to_string(b.quad[2]), std::to_string(b.quad[3]), fmt::format("{:.2f}", b.goldstein_mean),
                    fmt::format("{:.1f}", b.goldstein_sum), std::to_string(b.documents),
                    fmt::format("{}", fmt::join(roots, " "))});
  }
  PrintTable(rows);
}

int Run(const StoreArgs& args, const std::string& by, const std::vector<std::string>& extras) {
  Result<EventFilter> filter = MakeFilter(args, extras, {"table", "jsonl", "csv"}, 0);
  if (!filter.ok()) return Fail("dyads", filter.status());
  if (args.between.empty()) return Fail("dyads", Status::Invalid("--between A B is required (--between RUS PRK)"));
  Result<Granularity> granularity = ParseGranularity(by);
  if (!granularity.ok()) return Fail("dyads", Status::Invalid("--by: " + granularity.status().message()));
  DyadQuery q{filter->between_a, filter->between_b, *granularity, filter->from, filter->to, filter->quad,
              filter->code};
  auto store = Store::Open(args.db, Store::Mode::kReadOnly);
  if (!store.ok()) return Fail("dyads", store.status());
  Result<std::vector<DyadBucket>> buckets = (*store)->Dyads(q);
  if (!buckets.ok()) return Fail("dyads", buckets.status());
  if (args.format == "table") {
    PrintBuckets(*buckets);
    return 0;
  }
  if (args.format == "csv") std::printf("%s\n", CsvHeader().c_str());
  for (const DyadBucket& b : *buckets)
    std::printf("%s\n", (args.format == "csv" ? BucketCsv(b) : BucketJson(b)).c_str());
  return 0;
}

}  // namespace

void RegisterDyads(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoreArgs>();
  auto by = std::make_shared<std::string>("month");
  args->format = "table";
  CLI::App* cmd = app.add_subcommand("dyads", "A dyad's events per day, week, month or year, from a store");
  AddStoreOptions(cmd, args.get(), FilterOptions::kDyad);
  cmd->add_option("--by", *by, "day, week (ISO, 2022-W33), month (default) or year");
  cmd->add_option("--format", args->format, "table (default), jsonl or csv");
  cmd->callback([cmd, args, by, exit_code] { *exit_code = Run(*args, *by, cmd->remaining()); });
}

}  // namespace dyad::cli
