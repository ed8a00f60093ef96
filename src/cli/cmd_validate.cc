// `dyad validate`: run a PETRARCH validation file through the coder.
//
//   dyad validate FILE.xml [--dict DIR]... [--use-given-parse] [--verbfile NAME] [--model FILE]
//                 [--builtin LANG] [--adjudication FILE.tsv] [--quiet] [--trace]
//
// Prints PASS/FAIL per record with expected and found events, event-level
// precision/recall/F1 on full codes, on roots and on (source country, target
// country, root), and ends with the line
// "N passed, M failed". Exit status: 0 when the file was run (whatever the
// pass rate), 2 for usage, a missing file or dictionary.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/validate.h"

namespace dyad::cli {
namespace {

struct ValidateArgs {
  std::string file;
  std::vector<std::string> dict_dirs;
  bool use_given_parse = false;
  bool quiet = false;
  bool trace = false;
  std::string model;
  std::string verb_file;
  std::string builtin;
  std::string adjudication;
};

std::string Keys(const std::vector<EventKey>& keys) {
  if (keys.empty()) return "(none)";
  std::string out;
  for (const auto& [s, t, c] : keys) out += (out.empty() ? "" : "; ") + s + " " + t + " " + c;
  return out;
}

void PrintScores(const char* what, size_t tp, size_t fp, size_t fn) {
  const double p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp), r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
  const double f = p + r == 0 ? 0 : 2 * p * r / (p + r) / 100.0;
  std::printf("%s: precision %.1f%%, recall %.1f%%, F1 %.3f (%zu found correct, %zu extra, %zu missed)\n", what, p, r,
              f, tp, fp, fn);
}

int Run(const ValidateArgs& args) {
  ValidateOptions options;
  options.dict_dirs = args.dict_dirs;
  options.use_given_parse = args.use_given_parse;
  options.model = args.model;
  options.verb_file = args.verb_file;
  options.builtin_language = args.builtin;
  if (!args.adjudication.empty()) {
    Result<Adjudication> adj = ReadAdjudication(args.adjudication);
    if (!adj.ok()) {
      std::fprintf(stderr, "dyad validate: error: %s\n", adj.status().ToString().c_str());
      return 2;
    }
    options.adjudication = std::move(*adj);
  }
  if (args.trace) options.trace = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  Result<ValidationResult> result = ValidatePetrarchFile(args.file, options, PrintDiagnostic);
  if (!result.ok()) {
    std::fprintf(stderr, "dyad validate: error: %s\n", result.status().ToString().c_str());
    return 2;
  }
  for (const RecordResult& r : result->records) {
    if (args.quiet && r.pass) continue;
    std::printf("%s %s%s", r.pass ? "PASS" : "FAIL", r.id.c_str(), r.adjudicated ? " (adjudicated)" : "");
    if (!r.pass) std::printf("\n  expected: %s\n  found:    %s", Keys(r.expected).c_str(), Keys(r.found).c_str());
    if (!r.error.empty()) std::printf("\n  error: %s", r.error.c_str());
    std::printf("\n");
  }
  std::printf("dictionaries: %s\n", result->dictionaries.c_str());
  PrintScores("events", result->tp, result->fp, result->fn);
  PrintScores("roots", result->root_tp, result->root_fp, result->root_fn);
  PrintScores("countries+roots", result->country_tp, result->country_fp, result->country_fn);
  if (!args.adjudication.empty()) {
    std::printf("adjudication: %zu of %zu listed records found and their gold replaced\n", result->adjudicated,
                options.adjudication.size());
    if (result->adjudicated != options.adjudication.size())
      std::fprintf(stderr, "dyad validate: warning: %s lists records the file does not have\n",
                   args.adjudication.c_str());
  }
  std::printf("%zu passed, %zu failed\n", result->passed, result->failed);
  return 0;
}

}  // namespace

void RegisterValidate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Run a PETRARCH validation file (PASS/FAIL per record)");
  cmd->add_option("file", args->file, "validation XML file")->required();
  cmd->add_option("--dict", args->dict_dirs, "directory with the dictionaries the file names (repeatable)")->allow_extra_args(false);
  cmd->add_flag("--use-given-parse", args->use_given_parse, "code the CoNLL-U parse shipped in each record");
  cmd->add_option("--model", args->model, "English syntax model file (default: en.dyadmodel)");
  cmd->add_flag("--quiet", args->quiet, "print failing records only");
  cmd->add_flag("--trace", args->trace, "explain each predicate's coding on stderr");
  cmd->add_option("--verbfile", args->verb_file, "use this verb dictionary instead of the <Environment>'s");
  cmd->add_option("--adjudication", args->adjudication,
                  "replace the expected events of the records this TSV lists (docs/scoring.md)");
  cmd->add_option("--builtin", args->builtin, "code with dyad's own dictionaries of this language instead (e.g. en)");
  cmd->callback([args, exit_code] { *exit_code = Run(*args); });
}

}  // namespace dyad::cli
