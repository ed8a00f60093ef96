// `dyad query` and `dyad export`: events from a store (docs/store-queries.md).
//
//   dyad query --db FILE [--source A] [--target B] [--actor X] [--between A B] [--code 16] [--quad 1..4]
//              [--from DATE] [--to DATE] [--text QUERY] [--limit N] [--offset N] [--format table|jsonl|csv]
//   dyad export --db FILE [--format jsonl|csv|gdelt|plover] [the filters of query] [-o FILE]
//
// query prints one page (50 events unless --limit) and "N of TOTAL events"
// on stderr; export streams every matching event. Both in date order.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/store_args.h"
#include "cli/table.h"
#include "dyad/coder.h"

namespace dyad::cli {
namespace {

std::string EventRecord(const Event& e, const std::string& format) {
  if (format == "csv") return EventToCsv(e);
  if (format == "gdelt") return EventToTsv(e);
  if (format == "plover") return EventToPlover(e);
  return EventToJson(e);
}

// The header line of a format, "" for the JSON ones.
std::string Header(const std::string& format) {
  if (format == "csv") return EventCsvHeader();
  if (format == "gdelt") return EventTsvHeader();
  return "";
}

void PrintEvents(const std::vector<StoredEvent>& events) {
  std::vector<std::vector<std::string>> rows = {{"DATE", "SOURCE", "TARGET", "CODE", "QUAD", "GOLDSTEIN", "TEXT"}};
  for (const StoredEvent& s : events) {
    const Event& e = s.event;
    rows.push_back({e.date.ToString(), e.source, e.target, e.code, std::to_string(e.quad),
                    fmt::format("{:.1f}", e.goldstein), e.text});
  }
  PrintTable(rows);
}

int RunQuery(const StoreArgs& args, const std::vector<std::string>& extras) {
  Result<EventFilter> filter = MakeFilter(args, extras, {"table", "jsonl", "csv"}, 50);
  if (!filter.ok()) return Fail("query", filter.status());
  auto store = Store::Open(args.db, Store::Mode::kReadOnly);
  if (!store.ok()) return Fail("query", store.status());
  Result<EventPage> page = (*store)->Events(*filter);
  if (!page.ok()) return Fail("query", page.status());
  if (args.format == "table") {
    PrintEvents(page->events);
  } else {
    if (const std::string h = Header(args.format); !h.empty()) std::printf("%s\n", h.c_str());
    for (const StoredEvent& e : page->events) std::printf("%s\n", EventRecord(e.event, args.format).c_str());
  }
  std::fflush(stdout);
  std::fprintf(stderr, "%zu of %lld events\n", page->events.size(), static_cast<long long>(page->total));
  return 0;
}

int RunExport(const StoreArgs& args, const std::vector<std::string>& extras, const std::string& output) {
  Result<EventFilter> filter = MakeFilter(args, extras, {"jsonl", "csv", "gdelt", "plover"}, 0);
  if (!filter.ok()) return Fail("export", filter.status());
  auto store = Store::Open(args.db, Store::Mode::kReadOnly);
  if (!store.ok()) return Fail("export", store.status());
  std::unique_ptr<FILE, int (*)(FILE*)> file(output.empty() ? nullptr : std::fopen(output.c_str(), "wb"), std::fclose);
  if (!output.empty() && file == nullptr)
    return Fail("export", Status::IoError(fmt::format("{}: cannot write: {}", output, std::strerror(errno))));
  FILE* out = output.empty() ? stdout : file.get();
  if (const std::string h = Header(args.format); !h.empty()) std::fprintf(out, "%s\n", h.c_str());
  int64_t n = 0;
  Status s = (*store)->ForEachEvent(*filter, [&](const StoredEvent& e) {
    const std::string line = EventRecord(e.event, args.format) + "\n";
    ++n;
    return std::fwrite(line.data(), 1, line.size(), out) == line.size();
  });
  if (!s.ok()) return Fail("export", s);
  if (std::fflush(out) != 0 || std::ferror(out) != 0)
    return Fail("export", Status::IoError(fmt::format("{}: write failed", output.empty() ? "stdout" : output)));
  std::fprintf(stderr, "%lld events exported\n", static_cast<long long>(n));
  return 0;
}

}  // namespace

void RegisterQuery(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoreArgs>();
  args->format = "table";
  CLI::App* cmd = app.add_subcommand("query", "Events from a store, one page, in date order");
  AddStoreOptions(cmd, args.get(), FilterOptions::kEvents);
  cmd->add_option("--format", args->format, "table (default), jsonl (as dyad code) or csv");
  cmd->callback([cmd, args, exit_code] { *exit_code = RunQuery(*args, cmd->remaining()); });
}

void RegisterExport(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoreArgs>();
  auto output = std::make_shared<std::string>();
  args->format = "jsonl";
  CLI::App* cmd = app.add_subcommand("export", "Every matching event from a store, streamed in date order");
  AddStoreOptions(cmd, args.get(), FilterOptions::kEvents);
  cmd->add_option("--format", args->format, "jsonl (default, as dyad code), csv, gdelt (TSV) or plover");
  cmd->add_option("-o,--output", *output, "write here instead of stdout");
  cmd->callback([cmd, args, output, exit_code] { *exit_code = RunExport(*args, cmd->remaining(), *output); });
}

}  // namespace dyad::cli
