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
#include "dyad/reader.h"

namespace dyad::cli {
namespace {

constexpr int kUsageError = 2;

struct ReadArgs {
  std::string format = "auto";
  std::string max_record_bytes;
  std::vector<std::string> inputs;
};

const char* PrecisionName(Date::Precision p) {
  switch (p) {
    case Date::Precision::kYear: return "year";
    case Date::Precision::kMonth: return "month";
    case Date::Precision::kDay: return "day";
    case Date::Precision::kUnknown: break;
  }
  return "unknown";
}

// "1048576", "64K", "32M", "1G" (binary units); 0 and garbage are errors.
Result<size_t> ParseByteCount(const std::string& s) {
  size_t digits = 0, value = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9' && value < (size_t{1} << 50)) {
    value = value * 10 + static_cast<size_t>(s[digits++] - '0');
  }
  const std::string unit = s.substr(digits);
  const int shift = unit.empty() ? 0 : unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
  if (digits == 0 || shift < 0 || value == 0 || value > (size_t{1} << 50) >> shift) {
    return Status::Invalid(
        "--max-record-bytes wants a positive byte count such as 1048576 or 32M, got \"" + s + "\"");
  }
  return value << shift;
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

void PrintDiagnostic(const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); }

int UsageError(const std::string& message) {
  std::fprintf(stderr, "dyad read: error: %s\n", message.c_str());
  return kUsageError;
}

// Validates the arguments into *options; "" when fine, else the complaint.
std::string CheckArgs(const ReadArgs& args, const std::vector<std::string>& extras,
                      ReadOptions* options) {
  if (!extras.empty()) return "unknown argument \"" + extras.front() + "\"";
  if (args.inputs.empty()) return "no inputs (give files, directories or - for stdin)";
  Result<InputFormat> format = ParseInputFormat(args.format);
  if (!format.ok()) return format.status().message();
  options->format = *format;
  if (args.max_record_bytes.empty()) return "";
  Result<size_t> bytes = ParseByteCount(args.max_record_bytes);
  if (!bytes.ok()) return bytes.status().message();
  options->max_record_bytes = *bytes;
  return "";
}

int RunRead(const ReadArgs& args, const std::vector<std::string>& extras) {
  ReadOptions options;
  const std::string complaint = CheckArgs(args, extras, &options);
  if (!complaint.empty()) return UsageError(complaint);
  const ReadStats stats = ReadDocuments(args.inputs, options, PrintDocument, PrintDiagnostic);
  std::fflush(stdout);
  return stats.errors == 0 ? 0 : 1;
}

}  // namespace

void RegisterRead(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReadArgs>();
  CLI::App* cmd = app.add_subcommand("read", "Read documents; print one JSON object per document");
  cmd->add_option("--input-format", args->format, "auto (default), text, jsonl or xml");
  cmd->add_option("--max-record-bytes", args->max_record_bytes,
                  "reject records (text files, JSONL lines, XML records) longer than this "
                  "(default 32M; K/M/G suffixes)");
  cmd->add_option("inputs", args->inputs, "files, directories (read recursively) or - for stdin");
  // Unknown options are collected, not fatal, so that they too exit with 2.
  cmd->allow_extras();
  cmd->callback([cmd, args, exit_code] { *exit_code = RunRead(*args, cmd->remaining()); });
}

}  // namespace dyad::cli
