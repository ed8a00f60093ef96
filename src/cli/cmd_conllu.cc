// PLACEHOLDER: replaced by the real command implementation.
#include "cli/commands.h"
namespace dyad::cli {
void RegisterConllu(CLI::App& app, int* exit_code) { app.add_subcommand("conllu", "(not yet implemented)"); }
}  // namespace dyad::cli
