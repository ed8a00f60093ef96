// PLACEHOLDER: replaced by the real command implementation.
#include "cli/commands.h"
namespace dyad::cli {
void RegisterTokenize(CLI::App& app, int* exit_code) { app.add_subcommand("tokenize", "(not yet implemented)"); }
}  // namespace dyad::cli
