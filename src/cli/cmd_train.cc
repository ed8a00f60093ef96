// `dyad train`: train a syntax model (tagger, lemmatizer, parser).
//
//   dyad train --recipe lang/en/syntax.recipe -o en.dyadmodel [--if-stale]
//   dyad train --lang L --train FILE... [--dev FILE] -o MODEL
//              [--jackknife K] [--tagger-epochs N] [--parser-epochs N] [--no-dedupe]
//
// Progress (stage, epoch, accuracy, ETA) goes to stderr: one updating line on
// a terminal, one line per epoch otherwise. --if-stale skips training when
// MODEL was made by this trainer from the same recipe and data. Exit status:
// 0 trained (or current), 1 training failed, 2 usage.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dyad/syntax.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string recipe, lang, dev, output;
  std::vector<std::string> train;
  int jackknife = -1, tagger_epochs = 0, parser_epochs = 0;
  bool no_dedupe = false, if_stale = false;
};

std::string Bar(int done, int total, int width = 20) {
  int filled = total > 0 ? done * width / total : 0;
  return std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(width - filled), '.');
}

// Prints training events; on a terminal an epoch line is redrawn in place.
class ProgressPrinter {
 public:
  void operator()(const TrainEvent& e) {
    if (!e.message.empty()) {
      std::fprintf(stderr, "%s%s\n", open_line_ ? "\n" : "", e.message.c_str());
      open_line_ = false;
      return;
    }
    double eta = e.seconds * (e.epochs - e.epoch);
    char dev[32] = "";
    if (e.dev_accuracy >= 0) std::snprintf(dev, sizeof dev, "  dev %6.2f%%", e.dev_accuracy);
    std::fprintf(stderr, "%s%-10s epoch %2d/%-2d [%s] train %6.2f%%%s  %5.1fs/epoch  ETA %dm%02ds%s",
                 tty_ ? "\r" : "", e.stage.c_str(), e.epoch, e.epochs, Bar(e.epoch, e.epochs).c_str(),
                 e.train_accuracy, dev, e.seconds, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60,
                 tty_ && e.epoch < e.epochs ? "" : "\n");
    open_line_ = tty_ && e.epoch < e.epochs;
  }

 private:
  bool tty_ = isatty(STDERR_FILENO) != 0;
  bool open_line_ = false;
};

Result<SyntaxRecipe> RecipeFrom(const TrainArgs& a) {
  if (!a.recipe.empty()) return ReadSyntaxRecipe(a.recipe);
  SyntaxRecipe r;
  r.lang = a.lang;
  r.train = a.train;
  r.dev = a.dev;
  r.dedupe = !a.no_dedupe;
  if (a.jackknife >= 0) r.jackknife = a.jackknife;
  r.tagger_epochs = a.tagger_epochs;
  r.parser_epochs = a.parser_epochs;
  // The recipe text is what a recipe file with these settings would say, so
  // the model records how it was made.
  r.source = "lang " + r.lang + "\n";
  for (const auto& t : r.train) r.source += "train " + t + "\n";
  if (!r.dev.empty()) r.source += "dev " + r.dev + "\n";
  r.source += std::string("dedupe ") + (r.dedupe ? "yes" : "no") + "\njackknife " + std::to_string(r.jackknife) + "\n";
  if (r.tagger_epochs > 0) r.source += "tagger-epochs " + std::to_string(r.tagger_epochs) + "\n";
  if (r.parser_epochs > 0) r.source += "parser-epochs " + std::to_string(r.parser_epochs) + "\n";
  return r;
}

std::string UsageProblem(const CLI::App& cmd, const TrainArgs& a) {
  if (!cmd.remaining().empty()) return "unexpected argument '" + cmd.remaining()[0] + "'";
  if (a.output.empty()) return "-o MODEL is required";
  if (a.recipe.empty() == (a.lang.empty() || a.train.empty())) {
    return "give either --recipe FILE or --lang L with --train FILE...";
  }
  return "";
}

int Run(const TrainArgs& a) {
  auto recipe = RecipeFrom(a);
  if (!recipe.ok()) {
    std::fprintf(stderr, "dyad train: error: %s\n", recipe.status().ToString().c_str());
    return 1;
  }
  if (a.if_stale && SyntaxModelIsCurrent(a.output, *recipe)) {
    std::fprintf(stderr, "dyad train: %s is current (same trainer, recipe and data)\n", a.output.c_str());
    return 0;
  }
  std::fprintf(stderr, "dyad train: training the %s model into %s\n", recipe->lang.c_str(), a.output.c_str());
  ProgressPrinter printer;
  Status s = TrainSyntaxModel(*recipe, a.output, [&printer](const TrainEvent& e) { printer(e); });
  if (!s.ok()) {
    std::fprintf(stderr, "dyad train: error: %s\n", s.ToString().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterTrain(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand("train", "Train a syntax model (tagger, lemmatizer, parser) from UD treebanks");
  cmd->add_option("--recipe", a->recipe, "recipe file (e.g. lang/en/syntax.recipe)");
  cmd->add_option("--lang", a->lang, "language code");
  cmd->add_option("--train", a->train, "training CoNLL-U files (relative to DYAD_DATA or absolute)");
  cmd->add_option("--dev", a->dev, "dev CoNLL-U file, scored after every epoch");
  cmd->add_option("-o,--output", a->output, "model file to write");
  cmd->add_option("--jackknife", a->jackknife, "folds for the parser's predicted training tags (0 = gold tags)");
  cmd->add_option("--tagger-epochs", a->tagger_epochs, "tagger epochs (default: the tagger's)");
  cmd->add_option("--parser-epochs", a->parser_epochs, "parser epochs (default: the parser's)");
  cmd->add_flag("--no-dedupe", a->no_dedupe, "keep training sentences whose text repeats");
  cmd->add_flag("--if-stale", a->if_stale, "do nothing if the model is current");
  cmd->allow_extras();
  cmd->callback([cmd, a, exit_code] {
    std::string problem = UsageProblem(*cmd, *a);
    if (!problem.empty()) {
      std::fprintf(stderr, "dyad train: error: %s\n", problem.c_str());
      *exit_code = 2;
      return;
    }
    *exit_code = Run(*a);
  });
}

void RegisterModelInfo(CLI::App& app, int* exit_code) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("model-info", "Print a model's metadata (recipe, data hash, dev scores) as JSON");
  cmd->add_option("model", *path, "model file")->required();
  cmd->callback([path, exit_code] {
    auto model = SyntaxModel::Load(*path);
    if (!model.ok()) {
      std::fprintf(stderr, "dyad model-info: error: %s\n", model.status().ToString().c_str());
      *exit_code = 1;
      return;
    }
    std::printf("%s\n", (*model)->metadata().c_str());
    *exit_code = 0;
  });
}

}  // namespace dyad::cli
