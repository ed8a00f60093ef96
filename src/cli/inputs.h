// The input options every document-reading subcommand shares:
// --input-format, --max-record-bytes and the INPUTS, with one validation and
// one diagnostic printer.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "dyad/reader.h"

namespace dyad::cli {

struct InputArgs {
  std::string format = "auto";
  std::string max_record_bytes;
  std::vector<std::string> inputs;
};

// Adds the options to `cmd`; unknown arguments are collected (allow_extras)
// so that ParseInputArgs can reject them with exit status 2.
void AddInputOptions(CLI::App* cmd, InputArgs* args);

// Validates the arguments into *options; "" when fine, else the complaint.
std::string ParseInputArgs(const InputArgs& args, const std::vector<std::string>& extras,
                           ReadOptions* options);

void PrintDiagnostic(const Diagnostic& d);

}  // namespace dyad::cli
