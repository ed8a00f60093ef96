// dyad: event data from news. A thin front over libdyad.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: who did what to whom, from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  int exit_code = 0;
  dyad::cli::RegisterTokenize(app, &exit_code);
  dyad::cli::RegisterRead(app, &exit_code);
  dyad::cli::RegisterLangid(app, &exit_code);
  dyad::cli::RegisterConllu(app, &exit_code);
  dyad::cli::RegisterParse(app, &exit_code);
  dyad::cli::RegisterCode(app, &exit_code);
  dyad::cli::RegisterValidate(app, &exit_code);
  dyad::cli::RegisterDict(app, &exit_code);
  dyad::cli::RegisterIngest(app, &exit_code);
  dyad::cli::RegisterTrain(app, &exit_code);
  dyad::cli::RegisterModelInfo(app, &exit_code);
  dyad::cli::RegisterEvaluate(app, &exit_code);
  dyad::cli::RegisterScore(app, &exit_code);
  dyad::cli::RegisterQuery(app, &exit_code);
  dyad::cli::RegisterDyads(app, &exit_code);
  dyad::cli::RegisterExport(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
