// The subcommands of the `dyad` binary. Each Register* adds one subcommand
// to the app; its callback stores the exit status in *exit_code. The CLI is a
// thin layer: all work is done by libdyad.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

void RegisterTokenize(CLI::App& app, int* exit_code);
void RegisterRead(CLI::App& app, int* exit_code);
void RegisterLangid(CLI::App& app, int* exit_code);
void RegisterConllu(CLI::App& app, int* exit_code);
void RegisterEvaluate(CLI::App& app, int* exit_code);
void RegisterTrain(CLI::App& app, int* exit_code);
void RegisterModelInfo(CLI::App& app, int* exit_code);
void RegisterParse(CLI::App& app, int* exit_code);
void RegisterScore(CLI::App& app, int* exit_code);
void RegisterCode(CLI::App& app, int* exit_code);
void RegisterValidate(CLI::App& app, int* exit_code);
void RegisterDict(CLI::App& app, int* exit_code);
void RegisterIngest(CLI::App& app, int* exit_code);
void RegisterQuery(CLI::App& app, int* exit_code);
void RegisterDyads(CLI::App& app, int* exit_code);
void RegisterExport(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
