// `dyad evaluate --gold G --system S [--format table|json]`: the CoNLL 2018
// shared task scores of a system CoNLL-U file against a gold one, printed as
// the official script's --verbose table or as JSON.
// `dyad evaluate --gold G --tokenize LANG`: dyad's tokenizer on the raw text
// of G, scored on Tokens, Sentences and Words.
// Exit status: 0 ok, 1 a file cannot be read or evaluated, 2 usage.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "dyad/conllu.h"
#include "dyad/eval.h"

namespace dyad::cli {
namespace {

struct EvaluateArgs {
  std::string gold, system, tokenize, format = "table";
};

// An empty string if the arguments are usable, else what is wrong.
std::string UsageProblem(const CLI::App& cmd, const EvaluateArgs& a) {
  if (!cmd.remaining().empty()) return "unexpected argument '" + cmd.remaining()[0] + "'";
  if (a.gold.empty() || a.system.empty() == a.tokenize.empty()) {
    return "--gold and one of --system or --tokenize are required";
  }
  if (a.format != "table" && a.format != "json") return "--format must be table or json";
  return "";
}

Result<eval::Scores> Score(const std::vector<conllu::Sentence>& gold, const std::string& path) {
  auto system = conllu::ReadFile(path);
  if (!system.ok()) return Status::Invalid("system file: " + system.status().ToString());
  return eval::EvaluateConllu(gold, *system);
}

Result<eval::Scores> ScoreTokenizer(const std::vector<conllu::Sentence>& gold, const std::string& lang) {
  auto tokenizer = Tokenizer::ForLanguage(lang);
  if (!tokenizer.ok()) return tokenizer.status();
  return eval::EvaluateTokenizer(gold, **tokenizer);
}

int Run(const EvaluateArgs& a) {
  auto gold = conllu::ReadFile(a.gold);
  if (!gold.ok()) {
    std::cerr << "dyad evaluate: gold file: " << gold.status().ToString() << "\n";
    return 1;
  }
  Result<eval::Scores> scores = a.tokenize.empty() ? Score(*gold, a.system) : ScoreTokenizer(*gold, a.tokenize);
  if (!scores.ok()) {
    std::cerr << "dyad evaluate: cannot evaluate " << (a.tokenize.empty() ? a.system : "the tokenizer") << " against " << a.gold
              << ": " << scores.status().ToString() << "\n";
    return 1;
  }
  if (!a.tokenize.empty()) {  // the placeholder tree's scores mean nothing
    for (auto it = scores->begin(); it != scores->end();) {
      it = it->first == "Tokens" || it->first == "Sentences" || it->first == "Words" ? std::next(it)
                                                                                   : scores->erase(it);
    }
  }
  std::cout << (a.format == "json" ? eval::FormatJson(*scores) : eval::FormatTable(*scores));
  return 0;
}

}  // namespace

void RegisterEvaluate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvaluateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "evaluate", "Score a system CoNLL-U file against gold (CoNLL 2018 shared task metrics)");
  cmd->add_option("--gold", args->gold, "gold CoNLL-U file");
  cmd->add_option("--system", args->system, "system CoNLL-U file");
  cmd->add_option("--tokenize", args->tokenize,
                  "instead of --system: tokenize the gold raw text in this language and score that");
  cmd->add_option("--format", args->format, "table (default) or json");
  cmd->allow_extras();
  cmd->callback([cmd, args, exit_code] {
    std::string problem = UsageProblem(*cmd, *args);
    if (problem.empty()) {
      *exit_code = Run(*args);
      return;
    }
    std::cerr << "dyad evaluate: " << problem << "\n" << cmd->help();
    *exit_code = 2;
  });
}

}  // namespace dyad::cli
