// PLACEHOLDER: replaced by the real command implementation.
#include "cli/commands.h"
namespace dyad::cli {
void RegisterEvaluate(CLI::App& app, int* exit_code) { app.add_subcommand("evaluate", "(not yet implemented)"); }
}  // namespace dyad::cli
