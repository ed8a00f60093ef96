// PLACEHOLDER: replaced by the real command implementation.
#include "cli/commands.h"
namespace dyad::cli {
void RegisterLangid(CLI::App& app, int* exit_code) { app.add_subcommand("langid", "(not yet implemented)"); }
}  // namespace dyad::cli
