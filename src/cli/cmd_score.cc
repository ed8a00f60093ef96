// `dyad score --gold GOLD.jsonl --system EVENTS.jsonl [--json]`: precision,
// recall and F1 of coded events against hand-annotated gold, per document on
// (source[:3], target[:3], root) and on the full code (docs/scoring.md).
// Malformed lines are reported on stderr as FILE:LINE and left out; the rest
// is scored. Exit status: 0 ok, 1 a file cannot be read or a line was
// malformed (the scores are still printed), 2 usage.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "dyad/eval.h"

namespace dyad::cli {
namespace {

struct ScoreArgs {
  std::string gold, system;
  bool json = false;
};

// An empty string if the arguments are usable, else what is wrong.
std::string UsageProblem(const CLI::App& cmd, const ScoreArgs& a) {
  if (!cmd.remaining().empty()) return "unexpected argument '" + cmd.remaining()[0] + "'";
  return a.gold.empty() || a.system.empty() ? "--gold and --system are required" : "";
}

int Run(const ScoreArgs& a) {
  Result<eval::EventScores> scores = eval::ScoreEventFiles(a.gold, a.system);
  if (!scores.ok()) {
    std::cerr << "dyad score: " << scores.status().ToString() << "\n";
    return 1;
  }
  for (const std::string& problem : scores->problems) std::cerr << "dyad score: " << problem << "\n";
  std::cout << (a.json ? eval::FormatEventJson(*scores) : eval::FormatEventTable(*scores));
  return scores->problems.empty() ? 0 : 1;
}

}  // namespace

void RegisterScore(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ScoreArgs>();
  CLI::App* cmd = app.add_subcommand("score", "Score coded events (JSONL) against event gold (JSONL)");
  cmd->add_option("--gold", args->gold, "gold events, one document per line");
  cmd->add_option("--system", args->system, "system events, one event per line");
  cmd->add_flag("--json", args->json, "print JSON instead of a table");
  cmd->allow_extras();
  cmd->callback([cmd, args, exit_code] {
    std::string problem = UsageProblem(*cmd, *args);
    if (problem.empty()) {
      *exit_code = Run(*args);
      return;
    }
    std::cerr << "dyad score: " << problem << "\n" << cmd->help();
    *exit_code = 2;
  });
}

}  // namespace dyad::cli
