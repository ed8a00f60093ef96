// `dyad read`: reads documents and prints one JSON object per document.
//
//   dyad read [--input-format auto|text|jsonl|xml] [--max-record-bytes N] INPUTS...
//
// Documents go to stdout, diagnostics to stderr ("file:line: error: ...").
// Exit status: 0 when there were no errors, 1 when some records failed,
// 2 for usage errors.
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/reader.h"

namespace dyad::cli {
namespace {

constexpr int kUsageError = 2;

const char* PrecisionName(Date::Precision p) {
  switch (p) {
    case Date::Precision::kYear: return "year";
    case Date::Precision::kMonth: return "month";
    case Date::Precision::kDay: return "day";
    case Date::Precision::kUnknown: break;
  }
  return "unknown";
}

// The output object; PETRARCH records (the only ones with attributes) also
// carry their attributes, parse and event codings.
nlohmann::ordered_json ToJson(const Document& doc) {
  nlohmann::ordered_json j = {{"id", doc.id},
                              {"source", doc.source},
                              {"record", doc.record},
                              {"title", doc.title},
                              {"url", doc.url},
                              {"lang", doc.lang},
                              {"date", doc.date.ToString()},
                              {"date_precision", PrecisionName(doc.date.precision)},
                              {"text", doc.text}};
  if (!doc.attributes.empty()) {
    j["attributes"] = doc.attributes;
    j["parse"] = doc.parse;
    j["codings"] = doc.codings;
  }
  return j;
}

void PrintDocument(Document&& doc) {
  std::string line = ToJson(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stdout);
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "dyad read: error: %s\n", message.c_str());
  return kUsageError;
}

int RunRead(const InputArgs& args, const std::vector<std::string>& extras) {
  ReadOptions options;
  const std::string complaint = ParseInputArgs(args, extras, &options);
  if (!complaint.empty()) return UsageError(complaint);
  const ReadStats stats = ReadDocuments(args.inputs, options, PrintDocument, PrintDiagnostic);
  std::fflush(stdout);
  return stats.errors == 0 ? 0 : 1;
}

}  // namespace

void RegisterRead(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<InputArgs>();
  CLI::App* cmd = app.add_subcommand("read", "Read documents; print one JSON object per document");
  AddInputOptions(cmd, args.get());
  cmd->callback([cmd, args, exit_code] { *exit_code = RunRead(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
