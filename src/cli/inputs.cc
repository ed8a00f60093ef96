#include "cli/inputs.h"

#include <cstdio>

namespace dyad::cli {
namespace {

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

}  // namespace

void AddInputOptions(CLI::App* cmd, InputArgs* args) {
  cmd->add_option("--input-format", args->format, "auto (default), text, jsonl or xml");
  cmd->add_option("--max-record-bytes", args->max_record_bytes,
                  "reject records (text files, JSONL lines, XML records) longer than this "
                  "(default 32M; K/M/G suffixes)");
  cmd->add_option("inputs", args->inputs, "files, directories (read recursively) or - for stdin");
  cmd->allow_extras();
}

// Validates the arguments into *options; "" when fine, else the complaint.
std::string ParseInputArgs(const InputArgs& args, const std::vector<std::string>& extras,
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

void PrintDiagnostic(const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); }

}  // namespace dyad::cli
