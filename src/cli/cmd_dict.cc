// `dyad dict`: look at dictionaries without coding anything.
//
//   dyad dict check [--lang L]... [--dict PATH]... [--no-builtin]
//   dyad dict stats [--lang L]... [--dict PATH]... [--no-builtin]
//
// Each language's built-in dictionaries (lang/<iso>/ and lang/mul/, default:
// every language that has some) are loaded together with the --dict files,
// as `dyad code` would load them. `check` prints each problem as
// file:line: warning: … and exits 1 when there is any; `stats` prints the
// counts, with predicates and patterns per CAMEO root.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "coder/check.h"
#include "coder/load.h"

namespace dyad::cli {
namespace {

struct DictArgs {
  std::vector<std::string> langs;
  std::vector<std::string> dicts;
  bool no_builtin = false;
};

// The dictionary sets to look at: one per language, or one of --dict alone.
std::vector<CoderOptions> Sets(const DictArgs& args) {
  std::vector<std::string> langs = args.langs;
  if (langs.empty() && !args.no_builtin) langs = {"en", "nl"};
  std::vector<CoderOptions> out;
  if (args.no_builtin) langs = {""};
  for (const std::string& l : langs) {
    CoderOptions o;
    o.dictionaries = args.dicts;
    if (!l.empty()) o.builtin_languages = {l};
    out.push_back(o);
  }
  return out;
}

std::string Name(const CoderOptions& o) { return o.builtin_languages.empty() ? "--dict" : o.builtin_languages[0]; }

int Check(const DictArgs& args) {
  size_t problems = 0;
  for (const CoderOptions& o : Sets(args)) {
    coder::Dictionaries d;
    Status s = coder::LoadDictionaries(o, &d, [&](const Diagnostic& diag) { PrintDiagnostic(diag), ++problems; });
    if (!s.ok()) {
      std::fprintf(stderr, "dyad dict: error: %s\n", s.ToString().c_str());
      return 2;
    }
    const std::vector<Diagnostic> found = coder::CheckDictionaries(d);
    for (const Diagnostic& diag : found) std::printf("%s\n", diag.ToString().c_str());
    problems += found.size();
    std::printf("%s: %zu actors, %zu agents, %zu blocks checked\n", Name(o).c_str(), d.actors.size(), d.agents.size(),
                d.verbs.size());
  }
  std::printf("%zu problems\n", problems);
  return problems == 0 ? 0 : 1;
}

int Stats(const DictArgs& args) {
  for (const CoderOptions& o : Sets(args)) {
    coder::Dictionaries d;
    Status s = coder::LoadDictionaries(o, &d, PrintDiagnostic);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad dict: error: %s\n", s.ToString().c_str());
      return 2;
    }
    const coder::DictStats st = coder::ComputeStats(d);
    std::printf("%s: %zu actors (%zu names, %zu dated roles), %zu agents, %zu discards, %zu predicates, %zu patterns\n",
                Name(o).c_str(), st.actors, st.actor_phrases, st.dated_roles, st.agents, st.discards, st.predicates,
                st.patterns);
    size_t total = 0;
    for (const auto& [root, n] : st.by_root) std::printf("  root %s: %zu\n", root.c_str(), n), total += n;
    std::printf("  coded predicates and patterns: %zu in %zu roots\n", total, st.by_root.size());
  }
  return 0;
}

void AddSetOptions(CLI::App* cmd, DictArgs* args) {
  cmd->add_option("--lang", args->langs, "language whose built-in dictionaries to load (repeatable; default: en, nl)")
      ->allow_extra_args(false);
  cmd->add_option("--dict", args->dicts, "dictionary file or directory to add (repeatable)")->allow_extra_args(false);
  cmd->add_flag("--no-builtin", args->no_builtin, "only the --dict files");
}

}  // namespace

void RegisterDict(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* cmd = app.add_subcommand("dict", "Check dictionaries or count their entries");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand("check", "Lint: duplicates, unknown codes, overlapping dates, dead patterns");
  CLI::App* stats = cmd->add_subcommand("stats", "Counts of actors, agents, predicates and patterns per CAMEO root");
  AddSetOptions(check, args.get());
  AddSetOptions(stats, args.get());
  check->callback([args, exit_code] { *exit_code = Check(*args); });
  stats->callback([args, exit_code] { *exit_code = Stats(*args); });
}

}  // namespace dyad::cli
