// PLACEHOLDER: replaced by the real command implementation.
#include "cli/commands.h"
namespace dyad::cli {
void RegisterRead(CLI::App& app, int* exit_code) { app.add_subcommand("read", "(not yet implemented)"); }
}  // namespace dyad::cli
