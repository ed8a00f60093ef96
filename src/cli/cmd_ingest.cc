// `dyad ingest`: read, analyse and code documents into an event store.
//
//   dyad ingest --db FILE.db [--dict PATH]... [--no-builtin] [--lang auto|nl|en|…]
//               [--model FILE] [--keep-negated] [--recode[=changed|all]] [--batch N]
//               [--input-format auto|text|jsonl|xml] INPUTS...
//
// Documents already in the store (same content hash) are skipped;
// --recode codes again those stored with other dictionaries or models,
// --recode=all every one met. A progress line is drawn on a terminal only.
// Exit status: 0 when every document was stored or skipped, 1 when some
// failed (listed before the summary) or the store failed, 2 for usage,
// dictionary, model or database-opening errors.
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/ingest.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  std::string db;
  std::vector<std::string> dicts;
  bool no_builtin = false;
  bool keep_negated = false;
  std::string lang = "auto";
  std::string model;
  std::string recode = "none";
  int64_t batch = 200;
  InputArgs input;
};

// The command line as typed (Linux), for the store's record of the run.
std::string CommandLine() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string line, arg;
  while (std::getline(in, arg, '\0')) line += (line.empty() ? "" : " ") + arg;
  return line.empty() ? "dyad ingest" : line;
}

std::string Duration(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                   : fmt::format("{}:{:02}", s / 60, s % 60);
}

// One progress line, redrawn at most 5 times a second.
class ProgressLine {
 public:
  void operator()(const IngestProgress& p) {
    if (p.seconds - drawn_ < 0.2 && drawn_ >= 0) return;
    drawn_ = p.seconds;
    const double s = std::max(p.seconds, 1e-3);
    std::string eta;
    if (p.bytes_total > 0 && p.bytes_done > 0) {
      const double done = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
      eta = fmt::format("{:3.0f}% ETA {} ", 100 * done, Duration(p.seconds * (1 - done) / done));
    }
    std::fprintf(stderr, "\r%s%lld documents (%.1f/s), %lld events (%.1f/s), %lld skipped, %lld failed \033[K",
                 eta.c_str(), static_cast<long long>(p.documents), p.documents / s,
                 static_cast<long long>(p.events), p.events / s, static_cast<long long>(p.skipped),
                 static_cast<long long>(p.failed));
  }
  void Clear() { std::fprintf(stderr, "\r\033[K"); }

 private:
  double drawn_ = -1;
};

std::string Summary(const IngestReport& r, bool recoding) {
  const IngestProgress& t = r.totals;
  std::string s = fmt::format("{} documents stored, ", t.stored);
  if (recoding) s += fmt::format("{} recoded, ", t.recoded);
  s += fmt::format("{} skipped, {} events, {} failed{}", t.skipped, t.events, t.failed,
                   t.failed > 0 ? " (listed above)" : "");
  return s + fmt::format(" in {:.1f} s ({:.1f} documents/s)", t.seconds, t.documents / std::max(t.seconds, 1e-3));
}

// Checks the arguments into *options; "" when fine, else the complaint.
std::string Validate(const IngestArgs& args, const std::vector<std::string>& extras, IngestOptions* options) {
  if (args.db.empty()) return "--db FILE is required (the store to write; created when missing)";
  if (std::string complaint = ParseInputArgs(args.input, extras, &options->read); !complaint.empty())
    return complaint;
  if (args.batch < 1) return "--batch must be at least 1";
  auto recode = ParseRecode(args.recode);
  if (!recode.ok()) return recode.status().message();
  options->recode = *recode;
  options->inputs = args.input.inputs;
  options->lang = args.lang;
  options->model = args.model;
  options->coder.dictionaries = args.dicts;
  options->coder.keep_negated = args.keep_negated;
  options->builtin = !args.no_builtin;
  options->batch_documents = args.batch;
  options->command = CommandLine();
  return "";
}

void PrintFailures(const IngestReport& report) {
  for (const IngestFailure& f : report.failures) {
    const std::string where = f.record > 0 ? fmt::format("{}:{}", f.source, f.record) : f.source;
    const std::string doc = f.doc_id.empty() ? "" : "document " + f.doc_id + ": ";
    std::fprintf(stderr, "%s: error: %s%s\n", where.c_str(), doc.c_str(), f.message.c_str());
  }
}

int Run(const IngestArgs& args, const std::vector<std::string>& extras) {
  IngestOptions options;
  if (std::string complaint = Validate(args, extras, &options); !complaint.empty()) {
    std::fprintf(stderr, "dyad ingest: error: %s\n", complaint.c_str());
    return 2;
  }
  auto store = Store::Open(args.db, Store::Mode::kReadWrite);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad ingest: error: %s\n", store.status().ToString().c_str());
    return 2;
  }
  auto progress = std::make_shared<ProgressLine>();
  if (isatty(STDERR_FILENO) != 0) options.on_progress = [progress](const IngestProgress& p) { (*progress)(p); };
  // Read errors are listed with the other failures at the end.
  options.on_diagnostic = [](const Diagnostic& d) {
    if (d.severity != Diagnostic::Severity::kError) PrintDiagnostic(d);
  };
  auto report = Ingest(**store, options);
  if (options.on_progress) progress->Clear();
  if (!report.ok()) {
    std::fprintf(stderr, "dyad ingest: error: %s\n", report.status().ToString().c_str());
    return report.status().code() == Code::kIoError || report.status().code() == Code::kCorrupt ? 1 : 2;
  }
  PrintFailures(*report);
  std::printf("%s\n", Summary(*report, options.recode != Recode::kNone).c_str());
  return report->totals.failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterIngest(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents into an event store (SQLite)");
  cmd->add_option("--db", args->db, "the store to write (created when missing)");
  cmd->add_option("--dict", args->dicts, "dictionary file or directory (repeatable; kind detected)")->allow_extra_args(false);
  cmd->add_flag("--no-builtin", args->no_builtin, "do not load dyad's own dictionaries for the language");
  cmd->add_option("--lang", args->lang, "language code, or auto (default): declared, else identified");
  cmd->add_option("--model", args->model, "syntax model file (default: <lang>.dyadmodel)");
  cmd->add_flag("--keep-negated", args->keep_negated, "store negated events with negated = 1");
  cmd->add_flag("--recode{changed}", args->recode,
                "code stored documents again: --recode those coded with other dictionaries or models, "
                "--recode=all every one");
  cmd->add_option("--batch", args->batch, "documents per transaction (default 200; also committed every 2 s)");
  AddInputOptions(cmd, &args->input);
  cmd->callback([cmd, args, exit_code] { *exit_code = Run(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
